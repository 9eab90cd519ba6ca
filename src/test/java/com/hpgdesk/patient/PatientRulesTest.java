package com.hpgdesk.patient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.hpgdesk.base.InvalidInputException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class PatientRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    private static PatientDetails patient(String recordNumber, String given, String family, LocalDate born) {
        return new PatientDetails(recordNumber, given, family, born, null, null, null, 1L, null, null, null);
    }

    private static Map<String, String> problemsOf(InvalidInputException.Collector collector) {
        try {
            collector.throwIfAny();
            return Map.of();
        } catch (InvalidInputException e) {
            return e.fieldErrors();
        }
    }

    private static CourseDetails course(String dose, LocalDate start, @Nullable LocalDate last) {
        return new CourseDetails(CourseKind.TRT, Set.of(Compound.TESTOSTERONE_CYPIONATE), null,
                dose == null ? null : new BigDecimal(dose), DoseUnit.MG, 7, start, last, null);
    }

    @Test
    void acceptsACompletePatient() {
        assertThat(problemsOf(PatientRules.checkPatient(
                patient("HPG-1", "Zoë", "Ødegård", LocalDate.of(1980, 3, 14)), TODAY))).isEmpty();
    }

    @Test
    void namesEachMissingRequiredField() {
        var details = new PatientDetails(" ", " ", "", null, null, null, null, null, null, null, null);
        assertThat(problemsOf(PatientRules.checkPatient(details, TODAY))).containsOnlyKeys(
                "recordNumber", "givenName", "familyName", "dateOfBirth", "responsibleClinicianId");
    }

    @Test
    void refusesABirthDateInTheFuture() {
        assertThat(problemsOf(PatientRules.checkPatient(patient("A1", "A", "B", TODAY.plusDays(1)), TODAY)))
                .containsEntry("dateOfBirth", "The date of birth is in the future.");
    }

    @Test
    void refusesAPatientUnderEighteenButAcceptsOneWhoTurnedEighteenToday() {
        assertThat(problemsOf(PatientRules.checkPatient(patient("A1", "A", "B", TODAY.minusYears(18).plusDays(1)), TODAY)))
                .containsEntry("dateOfBirth", "The patient is under 18: this desk is for adult men only.");
        assertThat(problemsOf(PatientRules.checkPatient(patient("A1", "A", "B", TODAY.minusYears(18)), TODAY)))
                .isEmpty();
    }

    @Test
    void refusesMalformedContactDetailsAndBaselines() {
        var details = new PatientDetails("A1", "A", "B", LocalDate.of(1980, 1, 1), "not-an-address", "call me", null,
                1L, new BigDecimal("-5"), new BigDecimal("5000"), null);
        assertThat(problemsOf(PatientRules.checkPatient(details, TODAY))).containsOnlyKeys(
                "email", "phone", "baselineTestosteroneNgPerDl", "baselineSpermMillionPerMl");
    }

    @Test
    void refusesARecordNumberWithSpacesOrMarkup() {
        assertThat(problemsOf(PatientRules.checkPatient(patient("<b>1</b>", "A", "B", LocalDate.of(1980, 1, 1)), TODAY)))
                .containsKey("recordNumber");
    }

    @Test
    void refusesALastDoseBeforeTheFirst() {
        var problems = problemsOf(PatientRules.checkCourse(
                course("100", LocalDate.of(2025, 5, 1), LocalDate.of(2025, 4, 1)), TODAY, LocalDate.of(1980, 1, 1)));
        assertThat(problems).containsExactly(
                Map.entry("lastDoseOn", "The last dose is before the first: check both dates."));
    }

    @Test
    void refusesNegativeZeroAndAbsurdDoses() {
        var born = LocalDate.of(1980, 1, 1);
        var start = LocalDate.of(2025, 1, 1);
        var last = LocalDate.of(2025, 6, 1);
        assertThat(problemsOf(PatientRules.checkCourse(course("-100", start, last), TODAY, born)))
                .containsEntry("doseAmount", "The dose must be more than zero.");
        assertThat(problemsOf(PatientRules.checkCourse(course("0", start, last), TODAY, born)))
                .containsEntry("doseAmount", "The dose must be more than zero.");
        assertThat(problemsOf(PatientRules.checkCourse(course("50000", start, last), TODAY, born)))
                .containsEntry("doseAmount",
                        "A single dose of 50000 mg is not plausible (at most 5000 mg). Check the value and unit.");
        assertThat(problemsOf(PatientRules.checkCourse(course("1000", start, last), TODAY, born))).isEmpty();
    }

    @Test
    void refusesACourseWithoutCompoundsOrWithAnUnnamedOtherCompound() {
        var born = LocalDate.of(1980, 1, 1);
        var none = new CourseDetails(CourseKind.ANABOLIC_STEROIDS, Set.of(), null, BigDecimal.TEN, DoseUnit.MG, 7,
                LocalDate.of(2025, 1, 1), LocalDate.of(2025, 2, 1), null);
        assertThat(problemsOf(PatientRules.checkCourse(none, TODAY, born))).containsKey("compounds");
        var unnamed = new CourseDetails(CourseKind.ANABOLIC_STEROIDS, Set.of(Compound.OTHER), " ", BigDecimal.TEN,
                DoseUnit.MG, 7, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 2, 1), null);
        assertThat(problemsOf(PatientRules.checkCourse(unnamed, TODAY, born))).containsKey("otherCompound");
    }

    @Test
    void refusesALastDoseInTheFuture() {
        assertThat(problemsOf(PatientRules.checkCourse(course("100", TODAY.minusDays(30), TODAY.plusDays(1)), TODAY,
                LocalDate.of(1980, 1, 1)))).containsEntry("lastDoseOn", "The last dose cannot be in the future.");
    }

    @Test
    void refusesAnEmptyOrFutureNote() {
        assertThat(problemsOf(PatientRules.checkNote(TODAY.plusDays(1), " ", TODAY))).containsOnlyKeys("notedOn", "body");
    }

    private static CourseDetails ongoing(LocalDate start, @Nullable LocalDate last) {
        return new CourseDetails(CourseKind.TRT, Set.of(Compound.TESTOSTERONE_CYPIONATE), null, new BigDecimal("100"),
                DoseUnit.MG, 7, start, last, null, true);
    }

    /** A course already saved, as the service passes the patient's other courses. */
    private record Saved(LocalDate getStartedOn, @Nullable LocalDate lastDose) implements RecoveryClock.TreatmentCourse {
        @Override
        public Optional<LocalDate> endOfTreatment() {
            return Optional.ofNullable(lastDose).map(last -> RecoveryClock.endOf(last, 7));
        }
    }

    private static final LocalDate BORN = LocalDate.of(1980, 1, 1);

    @Test
    void acceptsAnOngoingCourseWithoutALastDose() {
        assertThat(problemsOf(PatientRules.checkCourse(ongoing(LocalDate.of(2024, 2, 1), null), TODAY, BORN,
                List.of(new Saved(LocalDate.of(2022, 1, 1), LocalDate.of(2022, 6, 1)))))).isEmpty();
    }

    @Test
    void anOngoingCourseHasNoLastDose() {
        assertThat(problemsOf(PatientRules.checkCourse(ongoing(LocalDate.of(2024, 2, 1), LocalDate.of(2025, 1, 1)),
                TODAY, BORN))).containsExactly(Map.entry("lastDoseOn", "A course he is still taking has no last dose: "
                + "clear the date, or untick \"Still on treatment\"."));
    }

    @Test
    void aCourseThatIsNotOngoingNeedsItsLastDose() {
        assertThat(problemsOf(PatientRules.checkCourse(course("100", LocalDate.of(2024, 2, 1), null), TODAY, BORN)))
                .containsExactly(Map.entry("lastDoseOn", "Enter the date of the last dose, or tick \"Still on "
                        + "treatment\" if he is still taking it."));
    }

    @Test
    void onlyTheMostRecentCourseCanBeOngoing() {
        var later = new Saved(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 9, 1));
        assertThat(problemsOf(PatientRules.checkCourse(ongoing(LocalDate.of(2024, 2, 1), null), TODAY, BORN,
                List.of(later)))).containsExactly(Map.entry("ongoing", "Only the most recent course can be ongoing, "
                + "and the course of 1 Mar 2025 started later: enter this course's last dose."));
    }

    @Test
    void onlyOneCourseAtATimeCanBeOngoing() {
        var current = new Saved(LocalDate.of(2025, 3, 1), null);
        assertThat(problemsOf(PatientRules.checkCourse(ongoing(LocalDate.of(2025, 6, 1), null), TODAY, BORN,
                List.of(current)))).containsExactly(Map.entry("ongoing", "The course of 1 Mar 2025 is already marked "
                + "as ongoing: record its last dose before marking another one."));
    }

    @Test
    void aFinishedCourseCannotStartAfterTheOngoingOne() {
        var current = new Saved(LocalDate.of(2025, 3, 1), null);
        assertThat(problemsOf(PatientRules.checkCourse(course("100", LocalDate.of(2025, 6, 1), LocalDate.of(2025, 8, 1)),
                TODAY, BORN, List.of(current)))).containsExactly(Map.entry("startedOn", "This course starts after the "
                + "course of 1 Mar 2025, which is still ongoing: record the last dose of that course first."));
        // An earlier, finished cycle beside the ongoing course is what a history normally looks like.
        assertThat(problemsOf(PatientRules.checkCourse(course("100", LocalDate.of(2023, 6, 1), LocalDate.of(2023, 8, 1)),
                TODAY, BORN, List.of(current)))).isEmpty();
    }

    @Test
    void refusesANameTooLongOnceWrittenInLatinLetters() {
        // 100 characters each, allowed as typed; in Latin letters each Chinese character becomes a syllable.
        String given = "莊".repeat(100);
        String family = "爨".repeat(100);
        var problems = problemsOf(PatientRules.checkPatient(patient("HPG-9", given, family, LocalDate.of(1980, 1, 1)),
                TODAY));
        assertThat(problems).containsOnlyKeys("familyName");
        assertThat(problems.get("familyName")).startsWith("Written out in Latin letters for search, this name takes ")
                .endsWith("more than the 1000 the registry keeps: shorten the given or family name.");
    }

    @Test
    void readsBirthDatesInTheUsualForms() {
        assertThat(PatientService.parseBirthDate("1980-03-14")).contains(LocalDate.of(1980, 3, 14));
        assertThat(PatientService.parseBirthDate("14.03.1980")).contains(LocalDate.of(1980, 3, 14));
        assertThat(PatientService.parseBirthDate("14/3/1980")).contains(LocalDate.of(1980, 3, 14));
        assertThat(PatientService.parseBirthDate("Smith")).isEmpty();
    }
}
