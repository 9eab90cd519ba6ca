package com.hpgdesk.assessment.engine;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Where the man stands with androgen treatment.
 *
 * @param onTreatment true while he still takes testosterone or steroids: recovery cannot be judged yet
 * @param endOfTreatment last dose plus one dosing interval, when treatment has ended
 */
public record TreatmentState(boolean onTreatment, @Nullable LocalDate endOfTreatment) {

    public static TreatmentState stillOnTreatment() {
        return new TreatmentState(true, null);
    }

    public static TreatmentState endedOn(LocalDate endOfTreatment) {
        return new TreatmentState(false, endOfTreatment);
    }

    public static TreatmentState unknown() {
        return new TreatmentState(false, null);
    }

    /** On treatment as of {@code date}: still taking it, or the last dose was still acting then. */
    boolean onTreatmentOn(LocalDate date) {
        return onTreatment || (endOfTreatment != null && date.isBefore(endOfTreatment));
    }
}
