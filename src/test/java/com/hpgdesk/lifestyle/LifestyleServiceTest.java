package com.hpgdesk.lifestyle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.hpgdesk.DeskSpringTest;
import com.hpgdesk.audit.AuditAction;
import com.hpgdesk.audit.AuditFilter;
import com.hpgdesk.audit.AuditRecord;
import com.hpgdesk.audit.AuditTrail;
import com.hpgdesk.base.ConcurrentEditException;
import com.hpgdesk.base.InvalidInputException;
import com.hpgdesk.patient.PatientDetails;
import com.hpgdesk.patient.PatientService;
import com.hpgdesk.security.AccountService;
import com.hpgdesk.security.SystemActor;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.security.test.context.support.WithUserDetails;

@DeskSpringTest
@WithUserDetails(value = "mhale", setupBefore = TestExecutionEvent.TEST_EXECUTION)
class LifestyleServiceTest {

    @Autowired
    LifestyleService lifestyle;
    @Autowired
    PatientService patients;
    @Autowired
    AccountService accounts;
    @Autowired
    AuditTrail audit;

    static long newPatient(PatientService patients, AccountService accounts) {
        return SystemActor.call(() -> {
            long clinician = accounts.listActiveClinicians().stream()
                    .filter(account -> account.getUsername().equals("mhale")).findFirst().orElseThrow().getId();
            var details = new PatientDetails("LS-" + UUID.randomUUID().toString().substring(0, 12), "Tomás",
                    "Lifestyle", LocalDate.of(1985, 6, 1), null, null, null, clinician, null, null, null);
            return patients.register(details).id();
        });
    }

    private LocalDate thisWeek() {
        return LifestyleRules.weekStart(lifestyle.today());
    }

    @Test
    void recordsAWeekUnderItsMondayWithBmiDerived() {
        long patient = newPatient(patients, accounts);
        var entry = lifestyle.record(patient, LifestyleDetails.weekOf(thisWeek().minusWeeks(1).plusDays(3))
                .with(LifestyleMeasure.WEIGHT, "80").with(LifestyleMeasure.HEIGHT, "180")
                .answer(LifestyleMeasure.FREQUENT_GI_SYMPTOMS, false));

        assertThat(entry.getWeekOf()).isEqualTo(thisWeek().minusWeeks(1));
        assertThat(entry.bmi()).contains(new BigDecimal("24.7"));
        assertThat(entry.answer(LifestyleMeasure.FREQUENT_GI_SYMPTOMS)).contains(false);
        assertThat(entry.number(LifestyleMeasure.SLEEP_HOURS)).isEmpty();
        assertThat(entry.getRecordedBy()).isEqualTo("mhale");
    }

    @Test
    void aSecondEntryForTheSameWeekIsRefused() {
        long patient = newPatient(patients, accounts);
        lifestyle.record(patient, LifestyleDetails.weekOf(thisWeek()).with(LifestyleMeasure.SLEEP_HOURS, "7"));

        assertThatThrownBy(() -> lifestyle.record(patient, LifestyleDetails.weekOf(thisWeek().plusDays(2))
                .with(LifestyleMeasure.STRESS, "4")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors().get("weekOf"))
                        .startsWith("The week starting ").endsWith("already has an entry: open it to change it."));
        assertThat(lifestyle.listEntries(patient)).hasSize(1);
    }

    @Test
    void outOfBoundsValuesAreRefusedAndNothingIsSaved() {
        long patient = newPatient(patients, accounts);
        assertThatThrownBy(() -> lifestyle.record(patient, LifestyleDetails.weekOf(thisWeek())
                .with(LifestyleMeasure.SLEEP_HOURS, "20")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("sleepHours", "Sleep must be between 0 and 16 hours a night."));
        assertThat(lifestyle.listEntries(patient)).isEmpty();
    }

    @Test
    void anUpdateWithAStaleVersionIsRefusedAndTheNewerChangeKept() {
        long patient = newPatient(patients, accounts);
        var entry = lifestyle.record(patient, LifestyleDetails.weekOf(thisWeek()).with(LifestyleMeasure.SLEEP_HOURS, "7"));
        long opened = entry.getVersion();
        lifestyle.update(entry.id(), opened, entry.details().with(LifestyleMeasure.SLEEP_HOURS, "6.5"));

        assertThatThrownBy(() -> lifestyle.update(entry.id(), opened, entry.details()
                .with(LifestyleMeasure.SLEEP_HOURS, "9"))).isInstanceOf(ConcurrentEditException.class);
        assertThatThrownBy(() -> lifestyle.delete(entry.id(), opened)).isInstanceOf(ConcurrentEditException.class);
        assertThat(lifestyle.series(patient, LifestyleMeasure.SLEEP_HOURS))
                .extracting(LifestyleService.WeekValue::value).containsExactly(new BigDecimal("6.5"));
    }

    @Test
    void seriesListsTheWeeksWithAValueOldestFirst() {
        long patient = newPatient(patients, accounts);
        lifestyle.recordAll(patient, List.of(
                LifestyleDetails.weekOf(thisWeek()).with(LifestyleMeasure.WEIGHT, "79.5"),
                LifestyleDetails.weekOf(thisWeek().minusWeeks(2)).with(LifestyleMeasure.WEIGHT, "81"),
                LifestyleDetails.weekOf(thisWeek().minusWeeks(1)).with(LifestyleMeasure.STRESS, "3")));

        assertThat(lifestyle.series(patient, LifestyleMeasure.WEIGHT)).containsExactly(
                new LifestyleService.WeekValue(thisWeek().minusWeeks(2), new BigDecimal("81")),
                new LifestyleService.WeekValue(thisWeek(), new BigDecimal("79.5")));
        assertThat(lifestyle.listEntries(patient)).extracting(LifestyleEntry::getWeekOf)
                .containsExactly(thisWeek(), thisWeek().minusWeeks(1), thisWeek().minusWeeks(2));
    }

    @Test
    void recordAllIsAllOrNothing() {
        long patient = newPatient(patients, accounts);
        assertThatThrownBy(() -> lifestyle.recordAll(patient, List.of(
                LifestyleDetails.weekOf(thisWeek().minusWeeks(1)).with(LifestyleMeasure.WEIGHT, "80"),
                LifestyleDetails.weekOf(thisWeek()).with(LifestyleMeasure.WEIGHT, "900"))))
                .isInstanceOf(InvalidInputException.class);
        assertThat(lifestyle.listEntries(patient)).isEmpty();
    }

    @Test
    void changesAndReadsAreAuditedWithoutTheValues() {
        long patient = newPatient(patients, accounts);
        LocalDate week = thisWeek().minusWeeks(3);
        var entry = lifestyle.record(patient, LifestyleDetails.weekOf(week).with(LifestyleMeasure.ALCOHOL_DRINKS, "21"));
        var changed = lifestyle.update(entry.id(), entry.getVersion(), entry.details()
                .with(LifestyleMeasure.ALCOHOL_DRINKS, "12"));
        lifestyle.listEntries(patient);
        lifestyle.delete(changed.id(), changed.getVersion());

        List<AuditRecord> trail = SystemActor.call(() -> audit.list(PageRequest.of(0, 20),
                new AuditFilter(patient, null, null, null)));
        assertThat(trail).extracting(AuditRecord::getAction, AuditRecord::getSubject, AuditRecord::getDetail)
                .contains(
                        org.assertj.core.groups.Tuple.tuple(AuditAction.CREATE, "lifestyle entry " + entry.id(),
                                "Recorded the week of " + week),
                        org.assertj.core.groups.Tuple.tuple(AuditAction.UPDATE, "lifestyle entry " + entry.id(),
                                "Changed the week of " + week),
                        org.assertj.core.groups.Tuple.tuple(AuditAction.READ, "lifestyle entries",
                                "Viewed 1 weekly entry"),
                        org.assertj.core.groups.Tuple.tuple(AuditAction.DELETE, "lifestyle entry " + entry.id(),
                                "Deleted the week of " + week));
        assertThat(trail).allSatisfy(record -> assertThat(record.getDetail()).doesNotContainIgnoringCase("drinks"));
        assertThat(trail).filteredOn(record -> record.getSubject().startsWith("lifestyle"))
                .allSatisfy(record -> assertThat(record.getActor()).isEqualTo("mhale"));
    }

    @Test
    void theEnergyAndGutInputsRoundTripAndAnUnansweredQuestionStaysUnanswered() {
        long patient = newPatient(patients, accounts);
        var entry = lifestyle.record(patient, LifestyleDetails.weekOf(thisWeek())
                .with(LifestyleMeasure.FERMENTABLE_FIBRE, "8.5")
                .with(LifestyleMeasure.GLYCAEMIC_LOAD, "140")
                .with(LifestyleMeasure.CALORIE_DEFICIT, "750")
                .with(LifestyleMeasure.ENDURANCE_MINUTES, "600")
                .with(LifestyleMeasure.PSS10, "27")
                .with(LifestyleMeasure.WEIGHT_LOST, "4.5")
                .answer(LifestyleMeasure.ENERGY_DEFICIT, false));

        var stored = lifestyle.listEntries(patient).getFirst();
        assertThat(stored.id()).isEqualTo(entry.id());
        assertThat(stored.number(LifestyleMeasure.FERMENTABLE_FIBRE)).contains(new BigDecimal("8.5"));
        assertThat(stored.number(LifestyleMeasure.GLYCAEMIC_LOAD)).contains(new BigDecimal("1.4E+2"));
        assertThat(stored.number(LifestyleMeasure.CALORIE_DEFICIT)).contains(new BigDecimal("7.5E+2"));
        assertThat(stored.number(LifestyleMeasure.ENDURANCE_MINUTES)).contains(new BigDecimal("6E+2"));
        assertThat(stored.number(LifestyleMeasure.PSS10)).contains(new BigDecimal("27"));
        assertThat(stored.number(LifestyleMeasure.WEIGHT_LOST)).contains(new BigDecimal("4.5"));
        assertThat(stored.answer(LifestyleMeasure.ENERGY_DEFICIT)).contains(false);
        assertThat(stored.answer(LifestyleMeasure.FREQUENT_GI_SYMPTOMS)).as("never asked, so not a no").isEmpty();
        assertThat(stored.details().answers()).containsOnlyKeys(LifestyleMeasure.ENERGY_DEFICIT);
        assertThat(lifestyle.series(patient, LifestyleMeasure.ENDURANCE_MINUTES))
                .extracting(LifestyleService.WeekValue::value).containsExactly(new BigDecimal("6E+2"));
    }

    @Test
    void aPss10ScoreAboveFortyIsRefusedAndNothingIsSaved() {
        long patient = newPatient(patients, accounts);
        assertThatThrownBy(() -> lifestyle.record(patient, LifestyleDetails.weekOf(thisWeek())
                .with(LifestyleMeasure.PSS10, "41").with(LifestyleMeasure.SLEEP_HOURS, "7")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsOnlyKeys("pss10")
                        .containsEntry("pss10", "PSS-10 score (past month) must be between 0 and 40 points."));
        assertThat(lifestyle.listEntries(patient)).isEmpty();
    }

    @Test
    void latestGivesEachMeasuresNewestValueInTheWindowWithItsWeek() {
        long patient = newPatient(patients, accounts);
        LocalDate asOf = thisWeek().minusWeeks(1).plusDays(2);
        lifestyle.recordAll(patient, List.of(
                // after the date asked about: left out
                LifestyleDetails.weekOf(thisWeek()).with(LifestyleMeasure.SLEEP_HOURS, "4")
                        .answer(LifestyleMeasure.FREQUENT_GI_SYMPTOMS, true),
                LifestyleDetails.weekOf(thisWeek().minusWeeks(1)).with(LifestyleMeasure.SLEEP_HOURS, "7.5")
                        .answer(LifestyleMeasure.ENERGY_DEFICIT, false),
                LifestyleDetails.weekOf(thisWeek().minusWeeks(3)).with(LifestyleMeasure.SLEEP_HOURS, "6")
                        .with(LifestyleMeasure.WEIGHT, "82").with(LifestyleMeasure.HEIGHT, "180")
                        .answer(LifestyleMeasure.ENERGY_DEFICIT, true),
                // older than the window: left out
                LifestyleDetails.weekOf(thisWeek().minusWeeks(9)).with(LifestyleMeasure.PSS10, "30")));

        var latest = lifestyle.latest(patient, asOf, java.time.Period.ofWeeks(4));

        assertThat(latest.since()).isEqualTo(thisWeek().minusWeeks(5));
        assertThat(latest.number(LifestyleMeasure.SLEEP_HOURS)).contains(
                new LifestyleService.WeekValue(thisWeek().minusWeeks(1), new BigDecimal("7.5")));
        assertThat(latest.number(LifestyleMeasure.WEIGHT)).contains(
                new LifestyleService.WeekValue(thisWeek().minusWeeks(3), new BigDecimal("82")));
        assertThat(latest.number(LifestyleMeasure.BMI)).contains(
                new LifestyleService.WeekValue(thisWeek().minusWeeks(3), new BigDecimal("25.3")));
        assertThat(latest.answer(LifestyleMeasure.ENERGY_DEFICIT)).contains(
                new LifestyleService.WeekAnswer(thisWeek().minusWeeks(1), false));
        assertThat(latest.answer(LifestyleMeasure.FREQUENT_GI_SYMPTOMS)).isEmpty();
        assertThat(latest.number(LifestyleMeasure.PSS10)).isEmpty();
        assertThat(latest.missing()).contains(LifestyleMeasure.FREQUENT_GI_SYMPTOMS, LifestyleMeasure.PSS10,
                LifestyleMeasure.ENDURANCE_MINUTES).doesNotContain(LifestyleMeasure.SLEEP_HOURS,
                LifestyleMeasure.ENERGY_DEFICIT, LifestyleMeasure.BMI);

        List<AuditRecord> trail = SystemActor.call(() -> audit.list(PageRequest.of(0, 20),
                new AuditFilter(patient, null, null, null)));
        assertThat(trail).extracting(AuditRecord::getAction, AuditRecord::getDetail).contains(
                org.assertj.core.groups.Tuple.tuple(AuditAction.READ,
                        "Viewed the latest lifestyle values of 2 weeks up to " + asOf));
    }

    @Test
    @WithMockUser(roles = "OTHER")
    void aUserWithoutTheClinicianRoleIsTurnedAway() {
        assertThatThrownBy(() -> lifestyle.listEntries(1)).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> lifestyle.record(1, LifestyleDetails.weekOf(LocalDate.of(2026, 1, 5))
                .with(LifestyleMeasure.SLEEP_HOURS, "7"))).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> lifestyle.series(1, LifestyleMeasure.WEIGHT))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> lifestyle.latest(1, LocalDate.of(2026, 1, 5), java.time.Period.ofWeeks(4)))
                .isInstanceOf(AuthorizationDeniedException.class);
    }
}
