package com.hpgdesk.patient;

public enum DoseUnit {
    MG("mg"),
    ML("mL"),
    G_GEL("g of gel");

    private final String label;

    DoseUnit(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
