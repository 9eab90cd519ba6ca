package com.hpgdesk.handout;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** The record of one generated handout; its bytes are a {@link HandoutFile} of the same id. Never changed. */
@Entity
@Table(name = "handout")
public class Handout {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "patient_id", nullable = false, updatable = false)
    private long patientId;

    @Column(name = "generated_at", nullable = false, updatable = false)
    private Instant generatedAt;

    @Column(name = "generated_by", nullable = false, updatable = false)
    private String generatedBy;

    @Column(nullable = false, updatable = false)
    private String language;

    @Column(name = "template_version", nullable = false, updatable = false)
    private String templateVersion;

    @Column(name = "assessed_on", nullable = false, updatable = false)
    private LocalDate assessedOn;

    @Column(name = "rules_version", nullable = false, updatable = false)
    private String rulesVersion;

    @Column(name = "recovery_status", nullable = false, updatable = false)
    private String recoveryStatus;

    @Column(nullable = false, updatable = false)
    private String paper;

    @Column(name = "page_count", nullable = false, updatable = false)
    private int pageCount;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private int sizeBytes;

    @Column(nullable = false, updatable = false)
    private String sha256;

    protected Handout() {
        // for JPA
        this.generatedAt = Instant.EPOCH;
        this.generatedBy = "";
        this.language = "";
        this.templateVersion = "";
        this.assessedOn = LocalDate.EPOCH;
        this.rulesVersion = "";
        this.recoveryStatus = "";
        this.paper = "";
        this.sha256 = "";
    }

    Handout(long patientId, Instant generatedAt, String generatedBy, String language, String templateVersion,
            LocalDate assessedOn, String rulesVersion, String recoveryStatus, String paper, int pageCount,
            int sizeBytes, String sha256) {
        this.patientId = patientId;
        this.generatedAt = generatedAt;
        this.generatedBy = generatedBy;
        this.language = language;
        this.templateVersion = templateVersion;
        this.assessedOn = assessedOn;
        this.rulesVersion = rulesVersion;
        this.recoveryStatus = recoveryStatus;
        this.paper = paper;
        this.pageCount = pageCount;
        this.sizeBytes = sizeBytes;
        this.sha256 = sha256;
    }

    public long id() {
        if (id == null) {
            throw new IllegalStateException("The handout is not saved yet");
        }
        return id;
    }

    public long getPatientId() {
        return patientId;
    }

    public Instant getGeneratedAt() {
        return generatedAt;
    }

    public String getGeneratedBy() {
        return generatedBy;
    }

    public String getLanguage() {
        return language;
    }

    public String getTemplateVersion() {
        return templateVersion;
    }

    public LocalDate getAssessedOn() {
        return assessedOn;
    }

    public String getRulesVersion() {
        return rulesVersion;
    }

    public String getRecoveryStatus() {
        return recoveryStatus;
    }

    public String getPaper() {
        return paper;
    }

    public int getPageCount() {
        return pageCount;
    }

    public int getSizeBytes() {
        return sizeBytes;
    }

    public String getSha256() {
        return sha256;
    }
}
