package com.hpgdesk.assessment.engine;

/** Where the man stands against the published recovery milestones. */
public enum RecoveryStatus {
    ON_TREATMENT("On treatment"),
    ON_TRACK("On track"),
    DELAYED("Delayed"),
    BEHIND_THE_CURVE("Behind the curve"),
    RECOVERED("Recovered"),
    NOT_ENOUGH_DATA("Not enough data");

    private final String label;

    RecoveryStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
