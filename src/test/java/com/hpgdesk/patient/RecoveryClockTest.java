package com.hpgdesk.patient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class RecoveryClockTest {

    private record Course(LocalDate getStartedOn, @Nullable LocalDate lastDose, int intervalDays)
            implements RecoveryClock.TreatmentCourse {

        @Override
        public Optional<LocalDate> endOfTreatment() {
            return Optional.ofNullable(lastDose).map(last -> RecoveryClock.endOf(last, intervalDays));
        }
    }

    private static RecoveryClock.TreatmentCourse course(LocalDate lastDose, int intervalDays) {
        return new Course(lastDose.minusMonths(6), lastDose, intervalDays);
    }

    private static RecoveryClock.TreatmentCourse ongoingSince(LocalDate start, int intervalDays) {
        return new Course(start, null, intervalDays);
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
        assertThat(clock.state()).isEqualTo(RecoveryClock.State.AFTER_TREATMENT);
        assertThat(clock.isAfterTreatment()).isTrue();
        assertThat(clock.isOnTreatment()).isFalse();
        assertThat(clock.daysSinceEnd()).hasValue(91);
        assertThat(clock.weeksSinceEnd()).hasValue(13);
        assertThat(clock.monthsSinceEnd().orElseThrow()).isCloseTo(2.99, within(0.01));
        assertThat(clock.describe()).isEqualTo("13 weeks (3.0 months) since the end of treatment");
        assertThat(clock.shortText()).isEqualTo("13 weeks");
    }

    @Test
    void theLatestEndingCourseSetsTheClockEvenIfItStartedEarlier() {
        var longDepot = course(LocalDate.of(2026, 2, 1), 84);
        var laterWeekly = course(LocalDate.of(2026, 3, 1), 7);
        var clock = RecoveryClock.of(List.of(laterWeekly, longDepot), LocalDate.of(2026, 6, 1)).orElseThrow();
        assertThat(clock.endOfTreatment()).contains(LocalDate.of(2026, 4, 26));
    }

    @Test
    void whileTheLastDoseStillActsTheClockSaysSo() {
        var clock = RecoveryClock.of(List.of(course(LocalDate.of(2026, 5, 28), 7)), LocalDate.of(2026, 6, 1)).orElseThrow();
        assertThat(clock.state()).isEqualTo(RecoveryClock.State.LAST_DOSE_ACTING);
        assertThat(clock.isLastDoseStillActing()).isTrue();
        assertThat(clock.isOnTreatment()).isFalse();
        assertThat(clock.daysSinceEnd()).hasValue(-3);
        assertThat(clock.describe()).isEqualTo("Last dose still acting: treatment ends in 3 days");
        assertThat(clock.shortText()).isEqualTo("Last dose acting");
    }

    @Test
    void aManStillInjectingIsOnTreatmentHoweverLongAgoHisCourseStarted() {
        // Started three years ago, weekly: the old clock would have counted ~155 weeks "since the end".
        var clock = RecoveryClock.of(List.of(ongoingSince(LocalDate.of(2023, 6, 1), 7)), LocalDate.of(2026, 6, 1))
                .orElseThrow();
        assertThat(clock.state()).isEqualTo(RecoveryClock.State.ON_TREATMENT);
        assertThat(clock.isOnTreatment()).isTrue();
        assertThat(clock.isAfterTreatment()).isFalse();
        assertThat(clock.endOfTreatment()).isEmpty();
        assertThat(clock.onTreatmentSince()).contains(LocalDate.of(2023, 6, 1));
        assertThat(clock.daysSinceEnd()).isEmpty();
        assertThat(clock.weeksSinceEnd()).isEmpty();
        assertThat(clock.monthsSinceEnd()).isEmpty();
        assertThat(clock.shortText()).isEqualTo("On treatment");
        assertThat(clock.describe()).startsWith("On treatment").doesNotContain("since the end").doesNotContain("week");
    }

    @Test
    void anOngoingCourseOutweighsEarlierCoursesThatEnded() {
        var earlierCycle = course(LocalDate.of(2024, 3, 1), 7);
        var current = ongoingSince(LocalDate.of(2025, 1, 10), 14);
        var clock = RecoveryClock.of(List.of(earlierCycle, current), LocalDate.of(2026, 6, 1)).orElseThrow();
        assertThat(clock.isOnTreatment()).isTrue();
        assertThat(clock.onTreatmentSince()).contains(LocalDate.of(2025, 1, 10));
    }

    @Test
    void readOnAnotherDayTheClockKeepsItsState() {
        var after = RecoveryClock.endedOn(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 1));
        assertThat(after.on(LocalDate.of(2025, 12, 25)).daysSinceEnd()).hasValue(-7);
        var onTreatment = RecoveryClock.onTreatmentSince(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 6, 1));
        assertThat(onTreatment.on(LocalDate.of(2026, 3, 1)).monthsSinceEnd()).isEmpty();
        assertThat(onTreatment.on(LocalDate.of(2026, 3, 1)).isOnTreatment()).isTrue();
    }

    @Test
    void noCoursesMeansNoClock() {
        assertThat(RecoveryClock.of(List.of(), LocalDate.of(2026, 6, 1))).isEmpty();
    }

    @Test
    void aSingleWeekIsSingular() {
        var clock = RecoveryClock.endedOn(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 9));
        assertThat(clock.describe()).startsWith("1 week (");
    }
}
