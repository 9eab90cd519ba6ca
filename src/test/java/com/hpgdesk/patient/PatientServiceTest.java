package com.hpgdesk.patient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.hpgdesk.DeskSpringTest;
import com.hpgdesk.audit.AuditAction;
import com.hpgdesk.audit.AuditFilter;
import com.hpgdesk.audit.AuditRecord;
import com.hpgdesk.audit.AuditTrail;
import com.hpgdesk.base.ConcurrentEditException;
import com.hpgdesk.base.InvalidInputException;
import com.hpgdesk.security.AccountService;
import com.hpgdesk.security.SystemActor;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

@DeskSpringTest
class PatientServiceTest {

    @Autowired
    PatientService patients;

    @Autowired
    AccountService accounts;

    @Autowired
    AuditTrail audit;

    @Autowired
    JdbcTemplate jdbc;

    private long clinicianId() {
        return SystemActor.call(() -> accounts.listActiveClinicians().stream()
                .filter(a -> a.getUsername().equals("mhale")).findFirst().orElseThrow().getId());
    }

    private static String uniqueRecordNumber() {
        return "T-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    private PatientDetails details(String recordNumber, String given, String family) {
        return new PatientDetails(recordNumber, given, family, LocalDate.of(1984, 5, 17), "p@example.org", null,
                null, clinicianId(), null, null, null);
    }

    private Patient register(String given, String family) {
        return SystemActor.call(() -> patients.register(details(uniqueRecordNumber(), given, family)));
    }

    private List<AuditRecord> auditOf(long patientId) {
        return SystemActor.call(() -> audit.list(PageRequest.of(0, 50), AuditFilter.ALL.withPatientId(patientId)));
    }

    @Test
    void storesNamesAndNotesExactlyAsTyped() {
        String given = "Zoë <script>alert('x')</script>";
        String family = "Дмитриев-李 😀";
        var patient = register(given, family);
        String note = "Étape 2: <b>not bold</b> & \"quoted\" — Ωμέγα 🙂";
        SystemActor.run(() -> patients.addNote(patient.id(), patients.today(), note));

        var record = SystemActor.call(() -> patients.open(patient.id())).orElseThrow();
        assertThat(record.patient().getGivenName()).isEqualTo(given);
        assertThat(record.patient().getFamilyName()).isEqualTo(family);
        assertThat(record.notes()).extracting(ClinicalNote::getBody).containsExactly(note);
    }

    @Test
    void refusesADuplicateRecordNumberAndSavesNothing() {
        var first = register("Adam", "First");
        long before = SystemActor.call(() -> patients.count(PatientQuery.ALL));
        assertThatThrownBy(() -> SystemActor.call(() ->
                patients.register(details(first.getRecordNumber().toLowerCase(), "Other", "Man"))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("recordNumber",
                                "Record number " + first.getRecordNumber().toLowerCase()
                                        + " already belongs to another patient."));
        assertThat(SystemActor.call(() -> patients.count(PatientQuery.ALL))).isEqualTo(before);
    }

    @Test
    void findsPatientsByFoldedNameRecordNumberAndBirthDate() {
        String family = "Ødegård" + UUID.randomUUID().toString().substring(0, 4);
        var patient = register("Zoë", family);
        var page = PageRequest.of(0, 20);
        var byName = SystemActor.call(() -> patients.search(new PatientQuery("zoe " + NameFolding.fold(family), null, null), page));
        assertThat(byName).extracting(Patient::getId).containsExactly(patient.getId());
        var byRecord = SystemActor.call(() -> patients.search(
                new PatientQuery(patient.getRecordNumber().toLowerCase(), null, null), page));
        assertThat(byRecord).extracting(Patient::getId).containsExactly(patient.getId());
        var byBirth = SystemActor.call(() -> patients.search(new PatientQuery("17.05.1984", null, null),
                PageRequest.of(0, 1000)));
        assertThat(byBirth).extracting(Patient::getId).contains(patient.getId());
        assertThat(byBirth).allMatch(p -> p.getDateOfBirth().equals(LocalDate.of(1984, 5, 17)));
    }

    @Test
    void theSecondOfTwoInterleavedEditsIsRefusedAndTheFirstKept() {
        var patient = register("Carl", "Concurrent");
        // Two clinicians open the same record.
        var seenByFirst = SystemActor.call(() -> patients.open(patient.id())).orElseThrow().patient();
        var seenBySecond = SystemActor.call(() -> patients.open(patient.id())).orElseThrow().patient();

        var firstEdit = seenByFirst.details();
        SystemActor.run(() -> patients.update(patient.id(), seenByFirst.getVersion(), new PatientDetails(
                firstEdit.recordNumber(), firstEdit.givenName(), firstEdit.familyName(), firstEdit.dateOfBirth(),
                "first@example.org", firstEdit.phone(), firstEdit.address(), firstEdit.responsibleClinicianId(),
                null, null, null)));

        var secondEdit = seenBySecond.details();
        assertThatThrownBy(() -> SystemActor.run(() -> patients.update(patient.id(), seenBySecond.getVersion(),
                new PatientDetails(secondEdit.recordNumber(), secondEdit.givenName(), secondEdit.familyName(),
                        secondEdit.dateOfBirth(), "second@example.org", null, null,
                        secondEdit.responsibleClinicianId(), null, null, null))))
                .isInstanceOf(ConcurrentEditException.class);

        var stored = SystemActor.call(() -> patients.open(patient.id())).orElseThrow().patient();
        assertThat(stored.getEmail()).isEqualTo("first@example.org");
    }

    @Test
    void everyReadAndChangeLeavesAnAuditRecordWithoutClinicalValues() {
        var patient = register("Audited", "Person");
        SystemActor.run(() -> patients.open(patient.id()));
        SystemActor.run(() -> patients.addCourse(patient.id(), new CourseDetails(CourseKind.TRT,
                Set.of(Compound.TESTOSTERONE_GEL), null, new BigDecimal("50"), DoseUnit.MG, 1,
                LocalDate.of(2024, 1, 1), LocalDate.of(2025, 1, 1), null)));

        var records = auditOf(patient.id());
        assertThat(records).extracting(AuditRecord::getAction)
                .contains(AuditAction.CREATE, AuditAction.READ);
        assertThat(records).extracting(AuditRecord::getActor).containsOnly(SystemActor.NAME);
        assertThat(records).extracting(AuditRecord::getDetail).noneMatch(detail -> detail.contains("50"));
    }

    @Test
    void theRecoveryClockFollowsTheCourses() {
        var patient = register("Clock", "Watcher");
        var today = SystemActor.call(patients::today);
        SystemActor.run(() -> patients.addCourse(patient.id(), new CourseDetails(CourseKind.TRT,
                Set.of(Compound.TESTOSTERONE_CYPIONATE), null, new BigDecimal("120"), DoseUnit.MG, 7,
                today.minusYears(2), today.minusWeeks(11), null)));
        var clock = SystemActor.call(() -> patients.open(patient.id())).orElseThrow().recoveryClock().orElseThrow();
        assertThat(clock.weeksSinceEnd()).hasValue(10);
    }

    private static CourseDetails weeklyCypionate(LocalDate start, @Nullable LocalDate lastDose, boolean ongoing) {
        return new CourseDetails(CourseKind.TRT, Set.of(Compound.TESTOSTERONE_CYPIONATE), null, new BigDecimal("120"),
                DoseUnit.MG, 7, start, lastDose, null, ongoing);
    }

    @Test
    void anOngoingCourseIsStoredWithoutALastDoseAndPutsThePatientOnTreatment() {
        var patient = register("Still", "Injecting");
        var today = SystemActor.call(patients::today);
        SystemActor.run(() -> patients.addCourse(patient.id(), weeklyCypionate(today.minusYears(3), today.minusYears(2),
                false)));
        var current = SystemActor.call(() -> patients.addCourse(patient.id(),
                weeklyCypionate(today.minusYears(1), null, true)));

        var record = SystemActor.call(() -> patients.open(patient.id())).orElseThrow();
        var stored = record.courses().stream().filter(c -> c.getId().equals(current.getId())).findFirst().orElseThrow();
        assertThat(stored.getLastDoseOn()).isNull();
        assertThat(stored.isOngoing()).isTrue();
        assertThat(stored.endOfTreatment()).isEmpty();
        assertThat(stored.details().ongoing()).isTrue();
        var clock = record.recoveryClock().orElseThrow();
        assertThat(clock.isOnTreatment()).isTrue();
        assertThat(clock.weeksSinceEnd()).isEmpty();
        assertThat(clock.onTreatmentSince()).contains(today.minusYears(1));
        assertThat(SystemActor.call(() -> patients.recoveryClocks(List.of(patient.id()))).get(patient.id())
                .shortText()).isEqualTo("On treatment");

        // He stops: the last dose is recorded and the clock starts counting from it.
        SystemActor.run(() -> patients.updateCourse(current.getId(), current.getVersion(),
                weeklyCypionate(today.minusYears(1), today.minusWeeks(5), false)));
        var after = SystemActor.call(() -> patients.open(patient.id())).orElseThrow().recoveryClock().orElseThrow();
        assertThat(after.isOnTreatment()).isFalse();
        assertThat(after.weeksSinceEnd()).hasValue(4);
    }

    @Test
    void aSecondOngoingCourseIsRefusedAtItsFieldAndNothingIsSaved() {
        var patient = register("Two", "Ongoing");
        var today = SystemActor.call(patients::today);
        SystemActor.run(() -> patients.addCourse(patient.id(), weeklyCypionate(today.minusYears(1), null, true)));
        assertThatThrownBy(() -> SystemActor.run(() -> patients.addCourse(patient.id(),
                weeklyCypionate(today.minusMonths(2), null, true))))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsOnlyKeys("ongoing"));
        assertThatThrownBy(() -> SystemActor.run(() -> patients.addCourse(patient.id(),
                weeklyCypionate(today.minusMonths(2), today.minusMonths(1), false))))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsOnlyKeys("startedOn"));
        assertThat(SystemActor.call(() -> patients.open(patient.id())).orElseThrow().courses()).hasSize(1);
    }

    @Test
    void theDatabaseAllowsOneOngoingCoursePerPatientAndNoLastDoseOnIt() {
        var patient = register("Database", "Guard");
        var today = SystemActor.call(patients::today);
        SystemActor.run(() -> patients.addCourse(patient.id(), weeklyCypionate(today.minusYears(1), null, true)));
        String insert = "insert into androgen_course (patient_id, kind, dose_amount, dose_unit, dosing_interval_days, "
                + "started_on, last_dose_on, ongoing_patient_id) values (?, 'TRT', 100, 'MG', 7, ?, ?, ?)";
        // A second ongoing course, e.g. from two saves at the same moment.
        assertThatThrownBy(() -> jdbc.update(insert, patient.id(), today.minusMonths(1), null, patient.id()))
                .isInstanceOf(DataIntegrityViolationException.class);
        // A course marked ongoing that has a last dose, and one with neither.
        assertThatThrownBy(() -> jdbc.update(insert, patient.id(), today.minusMonths(3), today.minusMonths(2),
                patient.id())).isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.update(insert, patient.id(), today.minusMonths(3), null, null))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThat(SystemActor.call(() -> patients.open(patient.id())).orElseThrow().courses()).hasSize(1);
    }

    @Test
    void aNameTooLongInLatinLettersGetsAFieldMessageNotADatabaseError() {
        long before = SystemActor.call(() -> patients.count(PatientQuery.ALL));
        assertThatThrownBy(() -> SystemActor.call(() -> patients.register(details(uniqueRecordNumber(),
                "莊".repeat(100), "爨".repeat(100)))))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsOnlyKeys("familyName"));
        assertThat(SystemActor.call(() -> patients.count(PatientQuery.ALL))).isEqualTo(before);
        // Just as long in characters, but short in Latin letters: accepted and stored whole.
        var longButFine = register("Ä".repeat(100), "Ø".repeat(100));
        assertThat(longButFine.getFamilyName()).hasSize(100);
    }

    @Test
    void anInvalidCourseSavesNothing() {
        var patient = register("Half", "Saved");
        assertThatThrownBy(() -> SystemActor.run(() -> patients.addCourse(patient.id(), new CourseDetails(
                CourseKind.TRT, Set.of(Compound.TESTOSTERONE_GEL), null, new BigDecimal("-1"), DoseUnit.MG, 1,
                LocalDate.of(2025, 5, 1), LocalDate.of(2025, 4, 1), null))))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsKeys("doseAmount", "lastDoseOn"));
        assertThat(SystemActor.call(() -> patients.open(patient.id())).orElseThrow().courses()).isEmpty();
    }

    @Test
    void dischargeNeedsAReason() {
        var patient = register("Leaving", "Soon");
        assertThatThrownBy(() -> SystemActor.run(() ->
                patients.discharge(patient.id(), patient.getVersion(), patients.today(), " ")))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsKey("dischargeReason"));
        var discharged = SystemActor.call(() ->
                patients.discharge(patient.id(), patient.getVersion(), patients.today(), "Recovered; back to GP care"));
        assertThat(discharged.getStatus()).isEqualTo(PatientStatus.DISCHARGED);
    }

    @Test
    @WithMockUser(roles = "RECEPTIONIST")
    void onlyCliniciansMayReadPatients() {
        assertThatThrownBy(() -> patients.count(PatientQuery.ALL)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> patients.open(1L)).isInstanceOf(AccessDeniedException.class);
    }
}
