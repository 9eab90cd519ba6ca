package com.hpgdesk.lab.results;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One lab report: a patient's sample of one collection date. Its version guards the report and all its
 * results, so two clinicians editing results of the same report cannot overwrite each other.
 */
@Entity
@Table(name = "lab_report")
class LabReport {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "patient_id", nullable = false)
    private long patientId;

    // Not editable: results carry the same date for trends, and a wrong date is fixed by deleting the report.
    @Column(name = "collected_on", nullable = false)
    private LocalDate collectedOn = LocalDate.EPOCH;

    @Column(name = "lab_name", length = 120)
    private @Nullable String labName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ReportSource source = ReportSource.ENTERED;

    @Column(name = "source_file", length = 255)
    private @Nullable String sourceFile;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.EPOCH;

    @Column(name = "created_by", nullable = false, length = 60)
    private String createdBy = "";

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt = Instant.EPOCH;

    @Column(name = "deleted_at")
    private @Nullable Instant deletedAt;

    @Column(name = "deleted_by", length = 60)
    private @Nullable String deletedBy;

    @Column(name = "delete_reason", length = 500)
    private @Nullable String deleteReason;

    @Version
    private long version;

    protected LabReport() {
    }

    LabReport(long patientId, LocalDate collectedOn, @Nullable String labName, ReportSource source,
              @Nullable String sourceFile, String createdBy, Instant now) {
        this.patientId = patientId;
        this.collectedOn = collectedOn;
        this.labName = labName;
        this.source = source;
        this.sourceFile = sourceFile;
        this.createdBy = createdBy;
        this.createdAt = now;
        this.updatedAt = now;
    }

    long id() {
        return Objects.requireNonNull(id, "report not saved yet");
    }

    long patientId() {
        return patientId;
    }

    LocalDate collectedOn() {
        return collectedOn;
    }

    @Nullable String labName() {
        return labName;
    }

    ReportSource source() {
        return source;
    }

    long version() {
        return version;
    }

    boolean isDeleted() {
        return deletedAt != null;
    }

    /** A change to one of its results changes the report, so that the version moves. */
    void touch(Instant now) {
        this.updatedAt = now;
    }

    void delete(String by, String reason, Instant now) {
        this.deletedAt = now;
        this.deletedBy = by;
        this.deleteReason = reason;
        this.updatedAt = now;
    }
}
