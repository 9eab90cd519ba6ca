package com.hpgdesk.assessment.engine;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One table row filled in for the man.
 *
 * @param unmeasurable set when the mechanism cannot be measured in routine practice: says so instead of
 *                     pretending
 * @param change against the previous assessment; {@link Change#NEW} when there is none
 */
public record AssessedRow(String key, String title, Basis basis, @Nullable String unmeasurable, String pro,
                          String anti, Verdict verdict, List<Evidence> evidence, List<String> gaps, Change change,
                          List<String> references) {

    /** The description the data supports, or none when the verdict favours neither column. */
    public boolean highlightsPro() {
        return verdict == Verdict.SUPPORTS_RECOVERY;
    }

    public boolean highlightsAnti() {
        return verdict == Verdict.HINDERS_RECOVERY;
    }

    AssessedRow withChange(Change newChange) {
        return new AssessedRow(key, title, basis, unmeasurable, pro, anti, verdict, evidence, gaps, newChange,
                references);
    }
}
