package com.hpgdesk.base;

import java.io.Serial;

/** Someone else saved the same record after this user opened it; their change is kept, this one refused. */
public class ConcurrentEditException extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    public ConcurrentEditException(String what) {
        super(what + " was changed by someone else after you opened it. Your changes were not saved. "
                + "Reload to see the current version, then make your changes again.");
    }
}
