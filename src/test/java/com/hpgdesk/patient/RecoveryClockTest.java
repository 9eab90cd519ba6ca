package com.hpgdesk.patient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecoveryClockTest {

    private static RecoveryClock.TreatmentCourse course(LocalDate lastDose, int intervalDays) {
        return () -> RecoveryClock.endOf(lastDose, intervalDays);
    }

    @Test
    void treatmentEndsOneDosingIntervalAfterTheLastDose() {
        assertThat(RecoveryClock.endOf(LocalDate.of(2026, 1, 1), 7)).isEqualTo(LocalDate.of(2026, 1, 8));
        // A 10-week undecanoate depot keeps acting for its whole interval.
        assertThat(RecoveryClock.endOf(LocalDate.of(2026, 1, 1), 70)).isEqualTo(LocalDate.of(2026, 3, 12));
    }

    @Test
    void countsWeeksAndMonthsSinceTheEnd() {
        var clock = RecoveryClock.of(List.of(course(LocalDate.of(2026, 1, 1), 7)), LocalDate.of(2026, 4, 9)).orElseThrow();
        assertThat(clock.daysSinceEnd()).isEqualTo(91);
        assertThat(clock.weeksSinceEnd()).isEqualTo(13);
        assertThat(clock.monthsSinceEnd()).isCloseTo(2.99, within(0.01));
        assertThat(clock.stillOnTreatment()).isFalse();
        assertThat(clock.describe()).isEqualTo("13 weeks (3.0 months) since the end of treatment");
    }

    @Test
    void theLatestEndingCourseSetsTheClockEvenIfItStartedEarlier() {
        var longDepot = course(LocalDate.of(2026, 2, 1), 84);
        var laterWeekly = course(LocalDate.of(2026, 3, 1), 7);
        var clock = RecoveryClock.of(List.of(laterWeekly, longDepot), LocalDate.of(2026, 6, 1)).orElseThrow();
        assertThat(clock.endOfTreatment()).isEqualTo(LocalDate.of(2026, 4, 26));
    }

    @Test
    void whileTheLastDoseStillActsTheClockSaysSo() {
        var clock = RecoveryClock.of(List.of(course(LocalDate.of(2026, 5, 28), 7)), LocalDate.of(2026, 6, 1)).orElseThrow();
        assertThat(clock.stillOnTreatment()).isTrue();
        assertThat(clock.describe()).isEqualTo("Last dose still acting: treatment ends in 3 days");
    }

    @Test
    void noCoursesMeansNoClock() {
        assertThat(RecoveryClock.of(List.of(), LocalDate.of(2026, 6, 1))).isEmpty();
    }

    @Test
    void aSingleWeekIsSingular() {
        var clock = new RecoveryClock(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 9));
        assertThat(clock.describe()).startsWith("1 week (");
    }
}
