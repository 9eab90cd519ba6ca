package com.hpgdesk.protocol;

public enum DrugClass {
    GONADOTROPIN("Gonadotropin"),
    SERM("SERM (selective oestrogen receptor modulator)"),
    AROMATASE_INHIBITOR("Aromatase inhibitor"),
    GNRH_ANALOGUE("GnRH analogue"),
    OTHER("Other");

    private final String label;

    DrugClass(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
