package com.hpgdesk.audit;

import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Which records to list. Every part is optional; an empty part does not narrow the list.
 *
 * @param from first instant included
 * @param until first instant no longer included
 * @param patientIds only records of any of these patients, e.g. those a name search found; an empty set
 *     matches no record, null does not narrow
 * @param action only records of this action
 */
public record AuditFilter(@Nullable Long patientId, @Nullable String actor, @Nullable Instant from,
                          @Nullable Instant until, @Nullable Set<Long> patientIds, @Nullable AuditAction action) {

    public static final AuditFilter ALL = new AuditFilter(null, null, null, null, null, null);

    public AuditFilter {
        if (actor != null) {
            actor = actor.strip();
            if (actor.isEmpty()) {
                actor = null;
            }
        }
        if (patientIds != null) {
            patientIds = Set.copyOf(patientIds);
        }
    }

    public AuditFilter(@Nullable Long patientId, @Nullable String actor, @Nullable Instant from,
                       @Nullable Instant until, @Nullable Set<Long> patientIds) {
        this(patientId, actor, from, until, patientIds, null);
    }

    public AuditFilter(@Nullable Long patientId, @Nullable String actor, @Nullable Instant from,
                       @Nullable Instant until) {
        this(patientId, actor, from, until, null, null);
    }

    public AuditFilter withPatientId(@Nullable Long patientId) {
        return new AuditFilter(patientId, actor, from, until, patientIds, action);
    }

    public AuditFilter withPatientIds(@Nullable Set<Long> patientIds) {
        return new AuditFilter(patientId, actor, from, until, patientIds, action);
    }

    public AuditFilter withActor(@Nullable String actor) {
        return new AuditFilter(patientId, actor, from, until, patientIds, action);
    }

    public AuditFilter between(@Nullable Instant from, @Nullable Instant until) {
        return new AuditFilter(patientId, actor, from, until, patientIds, action);
    }

    public AuditFilter withAction(@Nullable AuditAction action) {
        return new AuditFilter(patientId, actor, from, until, patientIds, action);
    }
}
