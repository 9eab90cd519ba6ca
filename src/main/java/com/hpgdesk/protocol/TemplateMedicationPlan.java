package com.hpgdesk.protocol;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * One medication of a template as entered. It starts {@code startOffsetDays} after the protocol's start and,
 * when {@code durationDays} is given, is taken on that many days (the start day counts as day one).
 */
public record TemplateMedicationPlan(
        @Nullable Drug drug,
        @Nullable String otherName,
        @Nullable BigDecimal dose,
        @Nullable DoseUnit unit,
        @Nullable Route route,
        @Nullable Frequency frequency,
        @Nullable String frequencyNote,
        @Nullable Integer startOffsetDays,
        @Nullable Integer durationDays) implements DosingInput {

    public static TemplateMedicationPlan of(TemplateMedication medication) {
        var dosing = medication.getDosing();
        return new TemplateMedicationPlan(dosing.getDrug(), dosing.getOtherName(), dosing.getDose(),
                dosing.getUnit(), dosing.getRoute(), dosing.getFrequency(), dosing.getFrequencyNote(),
                medication.getStartOffsetDays(), medication.getDurationDays());
    }
}
