package com.hpgdesk.protocol;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** One drug of a template, timed relative to the protocol's start. */
@Entity
@Table(name = "protocol_template_medication")
public class TemplateMedication {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "template_id", nullable = false)
    private @Nullable ProtocolTemplate template;

    @Embedded
    private Dosing dosing;

    @Column(name = "start_offset_days", nullable = false)
    private int startOffsetDays;

    @Column(name = "duration_days")
    private @Nullable Integer durationDays;

    protected TemplateMedication() {
        // for JPA
        this.dosing = new Dosing();
    }

    TemplateMedication(ProtocolTemplate template, Dosing dosing, int startOffsetDays, @Nullable Integer durationDays) {
        this.template = template;
        this.dosing = dosing;
        this.startOffsetDays = startOffsetDays;
        this.durationDays = durationDays;
    }

    public @Nullable Long getId() {
        return id;
    }

    public Dosing getDosing() {
        return dosing;
    }

    public int getStartOffsetDays() {
        return startOffsetDays;
    }

    /** Null: runs until the protocol ends. */
    public @Nullable Integer getDurationDays() {
        return durationDays;
    }

    void change(Dosing dosing, int startOffsetDays, @Nullable Integer durationDays) {
        this.dosing = dosing;
        this.startOffsetDays = startOffsetDays;
        this.durationDays = durationDays;
    }

    /** Dated for a protocol starting on {@code start}: day one is the start day, so 7 days end 6 days later. */
    MedicationPlan datedFrom(LocalDate start) {
        var first = start.plusDays(startOffsetDays);
        var last = durationDays == null ? null : first.plusDays(durationDays - 1L);
        return new MedicationPlan(dosing.getDrug(), dosing.getOtherName(), dosing.getDose(), dosing.getUnit(),
                dosing.getRoute(), dosing.getFrequency(), dosing.getFrequencyNote(), first, last);
    }
}
