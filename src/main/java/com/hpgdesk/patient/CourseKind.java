package com.hpgdesk.patient;

/** Why the man took androgens: prescribed replacement, non-prescribed anabolic steroids, or something else. */
public enum CourseKind {
    TRT("Testosterone replacement (TRT)"),
    ANABOLIC_STEROIDS("Anabolic steroids"),
    OTHER("Other");

    private final String label;

    CourseKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
