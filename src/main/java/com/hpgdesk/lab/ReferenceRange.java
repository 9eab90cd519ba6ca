package com.hpgdesk.lab;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A reference range in the unit it was given in; either end may be open ("&lt; 6.4", "&ge; 16"). Both
 * ends count as inside: lab reports print "&lt; 6.4" and "&le; 6.4" for the same cut-off, so an exact
 * boundary value is never flagged.
 */
public record ReferenceRange(@Nullable BigDecimal low, @Nullable BigDecimal high, Unit unit) {

    private static final String NUMBER = "(\\d+(?:[.,]\\d+)?)";
    private static final Pattern BETWEEN = Pattern.compile(NUMBER + "\\s*(?:-|–|—|to|\\.\\.)\\s*" + NUMBER);
    private static final Pattern AT_MOST = Pattern.compile("(?:<|<=|≤|=<|up to)\\s*" + NUMBER);
    private static final Pattern AT_LEAST = Pattern.compile("(?:>|>=|≥|=>)\\s*" + NUMBER);

    public ReferenceRange {
        if (low == null && high == null) {
            throw new IllegalArgumentException("A reference range needs a low or a high limit");
        }
        if (low != null && high != null && low.compareTo(high) > 0) {
            throw new IllegalArgumentException("Reference range low " + low + " is above high " + high);
        }
    }

    public static ReferenceRange between(String low, String high, Unit unit) {
        return new ReferenceRange(new BigDecimal(low), new BigDecimal(high), unit);
    }

    public static ReferenceRange atMost(String high, Unit unit) {
        return new ReferenceRange(null, new BigDecimal(high), unit);
    }

    public static ReferenceRange atLeast(String low, Unit unit) {
        return new ReferenceRange(new BigDecimal(low), null, unit);
    }

    /**
     * Reads a range as printed on lab reports: "264-916", "1,3 – 9,6", "2.6 to 24.9", "&lt;6.4", "&le; 2.0",
     * "&gt;16". A comma is read as a decimal comma because ranges never need thousands separators here.
     */
    public static Optional<ReferenceRange> parse(String text, Unit unit) {
        String s = text.strip().toLowerCase(Locale.ROOT);
        try {
            Matcher m = BETWEEN.matcher(s);
            if (m.matches()) {
                BigDecimal low = number(m.group(1));
                BigDecimal high = number(m.group(2));
                return low.compareTo(high) <= 0 ? Optional.of(new ReferenceRange(low, high, unit)) : Optional.empty();
            }
            m = AT_MOST.matcher(s);
            if (m.matches()) {
                return Optional.of(new ReferenceRange(null, number(m.group(1)), unit));
            }
            m = AT_LEAST.matcher(s);
            if (m.matches()) {
                return Optional.of(new ReferenceRange(number(m.group(1)), null, unit));
            }
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static BigDecimal number(String text) {
        return new BigDecimal(text.replace(',', '.'));
    }

    /** Flags a value given in this range's unit. */
    public Flag classify(BigDecimal value) {
        if (low != null && value.compareTo(low) < 0) {
            return Flag.BELOW_RANGE;
        }
        if (high != null && value.compareTo(high) > 0) {
            return Flag.ABOVE_RANGE;
        }
        return Flag.IN_RANGE;
    }

    /**
     * Flags a value given in this range's unit, reading a censored one as the interval it is: "&lt; 0.5"
     * against a lower limit of 1.7 is below for certain, "&lt; 5" against a lower limit of 3 is
     * {@link Flag#INDETERMINATE}, and "&lt; 5" against an upper limit of 6.4 is in range.
     *
     * @param lowest the lowest value possible at all, in this range's unit: where a "&lt;" interval starts
     * @param highest the highest value possible at all: where a "&gt;" interval ends
     */
    public Flag classify(ReportedValue value, BigDecimal lowest, BigDecimal highest) {
        Censoring censoring = value.censoring();
        BigDecimal limit = value.quantity().value();
        if (!censoring.isCensored()) {
            return classify(limit);
        }
        BigDecimal from = censoring.isUpperBound() ? lowest : limit;
        boolean fromIncluded = censoring.isUpperBound() || !censoring.excludesLimit();
        BigDecimal to = censoring.isUpperBound() ? limit : highest;
        boolean toIncluded = censoring.isLowerBound() || !censoring.excludesLimit();
        if (low != null && (to.compareTo(low) < 0 || (to.compareTo(low) == 0 && !toIncluded))) {
            return Flag.BELOW_RANGE;
        }
        if (high != null && (from.compareTo(high) > 0 || (from.compareTo(high) == 0 && !fromIncluded))) {
            return Flag.ABOVE_RANGE;
        }
        boolean fromInside = low == null || from.compareTo(low) >= 0;
        boolean toInside = high == null || to.compareTo(high) <= 0;
        return fromInside && toInside ? Flag.IN_RANGE : Flag.INDETERMINATE;
    }

    /** "264–916 ng/dL", "≤ 6.4 pg/mL", "≥ 16 10^6/mL". */
    @Override
    public String toString() {
        BigDecimal lo = low;
        BigDecimal hi = high;
        if (lo == null) {
            return "≤ " + Quantity.readable(Objects.requireNonNull(hi)) + " " + unit.symbol();
        }
        if (hi == null) {
            return "≥ " + Quantity.readable(lo) + " " + unit.symbol();
        }
        return Quantity.readable(lo) + "–" + Quantity.readable(hi) + " " + unit.symbol();
    }
}
