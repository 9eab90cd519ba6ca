package com.hpgdesk.audit;

/**
 * What was done. The constant names are stored and hashed into the chain: renaming one would break
 * verification of every record that carries it, and the database check constraint lists them.
 */
public enum AuditAction {
    READ("Viewed", false),
    EXPORT("Exported", false),
    PRINT("Printed", false),
    CREATE("Created", true),
    UPDATE("Changed", true),
    DELETE("Deleted", true),
    IMPORT("Imported", true),
    SIGN_IN("Signed in", false),
    SIGN_OUT("Signed out", false),
    /** Recorded by the system actor: nobody is signed in, and the name tried may belong to no account. */
    SIGN_IN_REFUSED("Sign-in refused", false);

    private final String label;
    private final boolean changesData;

    AuditAction(String label, boolean changesData) {
        this.label = label;
        this.changesData = changesData;
    }

    public String label() {
        return label;
    }

    /**
     * A change is recorded in the transaction that makes it, so the two commit or roll back together.
     * Anything else (data shown, handed out or a session event) happened whatever the caller's
     * transaction does next, so it is recorded in a transaction of its own.
     */
    public boolean changesData() {
        return changesData;
    }
}
