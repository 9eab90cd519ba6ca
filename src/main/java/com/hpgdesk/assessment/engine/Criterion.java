package com.hpgdesk.assessment.engine;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** One way a row reads an input, as the rules file wires it. Each carries its weight and its gap wording. */
public sealed interface Criterion {

    /** How much a decided push counts towards the row's verdict. */
    BigDecimal weight();

    /** What to tell the clinician when the input is missing, e.g. "No hs-CRP on record: order one." */
    String gap();

    /** Whether a result on the good side counts as support, or the input can only hinder (or only support). */
    enum Counts { BOTH, HINDERS_ONLY, SUPPORTS_ONLY }

    /**
     * A value judged against a limit.
     *
     * @param freshWeeks overrides the file's default freshness window for this input
     * @param hindersOnlyAfterEndWeeks a hindering value counts only this long after the end of treatment
     *                                 (earlier it is still the expected suppression)
     * @param hindersWhen a hindering value counts only when this other input meets its limit (a low
     *                    testosterone points at the testis only while LH is in range or high)
     */
    record OnThreshold(AssessmentInput input, Threshold hinders, BigDecimal weight, Counts counts,
                       @Nullable Integer freshWeeks, @Nullable Integer hindersOnlyAfterEndWeeks,
                       @Nullable Condition hindersWhen, String gap) implements Criterion {
    }

    /** The other input and limit of {@link OnThreshold#hindersWhen}. */
    record Condition(AssessmentInput input, Threshold threshold) {
    }

    /** A yes/no answer; {@code hindersIf} is the answer that hinders. */
    record OnAnswer(AssessmentInput input, boolean hindersIf, BigDecimal weight, Counts counts, String gap)
            implements Criterion {
    }

    /**
     * The direction of a lab marker over time: the latest result against the earliest one within
     * {@code windowWeeks} before it. Reaching {@code target} supports whatever the trend; otherwise a rise
     * of at least {@code risePercent} supports, and no such rise hinders once {@code afterEndWeeks} have
     * passed since the end of treatment.
     */
    record OnTrend(AssessmentInput input, Threshold target, BigDecimal risePercent, int windowWeeks,
                   int afterEndWeeks, BigDecimal weight, String gap) implements Criterion {
    }

    /** Another row's verdict: supports when it supports, hinders when it hinders. */
    record OnRow(String row, BigDecimal weight, String gap) implements Criterion {
    }
}
