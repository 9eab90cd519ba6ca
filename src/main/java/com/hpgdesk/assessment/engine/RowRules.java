package com.hpgdesk.assessment.engine;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One row's wiring from the rules file.
 *
 * @param unmeasurable why the mechanism cannot be measured in routine practice, when it cannot
 * @param recoveryRow reads the recovery itself: shows "on treatment" while androgens are taken
 * @param observedRecovery the row is read from the recovery status against the published curve
 * @param decisive inputs at least one of which must push before the row gets a verdict (a measured row is
 *                 not decided by lifestyle proxies alone); empty means any input may decide
 */
public record RowRules(String key, String title, Basis basis, @Nullable String unmeasurable, boolean recoveryRow,
                       boolean observedRecovery, String pro, String anti, List<Criterion> criteria,
                       List<String> decisive, List<Reference> references) {

    /** The rows whose verdicts this row reads. */
    List<String> dependsOn() {
        return criteria.stream().filter(c -> c instanceof Criterion.OnRow).map(c -> ((Criterion.OnRow) c).row())
                .toList();
    }
}
