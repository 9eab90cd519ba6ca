package com.hpgdesk.protocol;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One medication of a protocol as entered, checked by the service. Every part may be missing so that a form
 * can pass what it has and get a message per field back. No end date means "until the protocol ends".
 */
public record MedicationPlan(
        @Nullable Drug drug,
        @Nullable String otherName,
        @Nullable BigDecimal dose,
        @Nullable DoseUnit unit,
        @Nullable Route route,
        @Nullable Frequency frequency,
        @Nullable String frequencyNote,
        @Nullable LocalDate startOn,
        @Nullable LocalDate endOn) implements DosingInput {

    /** A medication of a known drug with no note, for code that builds protocols (demo data, tests). */
    public static MedicationPlan of(Drug drug, String dose, DoseUnit unit, Route route, Frequency frequency,
            LocalDate startOn, @Nullable LocalDate endOn) {
        return new MedicationPlan(drug, null, new BigDecimal(dose), unit, route, frequency, null, startOn, endOn);
    }

    /** The plan that would keep a saved medication exactly as it is; forms start from it. */
    public static MedicationPlan of(Medication medication) {
        var dosing = medication.getDosing();
        return new MedicationPlan(dosing.getDrug(), dosing.getOtherName(), dosing.getDose(), dosing.getUnit(),
                dosing.getRoute(), dosing.getFrequency(), dosing.getFrequencyNote(), medication.getStartOn(),
                medication.getEndOn());
    }
}
