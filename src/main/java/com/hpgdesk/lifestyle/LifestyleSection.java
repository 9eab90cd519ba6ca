package com.hpgdesk.lifestyle;

/** How the form and the tables group the measures. */
public enum LifestyleSection {
    DIET("Diet"),
    EXERCISE("Exercise"),
    SLEEP("Sleep"),
    STRESS("Stress"),
    BODY("Body"),
    GUT("Gut");

    private final String label;

    LifestyleSection(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
