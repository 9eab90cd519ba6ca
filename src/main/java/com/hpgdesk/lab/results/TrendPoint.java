package com.hpgdesk.lab.results;

import com.hpgdesk.lab.Flag;
import com.hpgdesk.lab.RangeOrigin;
import com.hpgdesk.lab.ReferenceRange;
import com.hpgdesk.lab.ReportedValue;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One value of a marker's trend, in the canonical unit so that values from different labs line up. A
 * censored value ("&lt; 0.2 IU/L") is an interval: read it through {@link ReportedValue}'s bounds.
 *
 * @param canonicalRange the range the flag was computed against, converted to the canonical unit, for a
 *     reference band; null when no range applied
 */
public record TrendPoint(
        long resultId,
        LocalDate collectedOn,
        ReportedValue canonical,
        ReportedValue reported,
        Flag flag,
        @Nullable ReferenceRange canonicalRange,
        RangeOrigin rangeOrigin) {
}
