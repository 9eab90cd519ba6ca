package com.hpgdesk.lab.ui;

import com.hpgdesk.lab.Censoring;
import com.hpgdesk.lab.Flag;
import com.hpgdesk.lab.Marker;
import com.hpgdesk.lab.Quantity;
import com.hpgdesk.lab.RangeOrigin;
import com.hpgdesk.lab.ReferenceRange;
import com.hpgdesk.lab.ReportedValue;
import com.hpgdesk.lab.results.StoredResult;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import org.jspecify.annotations.Nullable;

/**
 * How results read on screen: the one formatter of values, flags and ranges for every lab view. Flags are
 * words, never colour alone; a censored value reads as the lab printed it ("&lt; 0.2 IU/L").
 */
final class ResultText {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy");

    private ResultText() {
    }

    static String flag(Flag flag) {
        return switch (flag) {
            case BELOW_RANGE -> "↓ Below range";
            case IN_RANGE -> "In range";
            case ABOVE_RANGE -> "↑ Above range";
            case INDETERMINATE -> "? Not known: the assay's limit spans a range limit";
            case NO_RANGE -> "No range applies";
        };
    }

    /** As the lab printed it: "5.50 mIU/mL", "&lt; 0.2 IU/L". */
    static String reported(ReportedValue value) {
        return value.toString();
    }

    /** An exact quantity as the lab printed it: "5.50 mIU/mL". */
    static String reported(Quantity quantity) {
        return reported(ReportedValue.exact(quantity));
    }

    /** The number with its comparator but without the unit, for a table with a unit column: "&lt; 0.2". */
    static String number(ReportedValue value) {
        return value.numberText();
    }

    /**
     * A calculated number with the bound it is, if any: "&gt; 69.0" for a ratio from an estradiol "&lt; 5"; a
     * bound is rounded outwards as a reported limit is ({@link ReportedValue#rounded}), so that it never claims more.
     */
    static String calculated(Censoring censoring, BigDecimal value, int decimals) {
        String number = value.setScale(decimals, censoring.displayRounding()).toPlainString();
        return censoring.isCensored() ? censoring.symbol() + " " + number : number;
    }

    /**
     * In the canonical unit, to the marker's usual precision; a limit is rounded outwards so that it still
     * says what the lab said ("&lt; 0.24" reads "&lt; 0.3", never "&lt; 0.2").
     */
    static String canonical(Marker marker, ReportedValue canonical) {
        return canonical.rounded(marker.decimals()).toString();
    }

    /** An exact canonical quantity to the marker's usual precision. */
    static String canonical(Marker marker, Quantity canonical) {
        return canonical(marker, ReportedValue.exact(canonical));
    }

    /** What a censored value means, for a legend or a note under a table; empty for an exact value. */
    static String censoredMeaning(ReportedValue value) {
        if (!value.isCensored()) {
            return "";
        }
        return value + " is a limit of the assay: the true value is "
                + (value.censoring().isUpperBound() ? "lower" : "higher") + (value.censoring().excludesLimit() ? "" : " or equal")
                + ", not known exactly.";
    }

    static String range(Marker marker, @Nullable ReferenceRange range, RangeOrigin origin, @Nullable String source) {
        if (range == null || origin == RangeOrigin.NONE) {
            return marker.defaultRanges().isEmpty()
                    ? "None: the lab gave no range. " + marker.rangeSource() + "."
                    : "None (no lab range; the default depends on an age outside every band)";
        }
        return range + (origin == RangeOrigin.LAB ? " · lab's own range" : " · default: " + source);
    }

    static String range(StoredResult result) {
        return range(result.marker(), result.range(), result.rangeOrigin(), result.rangeSource());
    }
}
