package com.hpgdesk.assessment.engine;

import java.math.BigDecimal;

/**
 * A limit and the side of it that hinders recovery, e.g. "&gt; 3 mg/L" for hs-CRP. The other side
 * supports; an interval reaching both sides decides nothing.
 */
public record Threshold(Side side, BigDecimal value, String unit) {

    /** The side of the limit a value must lie on; the complement is the other side. */
    public enum Side {
        ABOVE(">"), AT_OR_ABOVE("≥"), BELOW("<"), AT_OR_BELOW("≤");

        private final String symbol;

        Side(String symbol) {
            this.symbol = symbol;
        }

        public String symbol() {
            return symbol;
        }

        static java.util.Optional<Side> parse(String text) {
            return switch (text.strip()) {
                case ">" -> java.util.Optional.of(ABOVE);
                case ">=", "≥" -> java.util.Optional.of(AT_OR_ABOVE);
                case "<" -> java.util.Optional.of(BELOW);
                case "<=", "≤" -> java.util.Optional.of(AT_OR_BELOW);
                default -> java.util.Optional.empty();
            };
        }

        Side complement() {
            return switch (this) {
                case ABOVE -> AT_OR_BELOW;
                case AT_OR_ABOVE -> BELOW;
                case BELOW -> AT_OR_ABOVE;
                case AT_OR_BELOW -> ABOVE;
            };
        }

        boolean holdsForAll(Interval interval, BigDecimal limit) {
            return switch (this) {
                case ABOVE -> interval.entirelyAbove(limit, false);
                case AT_OR_ABOVE -> interval.entirelyAbove(limit, true);
                case BELOW -> interval.entirelyBelow(limit, false);
                case AT_OR_BELOW -> interval.entirelyBelow(limit, true);
            };
        }
    }

    /** True when every value of the interval lies on the limit's side (certainly met). */
    public boolean certainlyMet(Interval interval) {
        return side.holdsForAll(interval, value);
    }

    /** True when no value of the interval lies on the limit's side (certainly not met). */
    public boolean certainlyNotMet(Interval interval) {
        return side.complement().holdsForAll(interval, value);
    }

    /** "&gt; 3 mg/L". */
    public String describe() {
        String number = value.stripTrailingZeros().toPlainString();
        return side.symbol + " " + number + ("index".equals(unit) || "ratio".equals(unit) ? "" : " " + unit);
    }
}
