package com.hpgdesk.history;

/** Which kind of record a version belongs to. Stored by name; the database check constraint lists them. */
public enum RecordKind {
    PATIENT("patient"),
    ANDROGEN_COURSE("androgen course"),
    LIFESTYLE_WEEK("lifestyle week"),
    RESTART_PROTOCOL("restart protocol");

    private final String label;

    RecordKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
