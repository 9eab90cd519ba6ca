package com.hpgdesk.protocol;

/** How a dose is given. */
public enum Route {
    SUBCUTANEOUS("Subcutaneous"),
    INTRAMUSCULAR("Intramuscular"),
    ORAL("Oral"),
    INTRANASAL("Intranasal"),
    TRANSDERMAL("Transdermal");

    private final String label;

    Route(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
