package com.hpgdesk.assessment.engine;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One weekly lifestyle figure or yes/no answer. An answer left blank is simply not an observation: yes,
 * no and unknown are three different things.
 *
 * @param number the figure in the measure's unit, for number measures
 * @param answer the answer, for yes/no measures
 */
public record LifestyleObservation(AssessmentInput measure, LocalDate weekOf, @Nullable BigDecimal number,
                                   @Nullable Boolean answer) {

    public LifestyleObservation {
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(weekOf, "weekOf");
        boolean yesNo = measure.source() == AssessmentInput.Source.ANSWER;
        if (measure.source() != AssessmentInput.Source.LIFESTYLE && !yesNo) {
            throw new IllegalArgumentException(measure + " is not a lifestyle measure");
        }
        if (yesNo ? answer == null : number == null) {
            throw new IllegalArgumentException(measure + " needs " + (yesNo ? "a yes/no answer" : "a number"));
        }
    }

    public static LifestyleObservation figure(AssessmentInput measure, LocalDate weekOf, String number) {
        return new LifestyleObservation(measure, weekOf, new BigDecimal(number), null);
    }

    public static LifestyleObservation answer(AssessmentInput measure, LocalDate weekOf, boolean answer) {
        return new LifestyleObservation(measure, weekOf, null, answer);
    }
}
