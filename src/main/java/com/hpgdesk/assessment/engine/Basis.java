package com.hpgdesk.assessment.engine;

/** How a row is read: straight from labs, from proxies the literature ties to it, or from his trajectory. */
public enum Basis {
    MEASURED("Measured"),
    INFERRED("Inferred from proxies"),
    OBSERVED("Observed");

    private final String label;

    Basis(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
