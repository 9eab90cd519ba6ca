package com.hpgdesk.lab;

import java.math.RoundingMode;
import java.util.Optional;

/**
 * Whether a reported value is a measured number or only a limit of the assay: "&lt; 0.2" means the true
 * value lies somewhere below 0.2, never that it is 0.2. The symbols are the ones labs print (and FHIR's
 * Quantity.comparator uses).
 */
public enum Censoring {
    EXACT(""),
    LESS_THAN("<"),
    AT_MOST("≤"),
    GREATER_THAN(">"),
    AT_LEAST("≥");

    private final String symbol;

    Censoring(String symbol) {
        this.symbol = symbol;
    }

    /** "&lt;", "&le;", "&gt;", "&ge;", or empty for an exact value. */
    public String symbol() {
        return symbol;
    }

    public boolean isCensored() {
        return this != EXACT;
    }

    /** The limit is an upper bound: the true value is at most the limit. */
    public boolean isUpperBound() {
        return this == LESS_THAN || this == AT_MOST;
    }

    /** The limit is a lower bound: the true value is at least the limit. */
    public boolean isLowerBound() {
        return this == GREATER_THAN || this == AT_LEAST;
    }

    /** Whether the limit itself is excluded ("&lt;", "&gt;"). */
    public boolean excludesLimit() {
        return this == LESS_THAN || this == GREATER_THAN;
    }

    /**
     * How to round a number of this censoring for display without claiming more than it says: an upper limit
     * up and a lower limit down ("&lt; 0.24" reads "&lt; 0.3", "&gt; 69.06" reads "&gt; 69.0"), an exact value half up.
     */
    public RoundingMode displayRounding() {
        return isUpperBound() ? RoundingMode.CEILING : isLowerBound() ? RoundingMode.FLOOR : RoundingMode.HALF_UP;
    }

    /** The same bound seen through a decreasing function: "&lt;" becomes "&gt;". */
    public Censoring reversed() {
        return switch (this) {
            case EXACT -> EXACT;
            case LESS_THAN -> GREATER_THAN;
            case AT_MOST -> AT_LEAST;
            case GREATER_THAN -> LESS_THAN;
            case AT_LEAST -> AT_MOST;
        };
    }

    /**
     * What a result calculated from inputs with these censorings is, for a calculation increasing in each
     * input (reverse an input's censoring first when the result falls as it rises): exact if every input is,
     * a bound when the censored inputs all push the same way, and empty when they push opposite ways, so
     * nothing can be said.
     */
    public static Optional<Censoring> combined(Censoring... inputs) {
        boolean upper = false;
        boolean lower = false;
        boolean strict = false;
        for (Censoring input : inputs) {
            upper |= input.isUpperBound();
            lower |= input.isLowerBound();
            strict |= input.excludesLimit();
        }
        if (upper && lower) {
            return Optional.empty();
        }
        if (upper) {
            return Optional.of(strict ? LESS_THAN : AT_MOST);
        }
        if (lower) {
            return Optional.of(strict ? GREATER_THAN : AT_LEAST);
        }
        return Optional.of(EXACT);
    }

    /**
     * The comparator at the start of a text as labs and people write it ("&lt;", "&lt;=", "=&lt;", "&le;", "&gt;",
     * "&gt;=", "=&gt;", "&ge;"), with what follows it stripped; an exact reading of the whole text when it has none.
     */
    public static Prefixed prefixOf(String text) {
        String s = text.strip();
        for (String[] spelling : SPELLINGS) {
            if (s.startsWith(spelling[0])) {
                return new Prefixed(valueOf(spelling[1]), s.substring(spelling[0].length()).strip());
            }
        }
        return new Prefixed(EXACT, s);
    }

    /** A comparator read off a text, and the rest of the text (the number, as written). */
    public record Prefixed(Censoring censoring, String rest) {
    }

    // Two-character spellings first, so that "<=" is not read as "<" followed by "=".
    private static final String[][] SPELLINGS = {
            {"<=", "AT_MOST"}, {"=<", "AT_MOST"}, {">=", "AT_LEAST"}, {"=>", "AT_LEAST"},
            {"≤", "AT_MOST"}, {"≦", "AT_MOST"}, {"≥", "AT_LEAST"}, {"≧", "AT_LEAST"},
            {"<", "LESS_THAN"}, {">", "GREATER_THAN"}};
}
