package com.hpgdesk.assessment.engine;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a result says about the true value, in the input's canonical unit: an exact value is [v, v], a
 * censored "&lt; 0.2" is [0, 0.2) and "&gt; 1500" is (1500, ∞). Concentrations, ratios and lifestyle
 * figures are never negative, so a "below" result starts at zero.
 *
 * @param high null for an open upper end (∞)
 */
public record Interval(BigDecimal low, boolean lowIncluded, @Nullable BigDecimal high, boolean highIncluded) {

    private static final MathContext PRECISION = MathContext.DECIMAL64;

    public Interval {
        Objects.requireNonNull(low, "low");
        if (high != null && high.compareTo(low) < 0) {
            throw new IllegalArgumentException("Interval upper end " + high + " is below its lower end " + low);
        }
        if (high == null) {
            highIncluded = false;
        }
    }

    public static Interval exactly(BigDecimal value) {
        return new Interval(value, true, value, true);
    }

    public static Interval exactly(String value) {
        return exactly(new BigDecimal(value));
    }

    /**
     * Reads a result as printed: "4.2", "&lt; 0.2", "&lt;= 5", "≤ 5", "&gt; 1500", "≥ 1500".
     *
     * @throws IllegalArgumentException naming the text when it is not a number, optionally censored
     */
    public static Interval reported(String text) {
        String t = text.strip().replace(',', '.');
        try {
            if (t.startsWith("<=") || t.startsWith("≤")) {
                return new Interval(BigDecimal.ZERO, true, number(t, t.startsWith("≤") ? 1 : 2), true);
            }
            if (t.startsWith("<")) {
                return new Interval(BigDecimal.ZERO, true, number(t, 1), false);
            }
            if (t.startsWith(">=") || t.startsWith("≥")) {
                return new Interval(number(t, t.startsWith("≥") ? 1 : 2), true, null, false);
            }
            if (t.startsWith(">")) {
                return new Interval(number(t, 1), false, null, false);
            }
            return exactly(new BigDecimal(t));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("\"" + text + "\" is not a result (a number, or < or > a number)");
        }
    }

    private static BigDecimal number(String text, int skip) {
        return new BigDecimal(text.substring(skip).strip());
    }

    public boolean isExact() {
        return high != null && low.compareTo(high) == 0;
    }

    /** True when every value in the interval lies above {@code limit} (or at it, when {@code orEqual}). */
    public boolean entirelyAbove(BigDecimal limit, boolean orEqual) {
        int c = low.compareTo(limit);
        return c > 0 || (c == 0 && (orEqual || !lowIncluded));
    }

    /** True when every value in the interval lies below {@code limit} (or at it, when {@code orEqual}). */
    public boolean entirelyBelow(BigDecimal limit, boolean orEqual) {
        if (high == null) {
            return false;
        }
        int c = high.compareTo(limit);
        return c < 0 || (c == 0 && (orEqual || !highIncluded));
    }

    /** Every product of a value here and one there (both non-negative). */
    public Interval times(Interval other) {
        BigDecimal hi = high == null || other.high == null ? null : high.multiply(other.high, PRECISION);
        return new Interval(low.multiply(other.low, PRECISION), lowIncluded && other.lowIncluded, hi,
                highIncluded && other.highIncluded);
    }

    /** Every quotient of a value here by one there (both non-negative); a divisor reaching zero opens the top. */
    public Interval dividedBy(Interval divisor) {
        BigDecimal lo;
        boolean loIn;
        if (divisor.high == null) {
            lo = BigDecimal.ZERO;
            loIn = false;
        } else if (divisor.high.signum() == 0) {
            throw new IllegalArgumentException("Division by an interval that is only zero");
        } else {
            lo = low.divide(divisor.high, PRECISION);
            loIn = lowIncluded && divisor.highIncluded;
        }
        BigDecimal hi = null;
        boolean hiIn = false;
        if (high != null && divisor.low.signum() > 0) {
            hi = high.divide(divisor.low, PRECISION);
            hiIn = highIncluded && divisor.lowIncluded;
        }
        if (hi != null && hi.compareTo(lo) < 0) {
            hi = lo;
        }
        return new Interval(lo, loIn, hi, hiIn);
    }

    public Interval dividedBy(BigDecimal constant) {
        return new Interval(low.divide(constant, PRECISION), lowIncluded,
                high == null ? null : high.divide(constant, PRECISION), highIncluded);
    }

    /** "4.2", "< 0.2", "> 1500", or "8.1 to ∞" style text for derived intervals. */
    public String describe(int decimals) {
        if (isExact()) {
            return plain(low, decimals);
        }
        if (low.signum() == 0 && high != null) {
            return (highIncluded ? "≤ " : "< ") + plain(high, decimals);
        }
        if (high == null) {
            return (lowIncluded ? "≥ " : "> ") + plain(low, decimals);
        }
        return plain(low, decimals) + "–" + plain(high, decimals);
    }

    private static String plain(BigDecimal value, int decimals) {
        return value.setScale(decimals, java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
