package com.hpgdesk.lab;

import org.jspecify.annotations.Nullable;

/**
 * A plausible value of a marker, checked against the range that applies.
 *
 * @param reported as the lab gave it, censored ("&lt; 0.2") or exact
 * @param canonical the same value (with the same censoring) in the marker's canonical unit, for trends and
 *     derived markers
 * @param range the range the flag was computed against, in the unit it was given in; null with {@link Flag#NO_RANGE}
 * @param rangeSource whom the range comes from, to show next to it: the reporting lab or the catalogue's citation
 */
public record FlaggedValue(
        Marker marker,
        ReportedValue reported,
        ReportedValue canonical,
        Flag flag,
        @Nullable ReferenceRange range,
        RangeOrigin rangeOrigin,
        @Nullable String rangeSource) {

    static final String LAB_RANGE_SOURCE = "Reporting laboratory";
}
