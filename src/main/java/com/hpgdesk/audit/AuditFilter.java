package com.hpgdesk.audit;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Which records to list. Every part is optional; an empty part does not narrow the list.
 *
 * @param from first instant included
 * @param until first instant no longer included
 */
public record AuditFilter(@Nullable Long patientId, @Nullable String actor, @Nullable Instant from,
                          @Nullable Instant until) {

    public static final AuditFilter ALL = new AuditFilter(null, null, null, null);

    public AuditFilter {
        if (actor != null) {
            actor = actor.strip();
            if (actor.isEmpty()) {
                actor = null;
            }
        }
    }

    public AuditFilter withPatientId(@Nullable Long patientId) {
        return new AuditFilter(patientId, actor, from, until);
    }

    public AuditFilter withActor(@Nullable String actor) {
        return new AuditFilter(patientId, actor, from, until);
    }

    public AuditFilter between(@Nullable Instant from, @Nullable Instant until) {
        return new AuditFilter(patientId, actor, from, until);
    }
}
