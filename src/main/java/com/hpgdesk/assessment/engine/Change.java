package com.hpgdesk.assessment.engine;

/** A row's verdict against the one of the previous assessment. */
public enum Change {
    BETTER("Better"),
    WORSE("Worse"),
    UNCHANGED("Unchanged"),
    /** A verdict now where there was none before (or no previous assessment). */
    NEW("New"),
    /** No verdict now, so nothing to compare. */
    NOT_COMPARABLE("Not comparable");

    private final String label;

    Change(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    static Change between(Verdict previous, Verdict now) {
        var before = previous.rank();
        var after = now.rank();
        if (after.isEmpty()) {
            return previous == now ? UNCHANGED : NOT_COMPARABLE;
        }
        if (before.isEmpty()) {
            return NEW;
        }
        int difference = Integer.compare(after.getAsInt(), before.getAsInt());
        return difference > 0 ? BETTER : difference < 0 ? WORSE : UNCHANGED;
    }
}
