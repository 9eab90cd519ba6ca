package com.hpgdesk.assessment;

import com.hpgdesk.assessment.engine.Assessment;
import com.hpgdesk.assessment.engine.RecoveryStatus;
import com.hpgdesk.assessment.engine.Verdict;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A patient's latest assessment in brief, for practice-wide lists: status, verdict counts, rules version. */
@Entity
@Table(name = "assessment_summary")
public class AssessmentSummary {

    @Id
    @Column(name = "patient_id")
    private Long patientId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RecoveryStatus status;

    @Column(name = "supports_count", nullable = false)
    private int supports;

    @Column(name = "hinders_count", nullable = false)
    private int hinders;

    @Column(name = "mixed_count", nullable = false)
    private int mixed;

    @Column(name = "not_enough_count", nullable = false)
    private int notEnoughData;

    @Column(name = "on_treatment_count", nullable = false)
    private int onTreatment;

    @Column(name = "rules_version", nullable = false)
    private String rulesVersion;

    @Column(name = "assessed_on", nullable = false)
    private LocalDate assessedOn;

    @Column(name = "assessed_at", nullable = false)
    private Instant assessedAt;

    @Column(name = "latest_data_on")
    private @Nullable LocalDate latestDataOn;

    protected AssessmentSummary() {
        this.patientId = 0L;
        this.status = RecoveryStatus.NOT_ENOUGH_DATA;
        this.rulesVersion = "";
        this.assessedOn = LocalDate.EPOCH;
        this.assessedAt = Instant.EPOCH;
    }

    AssessmentSummary(long patientId, Assessment assessment, Instant at) {
        this.patientId = patientId;
        this.status = assessment.status();
        this.rulesVersion = assessment.rulesVersion();
        this.assessedOn = assessment.assessedOn();
        this.assessedAt = at;
        update(assessment, at);
    }

    final void update(Assessment assessment, Instant at) {
        status = assessment.status();
        supports = (int) assessment.count(Verdict.SUPPORTS_RECOVERY);
        hinders = (int) assessment.count(Verdict.HINDERS_RECOVERY);
        mixed = (int) assessment.count(Verdict.MIXED);
        notEnoughData = (int) assessment.count(Verdict.NOT_ENOUGH_DATA);
        onTreatment = (int) assessment.count(Verdict.ON_TREATMENT);
        rulesVersion = assessment.rulesVersion();
        assessedOn = assessment.assessedOn();
        assessedAt = at;
        latestDataOn = assessment.latestData();
    }

    public long patientId() {
        return patientId;
    }

    public RecoveryStatus status() {
        return status;
    }

    public int supports() {
        return supports;
    }

    public int hinders() {
        return hinders;
    }

    public int mixed() {
        return mixed;
    }

    public int notEnoughData() {
        return notEnoughData;
    }

    public int onTreatment() {
        return onTreatment;
    }

    public String rulesVersion() {
        return rulesVersion;
    }

    public LocalDate assessedOn() {
        return assessedOn;
    }

    public Instant assessedAt() {
        return assessedAt;
    }

    /** The newest date of any data the assessment read. */
    public @Nullable LocalDate latestDataOn() {
        return latestDataOn;
    }
}
