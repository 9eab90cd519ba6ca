package com.hpgdesk.assessment.engine;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One lab result as the assessment reads it.
 *
 * @param value what the result says about the true value, in the input's canonical unit
 * @param reported the value as the lab printed it, e.g. "&lt; 0.2"
 * @param reportedUnit the unit as the lab printed it
 * @param specific false when the test is only the generic form of the marker (a random glucose is not a
 *                 fasting glucose): a generic result never stands in for the specific marker
 */
public record LabObservation(AssessmentInput marker, LocalDate date, Interval value, String reported,
                             String reportedUnit, boolean specific) {

    public LabObservation {
        Objects.requireNonNull(marker, "marker");
        Objects.requireNonNull(date, "date");
        if (!marker.isLab() || marker.source() == AssessmentInput.Source.DERIVED) {
            throw new IllegalArgumentException(marker + " is not a measured lab marker");
        }
    }

    /** An exact, specific result reported in the canonical unit. */
    public static LabObservation of(AssessmentInput marker, LocalDate date, String reported) {
        return new LabObservation(marker, date, Interval.reported(reported), reported, marker.unit(), true);
    }
}
