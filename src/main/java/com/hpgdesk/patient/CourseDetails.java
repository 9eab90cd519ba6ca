package com.hpgdesk.patient;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What a clinician types for one androgen course. An {@code ongoing} course is one the man is still taking:
 * it has no last dose, and only the most recent course of a patient can be ongoing.
 */
public record CourseDetails(
        @Nullable CourseKind kind,
        Set<Compound> compounds,
        @Nullable String otherCompound,
        @Nullable BigDecimal doseAmount,
        @Nullable DoseUnit doseUnit,
        @Nullable Integer dosingIntervalDays,
        @Nullable LocalDate startedOn,
        @Nullable LocalDate lastDoseOn,
        @Nullable String notes,
        boolean ongoing) {

    public CourseDetails {
        compounds = Set.copyOf(compounds);
    }

    /** A course that has ended, or is meant to have: its last dose is required. */
    public CourseDetails(@Nullable CourseKind kind, Set<Compound> compounds, @Nullable String otherCompound,
                         @Nullable BigDecimal doseAmount, @Nullable DoseUnit doseUnit,
                         @Nullable Integer dosingIntervalDays, @Nullable LocalDate startedOn,
                         @Nullable LocalDate lastDoseOn, @Nullable String notes) {
        this(kind, compounds, otherCompound, doseAmount, doseUnit, dosingIntervalDays, startedOn, lastDoseOn, notes,
                false);
    }

    public static CourseDetails empty() {
        return new CourseDetails(null, Set.of(), null, null, null, null, null, null, null, false);
    }
}
