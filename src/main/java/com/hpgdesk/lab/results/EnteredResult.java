package com.hpgdesk.lab.results;

import com.hpgdesk.lab.MarkerKey;
import com.hpgdesk.lab.Unit;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * One marker as a clinician types it from a lab report. Fields a form may leave empty are nullable; the
 * service says which are required.
 *
 * @param value as typed: a number ("5.5") or the assay's limit as printed ("&lt; 0.2", "&gt; 1500", "&le; 0.2")
 * @param labLow the lab's own lower limit, in {@code unit}; with {@code labHigh} it wins over the default range
 * @param labHigh the lab's own upper limit, in {@code unit}
 */
public record EnteredResult(
        @Nullable MarkerKey marker,
        @Nullable String value,
        @Nullable Unit unit,
        @Nullable BigDecimal labLow,
        @Nullable BigDecimal labHigh,
        @Nullable String method) {

    public static EnteredResult of(MarkerKey marker, String value, Unit unit) {
        return new EnteredResult(marker, value, unit, null, null, null);
    }

    public EnteredResult withLabRange(@Nullable String low, @Nullable String high) {
        return new EnteredResult(marker, value, unit, low == null ? null : new BigDecimal(low),
                high == null ? null : new BigDecimal(high), method);
    }
}
