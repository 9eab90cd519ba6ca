package com.hpgdesk.assessment.engine;

/** Which way one input moved its row. */
public enum Push {
    SUPPORTS("towards recovery"),
    HINDERS("against recovery"),
    /** The value straddles the threshold, is stale, or is not judged at this stage: no push. */
    UNDECIDED("undecided");

    private final String label;

    Push(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
