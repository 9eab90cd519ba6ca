package com.hpgdesk.audit;

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

/**
 * One entry of the audit trail: who did what to which patient's data, when. Written once and never
 * changed: no setters, and Hibernate treats the entity as immutable, so it never issues an UPDATE.
 */
@Entity
@Immutable
@Table(name = "audit_record")
public class AuditRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "sequence_number", nullable = false, updatable = false, unique = true)
    private long sequence;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(nullable = false, updatable = false, length = 60)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 20)
    private AuditAction action;

    @Column(name = "patient_id", updatable = false)
    private @Nullable Long patientId;

    @Column(nullable = false, updatable = false, length = 200)
    private String subject;

    @Column(nullable = false, updatable = false, length = 500)
    private String detail;

    @Column(name = "previous_hash", nullable = false, updatable = false, length = 64)
    private String previousHash;

    @Column(nullable = false, updatable = false, length = 64)
    private String hash;

    protected AuditRecord() {
        // for JPA
        this.occurredAt = Instant.EPOCH;
        this.actor = "";
        this.action = AuditAction.READ;
        this.subject = "";
        this.detail = "";
        this.previousHash = "";
        this.hash = "";
    }

    /** Chains a new record onto the one whose hash is {@code previousHash}. */
    AuditRecord(long sequence, Instant occurredAt, String actor, AuditAction action, @Nullable Long patientId,
                String subject, String detail, String previousHash) {
        this.sequence = sequence;
        this.occurredAt = ChainHash.storablePrecision(occurredAt);
        this.actor = actor;
        this.action = action;
        this.patientId = patientId;
        this.subject = subject;
        this.detail = detail;
        this.previousHash = previousHash;
        this.hash = expectedHash();
    }

    /** The hash this record's content calls for; differs from {@link #getHash()} once the row was altered. */
    String expectedHash() {
        return ChainHash.of(sequence, occurredAt, actor, action, patientId, subject, detail, previousHash);
    }

    public long getSequence() {
        return sequence;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    /** The username, or {@code system} for work the application did on its own. */
    public String getActor() {
        return actor;
    }

    public AuditAction getAction() {
        return action;
    }

    /** Empty for events that concern no single patient, such as signing in. */
    public @Nullable Long getPatientId() {
        return patientId;
    }

    public String getSubject() {
        return subject;
    }

    public String getDetail() {
        return detail;
    }

    public String getPreviousHash() {
        return previousHash;
    }

    public String getHash() {
        return hash;
    }
}
