package com.hpgdesk.protocol;

import com.hpgdesk.base.InvalidInputException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Where a protocol stands. A planned protocol may be started or cancelled (stopped); a running one may be
 * completed or stopped. Completed and stopped protocols are records and do not move again.
 */
public enum ProtocolStatus {
    PLANNED("Planned", "planned"),
    ACTIVE("Active", "started"),
    COMPLETED("Completed", "completed"),
    STOPPED("Stopped", "stopped");

    private final String label;
    private final String verb;

    ProtocolStatus(String label, String verb) {
        this.label = label;
        this.verb = verb;
    }

    public String label() {
        return label;
    }

    public Set<ProtocolStatus> next() {
        return switch (this) {
            case PLANNED -> Set.of(ACTIVE, STOPPED);
            case ACTIVE -> Set.of(COMPLETED, STOPPED);
            case COMPLETED, STOPPED -> Set.of();
        };
    }

    public boolean canMoveTo(ProtocolStatus target) {
        return next().contains(target);
    }

    /** Whether medications may still be added or changed: a finished protocol is a record of what was given. */
    public boolean isOpen() {
        return this == PLANNED || this == ACTIVE;
    }

    /** Refuses a move the workflow does not allow, saying which protocols could make it. */
    void checkMoveTo(ProtocolStatus target) {
        if (canMoveTo(target)) {
            return;
        }
        String from = Arrays.stream(values()).filter(s -> s.canMoveTo(target))
                .map(s -> s.label.toLowerCase(Locale.ROOT)).collect(Collectors.joining(" or "));
        throw InvalidInputException.of("status", "This protocol is " + label.toLowerCase(Locale.ROOT)
                + ", so it cannot be " + target.verb + ": only " + (from.startsWith("a") ? "an " : "a ") + from
                + " protocol can be " + target.verb + ".");
    }
}
