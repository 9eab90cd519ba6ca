package com.hpgdesk.assessment.engine;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A stretch of restart medication: results taken during it are marked, since hCG drives testosterone
 * without LH and a SERM raises LH by blocking feedback.
 *
 * @param end null while the phase is still running
 */
public record ProtocolPhase(String drug, LocalDate start, @Nullable LocalDate end) {

    boolean covers(LocalDate date) {
        return !date.isBefore(start) && (end == null || !date.isAfter(end));
    }
}
