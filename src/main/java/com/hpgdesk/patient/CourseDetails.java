package com.hpgdesk.patient;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** What a clinician types for one androgen course. */
public record CourseDetails(
        @Nullable CourseKind kind,
        Set<Compound> compounds,
        @Nullable String otherCompound,
        @Nullable BigDecimal doseAmount,
        @Nullable DoseUnit doseUnit,
        @Nullable Integer dosingIntervalDays,
        @Nullable LocalDate startedOn,
        @Nullable LocalDate lastDoseOn,
        @Nullable String notes) {

    public CourseDetails {
        compounds = Set.copyOf(compounds);
    }

    public static CourseDetails empty() {
        return new CourseDetails(null, Set.of(), null, null, null, null, null, null, null);
    }
}
