package com.hpgdesk.patient;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A dated note in the patient's record. Notes are kept as written: a correction is a new note. */
@Entity
@Table(name = "clinical_note")
public class ClinicalNote {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "patient_id", nullable = false)
    private long patientId;

    @Column(name = "noted_on", nullable = false)
    private LocalDate notedOn = LocalDate.EPOCH;

    @Column(nullable = false, length = 4000)
    private String body = "";

    @Column(nullable = false, length = 60)
    private String author = "";

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.EPOCH;

    protected ClinicalNote() {
    }

    ClinicalNote(long patientId, LocalDate notedOn, String body, String author, Instant createdAt) {
        this.patientId = patientId;
        this.notedOn = notedOn;
        this.body = body;
        this.author = author;
        this.createdAt = createdAt;
    }

    public @Nullable Long getId() {
        return id;
    }

    public long getPatientId() {
        return patientId;
    }

    public LocalDate getNotedOn() {
        return notedOn;
    }

    public String getBody() {
        return body;
    }

    public String getAuthor() {
        return author;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
