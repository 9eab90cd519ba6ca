package com.hpgdesk.operations;

import java.io.Serial;

/** A backup or restore that was not done, with a message for the person who asked; nothing was changed. */
public class BackupRefused extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    public BackupRefused(String message) {
        super(message);
    }

    public BackupRefused(String message, Throwable cause) {
        super(message, cause);
    }
}
