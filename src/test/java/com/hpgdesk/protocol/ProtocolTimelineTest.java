package com.hpgdesk.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import com.hpgdesk.protocol.ProtocolTimeline.Phase;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProtocolTimelineTest {

    private static final LocalDate JAN_5 = LocalDate.of(2026, 1, 5);

    private static MedicationPlan plan(Drug drug, String dose, DoseUnit unit, LocalDate from, LocalDate to) {
        return MedicationPlan.of(drug, dose, unit, Route.ORAL, Frequency.DAILY, from, to);
    }

    @Test
    void groupsMedicationsIntoBandsAndJoinsSermsThatFollowEachOther() {
        var protocol = Fixtures.planned(1L, ProtocolKind.MEDICATED, JAN_5, List.of(
                Fixtures.hcg(JAN_5, null),
                plan(Drug.CLOMIPHENE, "25", DoseUnit.MG, JAN_5, JAN_5.plusDays(29)),
                plan(Drug.TAMOXIFEN, "20", DoseUnit.MG, JAN_5.plusDays(30), JAN_5.plusDays(59)),
                plan(Drug.ANASTROZOLE, "0.5", DoseUnit.MG, JAN_5.plusDays(70), JAN_5.plusDays(80))));
        protocol.start(JAN_5, Fixtures.NOW);
        protocol.complete(JAN_5.plusDays(89), Fixtures.NOW);

        var timeline = ProtocolTimeline.of(List.of(protocol), JAN_5.plusDays(200));

        assertThat(timeline.phases()).containsExactly(
                new Phase(TreatmentBand.HCG, JAN_5, JAN_5.plusDays(89), false, 1L, "Protocol 1"),
                new Phase(TreatmentBand.SERM, JAN_5, JAN_5.plusDays(59), false, 1L, "Protocol 1"),
                new Phase(TreatmentBand.AROMATASE_INHIBITOR, JAN_5.plusDays(70), JAN_5.plusDays(80), false, 1L,
                        "Protocol 1"));
        assertThat(timeline.phases()).extracting(Phase::label).containsExactly("hCG", "SERM", "Aromatase inhibitor");
        assertThat(timeline.byBand()).containsOnlyKeys(TreatmentBand.HCG, TreatmentBand.SERM,
                TreatmentBand.AROMATASE_INHIBITOR);
    }

    @Test
    void aGapBetweenMedicationsOfOneBandMakesTwoPhases() {
        var protocol = Fixtures.planned(1L, ProtocolKind.MEDICATED, JAN_5, List.of(
                plan(Drug.CLOMIPHENE, "25", DoseUnit.MG, JAN_5, JAN_5.plusDays(9)),
                plan(Drug.CLOMIPHENE, "25", DoseUnit.MG, JAN_5.plusDays(11), JAN_5.plusDays(20))));
        protocol.start(JAN_5, Fixtures.NOW);
        protocol.complete(JAN_5.plusDays(30), Fixtures.NOW);

        assertThat(ProtocolTimeline.of(List.of(protocol), null).byBand().get(TreatmentBand.SERM)).hasSize(2);
    }

    @Test
    void clipsARunningProtocolToTodayAndLeavesItOpenWithoutToday() {
        var protocol = Fixtures.planned(2L, ProtocolKind.MEDICATED, JAN_5, List.of(
                Fixtures.hcg(JAN_5.minusDays(10), null),
                plan(Drug.FSH, "75", DoseUnit.IU, JAN_5.plusDays(60), null)));
        protocol.start(JAN_5, Fixtures.NOW);
        var today = JAN_5.plusDays(30);

        var clipped = ProtocolTimeline.of(List.of(protocol), today).phases();
        assertThat(clipped).as("FSH has not begun by today").singleElement()
                .isEqualTo(new Phase(TreatmentBand.HCG, JAN_5, today, true, 2L, "Protocol 2"));

        var open = ProtocolTimeline.of(List.of(protocol), null).phases();
        assertThat(open).extracting(Phase::band, Phase::to, Phase::ongoing).containsExactly(
                org.assertj.core.groups.Tuple.tuple(TreatmentBand.HCG, null, true),
                org.assertj.core.groups.Tuple.tuple(TreatmentBand.FSH, null, true));
    }

    @Test
    void plannedAndCancelledProtocolsLeaveNoPhaseAndANaturalRecoveryHasItsOwnBand() {
        var planned = Fixtures.planned(3L, ProtocolKind.MEDICATED, JAN_5, List.of(Fixtures.hcg(JAN_5, null)));
        var cancelled = Fixtures.planned(4L, ProtocolKind.MEDICATED, JAN_5, List.of(Fixtures.hcg(JAN_5, null)));
        cancelled.stop(JAN_5, "Changed plan", Fixtures.NOW);
        var natural = Fixtures.planned(5L, ProtocolKind.NATURAL, JAN_5, List.of());
        natural.start(JAN_5.plusDays(1), Fixtures.NOW);
        natural.stop(JAN_5.plusDays(100), "Moved to hCG", Fixtures.NOW);

        var phases = ProtocolTimeline.of(List.of(planned, cancelled, natural), JAN_5.plusDays(365)).phases();

        assertThat(phases).containsExactly(new Phase(TreatmentBand.NATURAL_RECOVERY, JAN_5.plusDays(1),
                JAN_5.plusDays(100), false, 5L, "Protocol 5"));
    }
}
