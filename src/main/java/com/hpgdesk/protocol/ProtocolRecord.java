package com.hpgdesk.protocol;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A protocol as it stands, for entering history or demo data in one step: planned with its medications, then
 * moved to {@code status} with the dates of a real course (a stopped protocol without {@code startedOn} was
 * cancelled before it began).
 */
public record ProtocolRecord(
        ProtocolDetails details,
        List<MedicationPlan> medications,
        ProtocolStatus status,
        @Nullable LocalDate startedOn,
        @Nullable LocalDate endedOn,
        @Nullable String stopReason) {
}
