package com.hpgdesk.chart;

/**
 * Whether a value is exact or only known to lie beyond a lab's limit, as in "< 0.2" (below the limit of
 * detection) or "> 1500". A censored value is drawn at its limit as an open marker with an arrow pointing
 * the way the true value lies.
 */
public enum Censoring {
    EXACT("", ""),
    BELOW_LIMIT("<", "Below the assay's limit: open marker at the limit, arrow down (true value lower)"),
    ABOVE_LIMIT(">", "Above the assay's limit: open marker at the limit, arrow up (true value higher)");

    private final String symbol;
    private final String legend;

    Censoring(String symbol, String legend) {
        this.symbol = symbol;
        this.legend = legend;
    }

    /** What the chart's legend says the open marker and its arrow mean. */
    public String legend() {
        return legend;
    }

    /** "&lt; " or "&gt; " before the number in words; empty for a measured value. */
    public String prefix() {
        return this == EXACT ? "" : symbol + " ";
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
