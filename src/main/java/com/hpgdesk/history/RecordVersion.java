package com.hpgdesk.history;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;
import org.jspecify.annotations.Nullable;

/** A record as it was just before an edit or deletion replaced it: written once, never changed. */
@Entity
@Immutable
@Table(name = "record_version")
public class RecordVersion {

    /** What replaced the version: an edit, or the deletion of the record. */
    public enum Change {
        UPDATE("Changed"),
        DELETE("Deleted");

        private final String label;

        Change(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    static final int MAX_EARLIER = 20_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "record_kind", nullable = false, length = 20)
    private RecordKind kind = RecordKind.PATIENT;

    @Column(name = "record_id", nullable = false)
    private long recordId;

    @Column(name = "patient_id", nullable = false)
    private long patientId;

    @Enumerated(EnumType.STRING)
    @Column(name = "change_kind", nullable = false, length = 10)
    private Change change = Change.UPDATE;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt = Instant.EPOCH;

    @Column(name = "changed_by", nullable = false, length = 60)
    private String changedBy = "";

    @Column(nullable = false, length = MAX_EARLIER)
    private String earlier = "";

    protected RecordVersion() {
    }

    RecordVersion(RecordKind kind, long recordId, long patientId, Change change, Instant changedAt, String changedBy,
                  String earlier) {
        this.kind = kind;
        this.recordId = recordId;
        this.patientId = patientId;
        this.change = change;
        this.changedAt = changedAt;
        this.changedBy = changedBy;
        this.earlier = earlier;
    }

    public RecordKind getKind() {
        return kind;
    }

    public long getRecordId() {
        return recordId;
    }

    public long getPatientId() {
        return patientId;
    }

    public Change getChange() {
        return change;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public String getChangedBy() {
        return changedBy;
    }

    /** The record as it was, one "label: value" line per field. */
    public String getEarlier() {
        return earlier;
    }
}
