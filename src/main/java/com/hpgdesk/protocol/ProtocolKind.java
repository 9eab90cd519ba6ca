package com.hpgdesk.protocol;

public enum ProtocolKind {
    MEDICATED("With medication"),
    NATURAL("Natural recovery, no medication");

    private final String label;

    ProtocolKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
