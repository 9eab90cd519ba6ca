package com.hpgdesk.lab.results;

import com.hpgdesk.lab.MarkerKey;
import com.hpgdesk.lab.Unit;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * One marker as a clinician types it from a lab report. Fields a form may leave empty are nullable; the
 * service says which are required.
 *
 * @param labLow the lab's own lower limit, in {@code unit}; with {@code labHigh} it wins over the default range
 * @param labHigh the lab's own upper limit, in {@code unit}
 */
public record EnteredResult(
        @Nullable MarkerKey marker,
        @Nullable BigDecimal value,
        @Nullable Unit unit,
        @Nullable BigDecimal labLow,
        @Nullable BigDecimal labHigh,
        @Nullable String method) {

    public static EnteredResult of(MarkerKey marker, String value, Unit unit) {
        return new EnteredResult(marker, new BigDecimal(value), unit, null, null, null);
    }

    public EnteredResult withLabRange(@Nullable String low, @Nullable String high) {
        return new EnteredResult(marker, value, unit, low == null ? null : new BigDecimal(low),
                high == null ? null : new BigDecimal(high), method);
    }
}
