package com.hpgdesk.patient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.hpgdesk.base.InvalidInputException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
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

    private static CourseDetails course(String dose, LocalDate start, LocalDate last) {
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

    @Test
    void foldsNamesForSearchAcrossScriptsAndAccents() {
        assertThat(Patient.fold("Zoë Ødegård")).isEqualTo("zoe ødegard");
        assertThat(Patient.fold("Дмитрий")).isEqualTo("дмитрии");
        assertThat(Patient.fold("Γιώργος")).isEqualTo("γιωργος");
    }

    @Test
    void readsBirthDatesInTheUsualForms() {
        assertThat(PatientService.parseBirthDate("1980-03-14")).contains(LocalDate.of(1980, 3, 14));
        assertThat(PatientService.parseBirthDate("14.03.1980")).contains(LocalDate.of(1980, 3, 14));
        assertThat(PatientService.parseBirthDate("14/3/1980")).contains(LocalDate.of(1980, 3, 14));
        assertThat(PatientService.parseBirthDate("Smith")).isEmpty();
    }
}
