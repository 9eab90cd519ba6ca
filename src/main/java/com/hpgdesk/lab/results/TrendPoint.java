package com.hpgdesk.lab.results;

import com.hpgdesk.lab.Flag;
import com.hpgdesk.lab.Quantity;
import com.hpgdesk.lab.RangeOrigin;
import com.hpgdesk.lab.ReferenceRange;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One value of a marker's trend, in the canonical unit so that values from different labs line up.
 *
 * @param canonicalRange the range the flag was computed against, converted to the canonical unit, for a
 *     reference band; null when no range applied
 */
public record TrendPoint(
        long resultId,
        LocalDate collectedOn,
        Quantity canonical,
        Quantity reported,
        Flag flag,
        @Nullable ReferenceRange canonicalRange,
        RangeOrigin rangeOrigin) {
}
