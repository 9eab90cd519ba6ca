package com.hpgdesk.lab.ui;

import com.hpgdesk.lab.Flag;
import com.hpgdesk.lab.Marker;
import com.hpgdesk.lab.Quantity;
import com.hpgdesk.lab.RangeOrigin;
import com.hpgdesk.lab.ReferenceRange;
import com.hpgdesk.lab.results.StoredResult;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.format.DateTimeFormatter;
import org.jspecify.annotations.Nullable;

/** How results read on screen. Flags are words, never colour alone. */
final class ResultText {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy");

    private ResultText() {
    }

    static String flag(Flag flag) {
        return switch (flag) {
            case BELOW_RANGE -> "↓ Below range";
            case IN_RANGE -> "In range";
            case ABOVE_RANGE -> "↑ Above range";
            case NO_RANGE -> "No range applies";
        };
    }

    /** As the lab printed it: "5.50 mIU/mL". */
    static String reported(Quantity quantity) {
        return quantity.value().toPlainString() + " " + quantity.unit().symbol();
    }

    /** In the canonical unit, to the marker's usual precision. */
    static String canonical(Marker marker, Quantity canonical) {
        BigDecimal shown = canonical.value().setScale(marker.decimals(), RoundingMode.HALF_UP);
        return shown.toPlainString() + " " + canonical.unit().symbol();
    }

    static String range(@Nullable ReferenceRange range, RangeOrigin origin, @Nullable String source) {
        if (range == null || origin == RangeOrigin.NONE) {
            return "None (no lab range; the default depends on an age outside every band)";
        }
        return range + (origin == RangeOrigin.LAB ? " · lab's own range" : " · default: " + source);
    }

    static String range(StoredResult result) {
        return range(result.range(), result.rangeOrigin(), result.rangeSource());
    }
}
