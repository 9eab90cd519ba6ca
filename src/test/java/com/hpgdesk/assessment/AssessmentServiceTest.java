package com.hpgdesk.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.hpgdesk.DeskSpringTest;
import com.hpgdesk.assessment.engine.Assessment;
import com.hpgdesk.assessment.engine.RecoveryStatus;
import com.hpgdesk.assessment.engine.Verdict;
import com.hpgdesk.audit.AuditAction;
import com.hpgdesk.audit.AuditFilter;
import com.hpgdesk.audit.AuditTrail;
import com.hpgdesk.lab.MarkerKey;
import com.hpgdesk.lab.Unit;
import com.hpgdesk.lab.results.EnteredResult;
import com.hpgdesk.lab.results.LabService;
import com.hpgdesk.lab.results.LabTestPatients;
import com.hpgdesk.lifestyle.LifestyleDetails;
import com.hpgdesk.lifestyle.LifestyleMeasure;
import com.hpgdesk.lifestyle.LifestyleService;
import com.hpgdesk.patient.PatientService;
import com.hpgdesk.security.AccountService;
import com.hpgdesk.security.SystemActor;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

@DeskSpringTest
@WithUserDetails(value = "mhale", setupBefore = TestExecutionEvent.TEST_EXECUTION)
class AssessmentServiceTest {

    @Autowired
    AssessmentService assessments;
    @Autowired
    LabService labs;
    @Autowired
    LifestyleService lifestyle;
    @Autowired
    PatientService patients;
    @Autowired
    AccountService accounts;
    @Autowired
    AuditTrail audit;

    long patientId;
    LocalDate today;

    @BeforeEach
    void registerPatient() {
        patientId = LabTestPatients.register(patients, accounts, LocalDate.of(1984, 2, 3)).id();
        today = LocalDate.now(java.time.ZoneOffset.UTC);
    }

    @Test
    void gathersLabsAndLifestyleIntoTheTablesAndAuditsTheViewing() {
        labs.saveReport(patientId, today.minusDays(3), "Synlab", List.of(
                EnteredResult.of(new MarkerKey("HS_CRP"), "0.52", Unit.parse("mg/dL").orElseThrow()),
                EnteredResult.of(new MarkerKey("IL6"), "9.1", Unit.parse("pg/mL").orElseThrow())));
        lifestyle.record(patientId, LifestyleDetails.weekOf(today.minusDays(2))
                .with(LifestyleMeasure.FIBRE, "12").with(LifestyleMeasure.ADDED_SUGAR, "95")
                .with(LifestyleMeasure.PROCESSED_FOOD_SERVINGS, "12"));

        Assessment assessment = assessments.assess(patientId, today);

        assertThat(assessment.rulesVersion()).isEqualTo(assessments.rules().version());
        var inflammation = assessment.row("SYSTEMIC_INFLAMMATION").orElseThrow();
        assertThat(inflammation.verdict()).isEqualTo(Verdict.HINDERS_RECOVERY);
        assertThat(inflammation.evidence()).anyMatch(e -> e.input().equals("hs-CRP") && e.value().equals("0.52 mg/dL"));
        assertThat(assessment.row("DIETARY_COMPOSITION").orElseThrow().verdict()).isEqualTo(Verdict.HINDERS_RECOVERY);
        assertThat(assessment.status()).as("no androgen course recorded").isEqualTo(RecoveryStatus.NOT_ENOUGH_DATA);
        var records = SystemActor.call(() -> audit.list(PageRequest.of(0, 50),
                new AuditFilter(patientId, null, null, null)));
        assertThat(records).anyMatch(r -> r.getAction() == AuditAction.READ && r.getSubject().equals("marker tables")
                && r.getActor().equals("mhale"));
    }

    @Test
    void theSummaryIsRefreshedWhenALabReportIsSaved() {
        labs.saveReport(patientId, today.minusDays(1), null, List.of(
                EnteredResult.of(new MarkerKey("HS_CRP"), "6.1", Unit.parse("mg/L").orElseThrow())));

        // The summary is refreshed in the background once the save has committed: wait for it to show.
        AssessmentSummary summary = summaryWhen(patientId, found -> today.minusDays(1).equals(found.latestDataOn()));
        assertThat(summary.hinders()).isGreaterThanOrEqualTo(1);
        assertThat(summary.rulesVersion()).isEqualTo(assessments.rules().version());
        assertThat(summary.supports() + summary.hinders() + summary.mixed() + summary.notEnoughData()
                + summary.onTreatment()).isEqualTo(10);

        labs.saveReport(patientId, today, null, List.of(
                EnteredResult.of(new MarkerKey("HS_CRP"), "0.4", Unit.parse("mg/L").orElseThrow())));
        assertThat(summaryWhen(patientId, found -> today.equals(found.latestDataOn())).latestDataOn()).isEqualTo(today);
    }

    private AssessmentSummary summaryWhen(long patientId, java.util.function.Predicate<AssessmentSummary> state) {
        // Polled in the test's own thread, which is signed in.
        return org.awaitility.Awaitility.await().pollInSameThread().atMost(java.time.Duration.ofMinutes(2))
                .until(() -> assessments.summary(patientId).orElse(null), found -> found != null && state.test(found));
    }

    @Test
    void aRandomGlucoseIsShownAsNotUsedAndNeverFeedsHomaIr() {
        labs.saveReport(patientId, today.minusDays(2), "Synlab", List.of(
                EnteredResult.of(MarkerKey.GLUCOSE, "160", Unit.parse("mg/dL").orElseThrow()),
                EnteredResult.of(MarkerKey.INSULIN, "30", Unit.parse("µIU/mL").orElseThrow())));

        Assessment assessment = assessments.assess(patientId, today);

        var insulin = assessment.row("INSULIN_SENSITIVITY").orElseThrow();
        assertThat(insulin.evidence()).anySatisfy(evidence -> {
            assertThat(evidence.input()).isEqualTo("Fasting glucose (generic test)");
            assertThat(evidence.value()).isEqualTo("160 mg/dL");
            assertThat(evidence.date()).isEqualTo(today.minusDays(2));
            assertThat(evidence.push()).isEqualTo(com.hpgdesk.assessment.engine.Push.UNDECIDED);
            assertThat(evidence.note()).contains("not used");
        });
        assertThat(insulin.gaps()).anyMatch(gap -> gap.startsWith("Only a generic test on record for Fasting glucose"));
        assertThat(insulin.verdict()).as("a random glucose of 160 decides nothing").isEqualTo(Verdict.NOT_ENOUGH_DATA);
        assertThat(assessment.rows().flatMap(row -> row.evidence().stream()))
                .as("glucose and insulin not marked fasting never make a HOMA-IR")
                .noneMatch(evidence -> evidence.input().startsWith("HOMA-IR"));
        assertThat(insulin.gaps()).anyMatch(gap -> gap.contains("HOMA-IR"));
    }

    @Test
    void freeTestosteroneIsCalculatedForTheLeydigRowAndTheRecordedEnergyFiguresReachGnrhPulsatility() {
        labs.saveReport(patientId, today.minusDays(2), "Synlab", List.of(
                EnteredResult.of(MarkerKey.TOTAL_TESTOSTERONE, "300", Unit.parse("ng/dL").orElseThrow()),
                EnteredResult.of(MarkerKey.SHBG, "90", Unit.parse("nmol/L").orElseThrow()),
                EnteredResult.of(new MarkerKey("LH"), "6.0", Unit.parse("IU/L").orElseThrow())));
        lifestyle.record(patientId, LifestyleDetails.weekOf(today.minusDays(2))
                .with(LifestyleMeasure.CALORIE_DEFICIT, "1200").with(LifestyleMeasure.PSS10, "31"));

        Assessment assessment = assessments.assess(patientId, today);

        var leydig = assessment.row("LEYDIG_CELL_FUNCTION").orElseThrow();
        assertThat(leydig.evidence()).anySatisfy(evidence -> {
            assertThat(evidence.input()).isEqualTo("Free testosterone (calculated)");
            assertThat(evidence.value()).contains("pg/mL (Vermeulen", "SHBG 90 nmol/L", "albumin not measured");
            assertThat(evidence.push()).as("a high SHBG leaves little free testosterone")
                    .isEqualTo(com.hpgdesk.assessment.engine.Push.HINDERS);
        });
        var pulsatility = assessment.row("GNRH_PULSATILITY").orElseThrow();
        assertThat(pulsatility.evidence()).anyMatch(e -> e.input().equals("Calorie deficit")
                && e.push() == com.hpgdesk.assessment.engine.Push.HINDERS);
        assertThat(pulsatility.evidence()).anyMatch(e -> e.input().equals("PSS-10 score")
                && e.push() == com.hpgdesk.assessment.engine.Push.HINDERS);
    }

    @Test
    void anUnknownPatientIsRefused() {
        assertThatThrownBy(() -> assessments.assess(987_654_321L, today)).hasMessageContaining("No patient");
    }
}
