package com.hpgdesk.security;

/**
 * What an account may do. Practice leads hold {@link #ADMIN}: they manage accounts and review the whole
 * practice, and may also do everything a clinician does.
 */
public enum Role {
    ADMIN("Practice lead (admin)"),
    CLINICIAN("Clinician");

    /** Names for {@code @RolesAllowed} and {@code hasRole}, which need compile-time constants. */
    public static final String ADMIN_NAME = "ADMIN";
    public static final String CLINICIAN_NAME = "CLINICIAN";

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
