package com.hpgdesk.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.hpgdesk.base.InvalidInputException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProtocolWorkflowTest {

    private static final LocalDate START = LocalDate.of(2026, 3, 2);

    private static RestartProtocol medicated() {
        return Fixtures.planned(1L, ProtocolKind.MEDICATED, START, List.of(Fixtures.hcg(START, null),
                Fixtures.clomiphene(START, START.plusDays(200))));
    }

    private static void assertRefused(Runnable action, String field, String message) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(InvalidInputException.class,
                refusal -> assertThat(refusal.fieldErrors()).containsEntry(field, message));
    }

    @Test
    void allowsExactlyTheDocumentedTransitions() {
        assertThat(ProtocolStatus.PLANNED.next()).containsExactlyInAnyOrder(ProtocolStatus.ACTIVE, ProtocolStatus.STOPPED);
        assertThat(ProtocolStatus.ACTIVE.next()).containsExactlyInAnyOrder(ProtocolStatus.COMPLETED,
                ProtocolStatus.STOPPED);
        assertThat(ProtocolStatus.COMPLETED.next()).isEmpty();
        assertThat(ProtocolStatus.STOPPED.next()).isEmpty();
    }

    @Test
    void runsFromPlannedThroughActiveToCompleted() {
        var protocol = medicated();
        protocol.start(START, Fixtures.NOW);
        assertThat(protocol.getStatus()).isEqualTo(ProtocolStatus.ACTIVE);
        assertThat(protocol.getStartedOn()).isEqualTo(START);
        protocol.complete(START.plusDays(120), Fixtures.NOW);
        assertThat(protocol.getStatus()).isEqualTo(ProtocolStatus.COMPLETED);
        assertThat(protocol.getEndedOn()).isEqualTo(START.plusDays(120));
        assertThat(protocol.getMedications()).extracting(Medication::getEndOn)
                .as("medications still running end with the protocol")
                .containsExactly(START.plusDays(120), START.plusDays(120));
    }

    @Test
    void refusesToCompleteAPlannedProtocolOrRestartAFinishedOne() {
        var protocol = medicated();
        assertRefused(() -> protocol.complete(START, Fixtures.NOW), "status",
                "This protocol is planned, so it cannot be completed: only an active protocol can be completed.");
        protocol.start(START, Fixtures.NOW);
        protocol.complete(START.plusDays(30), Fixtures.NOW);
        assertRefused(() -> protocol.start(START, Fixtures.NOW), "status",
                "This protocol is completed, so it cannot be started: only a planned protocol can be started.");
        assertRefused(() -> protocol.stop(START.plusDays(40), "late", Fixtures.NOW), "status",
                "This protocol is completed, so it cannot be stopped: only a planned or active protocol can be "
                        + "stopped.");
        assertThat(protocol.getStatus()).isEqualTo(ProtocolStatus.COMPLETED);
    }

    @Test
    void stoppingNeedsAReason() {
        var protocol = medicated();
        protocol.start(START, Fixtures.NOW);
        assertRefused(() -> protocol.stop(START.plusDays(10), "  ", Fixtures.NOW), "stopReason",
                "Say why the protocol is stopped.");
        assertThat(protocol.getStatus()).isEqualTo(ProtocolStatus.ACTIVE);
        protocol.stop(START.plusDays(10), " Gynaecomastia ", Fixtures.NOW);
        assertThat(protocol.getStatus()).isEqualTo(ProtocolStatus.STOPPED);
        assertThat(protocol.getStopReason()).isEqualTo("Gynaecomastia");
    }

    @Test
    void cancellingAPlannedProtocolLeavesItNeverStarted() {
        var protocol = medicated();
        protocol.stop(START.minusDays(3), "Patient chose natural recovery", Fixtures.NOW);
        assertThat(protocol.getStatus()).isEqualTo(ProtocolStatus.STOPPED);
        assertThat(protocol.getStartedOn()).isNull();
        assertThat(protocol.getMedications()).extracting(Medication::getEndOn).containsExactly(null,
                START.plusDays(200));
    }

    @Test
    void refusesAProtocolThatEndsBeforeItStarted() {
        var protocol = medicated();
        protocol.start(START, Fixtures.NOW);
        assertRefused(() -> protocol.complete(START.minusDays(1), Fixtures.NOW), "endedOn",
                "The protocol would end before it started: the end must be on or after 2 Mar 2026.");
        assertThat(protocol.getStatus()).isEqualTo(ProtocolStatus.ACTIVE);
    }

    @Test
    void aProtocolWithMedicationCannotStartWithoutAny() {
        var empty = Fixtures.planned(2L, ProtocolKind.MEDICATED, START, List.of());
        assertRefused(() -> empty.start(START, Fixtures.NOW), "medications",
                "Add at least one medication before starting, or make the protocol a natural recovery.");
        var natural = Fixtures.planned(3L, ProtocolKind.NATURAL, START, List.of());
        natural.start(START, Fixtures.NOW);
        assertThat(natural.getStatus()).isEqualTo(ProtocolStatus.ACTIVE);
    }

    @Test
    void aNaturalRecoveryTakesNoMedication() {
        var natural = Fixtures.planned(3L, ProtocolKind.NATURAL, START, List.of());
        assertThatThrownBy(() -> natural.addMedication(Fixtures.hcg(START, null), Fixtures.LIMITS, Fixtures.NOW))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        refusal -> assertThat(refusal.fieldErrors()).containsOnlyKeys("drug"));
        assertThat(natural.getMedications()).isEmpty();
    }

    @Test
    void aFinishedProtocolKeepsItsMedicationsAsRecorded() {
        var protocol = medicated();
        protocol.start(START, Fixtures.NOW);
        protocol.complete(START.plusDays(90), Fixtures.NOW);
        assertRefused(() -> protocol.addMedication(Fixtures.clomiphene(START, null), Fixtures.LIMITS, Fixtures.NOW),
                "status", "This protocol is completed: it is a record of what was given, so its medications can "
                        + "no longer change.");
        assertThat(protocol.getMedications()).hasSize(2);
    }

    @Test
    void everyChangeMovesTheLastChangeTimeForwardEvenOnAStoppedClock() {
        var protocol = medicated();
        var before = protocol.getUpdatedAt();
        protocol.start(START, Fixtures.NOW);
        assertThat(protocol.getUpdatedAt()).isAfter(before);
    }
}
