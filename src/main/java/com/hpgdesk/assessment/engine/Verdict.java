package com.hpgdesk.assessment.engine;

/** Which column of a table row the man's own data supports. */
public enum Verdict {
    SUPPORTS_RECOVERY("Supports recovery"),
    HINDERS_RECOVERY("Hinders recovery"),
    MIXED("Mixed"),
    NOT_ENOUGH_DATA("Not enough data"),
    /** A recovery row while androgens are still taken (or still acting): recovery is not under way yet. */
    ON_TREATMENT("On treatment");

    private final String label;

    Verdict(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Rank for comparing two assessments; empty for verdicts that say nothing about direction. */
    java.util.OptionalInt rank() {
        return switch (this) {
            case HINDERS_RECOVERY -> java.util.OptionalInt.of(0);
            case MIXED -> java.util.OptionalInt.of(1);
            case SUPPORTS_RECOVERY -> java.util.OptionalInt.of(2);
            case NOT_ENOUGH_DATA, ON_TREATMENT -> java.util.OptionalInt.empty();
        };
    }
}
