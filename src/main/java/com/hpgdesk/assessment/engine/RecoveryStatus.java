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

    /**
     * Where the status comes when patients are ordered by how much they ask of the clinic: behind the curve first,
     * then delayed, not enough data (labs to order), on treatment, on track, and recovered last.
     */
    public int urgency() {
        return switch (this) {
            case BEHIND_THE_CURVE -> 0;
            case DELAYED -> 1;
            case NOT_ENOUGH_DATA -> 2;
            case ON_TREATMENT -> 3;
            case ON_TRACK -> 4;
            case RECOVERED -> 5;
        };
    }
}
