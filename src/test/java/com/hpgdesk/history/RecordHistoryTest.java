package com.hpgdesk.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.hpgdesk.DeskSpringTest;
import com.hpgdesk.audit.AuditAction;
import com.hpgdesk.audit.AuditFilter;
import com.hpgdesk.audit.AuditTrail;
import com.hpgdesk.lifestyle.LifestyleDetails;
import com.hpgdesk.lifestyle.LifestyleMeasure;
import com.hpgdesk.lifestyle.LifestyleService;
import com.hpgdesk.patient.Compound;
import com.hpgdesk.patient.CourseDetails;
import com.hpgdesk.patient.CourseKind;
import com.hpgdesk.patient.DoseUnit;
import com.hpgdesk.patient.PatientDetails;
import com.hpgdesk.patient.PatientService;
import com.hpgdesk.security.AccountService;
import com.hpgdesk.security.SystemActor;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.IllegalTransactionStateException;

/**
 * Issue 11: androgen courses and lifestyle weeks were deleted outright and edits of patients kept no earlier values.
 * Now an edit and then a deletion leave both earlier versions readable, with who replaced them and when.
 */
@DeskSpringTest
@WithUserDetails(value = "mhale", setupBefore = TestExecutionEvent.TEST_EXECUTION)
class RecordHistoryTest {

    @Autowired
    RecordHistory history;
    @Autowired
    PatientService patients;
    @Autowired
    LifestyleService lifestyle;
    @Autowired
    AccountService accounts;
    @Autowired
    AuditTrail audit;

    @Test
    void anEditedThenDeletedCourseLeavesBothEarlierVersionsWithWhoAndWhen() {
        long patient = newPatient("Paweł", "Kowalczyk");
        LocalDate today = patients.today();
        var course = patients.addCourse(patient, course(new BigDecimal("120"), today.minusYears(2)));
        var edited = patients.updateCourse(course.getId(), course.getVersion(),
                course(new BigDecimal("150"), today.minusYears(2)));
        patients.removeCourse(edited.getId(), edited.getVersion());

        var versions = history.versionsOfPatient(patient, RecordKind.ANDROGEN_COURSE);

        assertThat(versions).hasSize(2);
        var deleted = versions.get(0);
        var beforeEdit = versions.get(1);
        assertThat(deleted.getChange()).isEqualTo(RecordVersion.Change.DELETE);
        assertThat(deleted.getEarlier()).contains("Dose amount: 150").contains("Kind: TRT");
        assertThat(beforeEdit.getChange()).isEqualTo(RecordVersion.Change.UPDATE);
        assertThat(beforeEdit.getEarlier()).contains("Dose amount: 120").contains("Started on: " + today.minusYears(2));
        assertThat(versions).allSatisfy(version -> {
            assertThat(version.getChangedBy()).isEqualTo("mhale");
            assertThat(version.getChangedAt()).isNotNull();
            assertThat(version.getRecordId()).isEqualTo(course.getId());
        });
        assertThat(history.versionsOf(RecordKind.ANDROGEN_COURSE, course.getId())).hasSize(2);
        assertThat(SystemActor.call(() -> audit.list(PageRequest.of(0, 50), AuditFilter.ALL.withPatientId(patient)
                .withAction(AuditAction.READ).withActor("mhale")))).extracting(record -> record.getDetail())
                .contains("Viewed the history of the patient's androgen course records",
                        "Viewed the history of the androgen course");
    }

    @Test
    void anEditedThenDeletedLifestyleWeekLeavesBothEarlierVersions() {
        long patient = newPatient("Tomás", "Weekly");
        LocalDate monday = patients.today().with(java.time.DayOfWeek.MONDAY).minusWeeks(1);
        var week = lifestyle.record(patient, LifestyleDetails.weekOf(monday).with(LifestyleMeasure.SLEEP_HOURS, "6"));
        var changed = lifestyle.update(week.id(), week.getVersion(),
                LifestyleDetails.weekOf(monday).with(LifestyleMeasure.SLEEP_HOURS, "7.5"));
        lifestyle.delete(changed.id(), changed.getVersion());

        var versions = history.versionsOf(RecordKind.LIFESTYLE_WEEK, week.id());

        assertThat(versions).extracting(RecordVersion::getChange)
                .containsExactly(RecordVersion.Change.DELETE, RecordVersion.Change.UPDATE);
        assertThat(versions.get(0).getEarlier()).contains("7.5");
        assertThat(versions.get(1).getEarlier()).contains("Week of: " + monday).doesNotContain("7.5");
        assertThat(versions).allMatch(version -> version.getChangedBy().equals("mhale"));
    }

    @Test
    void everyEditOfAPatientKeepsWhatHeWasBefore() {
        long patient = newPatient("Дмитрий", "Соколов");
        var before = patients.open(patient).orElseThrow().patient();
        var renamed = patients.update(patient, before.getVersion(), withFamilyName(before.details(), "Sokolov-Hale"));
        patients.discharge(patient, renamed.getVersion(), patients.today(), "Moved away");

        var versions = history.versionsOf(RecordKind.PATIENT, patient);

        assertThat(versions).hasSize(2);
        assertThat(versions.get(0).getEarlier()).contains("Family name: Sokolov-Hale").contains("Status: ACTIVE");
        assertThat(versions.get(1).getEarlier()).contains("Family name: Соколов").contains("Given name: Дмитрий");
    }

    @Test
    void aVersionIsKeptOnlyInsideTheTransactionOfItsChange() {
        assertThatThrownBy(() -> history.keep(RecordKind.PATIENT, 1, 1, RecordVersion.Change.UPDATE, "Name: x"))
                .isInstanceOf(IllegalTransactionStateException.class);
    }

    @Test
    @WithUserDetails(value = "rlee", setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void aReviewerReadsHistoryButKeepsNone() {
        assertThat(history.versionsOfPatient(Long.MAX_VALUE, RecordKind.LIFESTYLE_WEEK)).isEmpty();
        assertThatThrownBy(() -> history.keep(RecordKind.PATIENT, 1, 1, RecordVersion.Change.UPDATE, "x"))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void labelsReadLikeTheForm() {
        assertThat(RecordHistory.label("dateOfBirth")).isEqualTo("Date of birth");
        assertThat(RecordHistory.label("baselineTestosteroneNgPerDl")).isEqualTo("Baseline testosterone ng per dl");
    }

    private long newPatient(String given, String family) {
        return SystemActor.call(() -> {
            long clinician = accounts.listActiveClinicians().stream()
                    .filter(account -> account.getUsername().equals("mhale")).findFirst().orElseThrow().getId();
            return patients.register(new PatientDetails("HI-" + UUID.randomUUID().toString().substring(0, 12), given,
                    family, LocalDate.of(1985, 6, 1), null, null, null, clinician, null, null, null)).id();
        });
    }

    private static CourseDetails course(BigDecimal dose, LocalDate start) {
        return new CourseDetails(CourseKind.TRT, Set.of(Compound.TESTOSTERONE_CYPIONATE), null, dose, DoseUnit.MG, 7,
                start, start.plusYears(1), null, false);
    }

    private static PatientDetails withFamilyName(PatientDetails details, String family) {
        return new PatientDetails(details.recordNumber(), details.givenName(), family, details.dateOfBirth(),
                details.email(), details.phone(), details.address(), details.responsibleClinicianId(),
                details.baselineTestosteroneNgPerDl(), details.baselineSpermMillionPerMl(), details.baselineNote());
    }
}
