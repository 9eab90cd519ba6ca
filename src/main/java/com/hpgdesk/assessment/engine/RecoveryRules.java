package com.hpgdesk.assessment.engine;

import java.util.List;

/**
 * The recovery milestones: hormonal criteria, when not meeting them counts as delayed, the sperm
 * criterion and when missing it counts as behind the curve.
 *
 * @param rule the rule in words, shown on the rules page
 */
public record RecoveryRules(Threshold testosterone, Threshold lh, Threshold sperm, int delayedAfterMonths,
                            int behindTheCurveAfterMonths, String rule, List<Reference> references) {
}
