package com.hpgdesk.security;

/**
 * What an account may do. Practice leads hold {@link #ADMIN}: they manage accounts and review the whole
 * practice, and may also do everything a clinician does. A {@link #REVIEWER} (an auditor, a supervising
 * physician) sees patients, their tables, labs, lifestyle, protocols, handouts and the practice review, and
 * changes nothing: read methods carry {@link com.hpgdesk.base.SeesRecords}, every other one stays refused.
 */
public enum Role {
    ADMIN("Practice lead (admin)"),
    CLINICIAN("Clinician"),
    REVIEWER("Reviewer (read only)");

    /** Names for {@code @RolesAllowed} and {@code hasRole}, which need compile-time constants. */
    public static final String ADMIN_NAME = "ADMIN";
    public static final String CLINICIAN_NAME = "CLINICIAN";
    public static final String REVIEWER_NAME = "REVIEWER";

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
