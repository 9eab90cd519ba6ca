package com.hpgdesk.protocol;

import java.math.BigDecimal;

/** How often a dose is given; doses per week lets a weekly total be worked out. */
public enum Frequency {
    TWICE_DAILY("Twice daily", "14"),
    DAILY("Daily", "7"),
    EVERY_OTHER_DAY("Every other day", "3.5"),
    THREE_TIMES_WEEKLY("3× per week", "3"),
    TWICE_WEEKLY("2× per week", "2"),
    WEEKLY("Weekly", "1"),
    AS_DIRECTED("As directed (see note)", "0");

    private final String label;
    private final BigDecimal dosesPerWeek;

    Frequency(String label, String dosesPerWeek) {
        this.label = label;
        this.dosesPerWeek = new BigDecimal(dosesPerWeek);
    }

    public String label() {
        return label;
    }

    /** Zero when the schedule is irregular and only the note says how often; every other day counts 3.5. */
    public BigDecimal dosesPerWeek() {
        return dosesPerWeek;
    }
}
