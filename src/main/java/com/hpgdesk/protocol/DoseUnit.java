package com.hpgdesk.protocol;

public enum DoseUnit {
    IU("IU"),
    MG("mg"),
    MICROGRAM("µg");

    private final String label;

    DoseUnit(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
