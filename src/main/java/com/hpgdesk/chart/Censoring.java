package com.hpgdesk.chart;

/**
 * Whether a value is exact or only known to lie beyond a lab's limit, as in "< 0.2" (below the limit of
 * detection) or "> 1500". A censored value is drawn at its limit as an open marker with an arrow pointing
 * the way the true value lies.
 */
public enum Censoring {
    EXACT(""),
    BELOW_LIMIT("<"),
    ABOVE_LIMIT(">");

    private final String symbol;

    Censoring(String symbol) {
        this.symbol = symbol;
    }

    /** "<", ">" or nothing: what a lab prints before the value. */
    public String symbol() {
        return symbol;
    }

    /** The value as a lab prints it, e.g. "< 0.2". */
    public String written(String value) {
        return this == EXACT ? value : symbol + " " + value;
    }
}
