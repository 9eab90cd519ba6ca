package com.hpgdesk.assessment.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.hpgdesk.DeskSpringTest;
import com.hpgdesk.assessment.AssessmentService;
import com.hpgdesk.assessment.engine.RecoveryStatus;
import com.hpgdesk.lab.results.LabTestPatients;
import com.hpgdesk.patient.Patient;
import com.hpgdesk.patient.PatientQuery;
import com.hpgdesk.patient.PatientService;
import com.hpgdesk.security.AccountService;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.icon.Icon;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

@DeskSpringTest
@WithUserDetails(value = "mhale", setupBefore = TestExecutionEvent.TEST_EXECUTION)
class RecoveryStatusBadgeTest extends SpringBrowserlessTest {

    @Autowired
    AssessmentService assessments;
    @Autowired
    PatientService patients;
    @Autowired
    AccountService accounts;

    private RecoveryStatusBadge show(long patientId) {
        navigate("", com.vaadin.flow.component.Component.class);
        var badge = new RecoveryStatusBadge(assessments, patientId);
        UI.getCurrent().add(badge);
        return badge;
    }

    @Test
    void aManWithNoAndrogenCourseReadsNotEnoughDataWithTheDateAndRulesVersion() {
        long patientId = LabTestPatients.register(patients, accounts, LocalDate.of(1980, 5, 6)).id();

        var badge = show(patientId);

        assertThat(badge.getId()).hasValue("recovery-status-badge");
        assertThat(badge.getElement().getTextRecursively()).isEqualTo("Recovery status: "
                + RecoveryStatus.NOT_ENOUGH_DATA.label());
        assertThat(badge.getElement().getAttribute("title")).isEqualTo("As of " + patients.today() + ", rules "
                + assessments.rules().version());
        assertThat(badge.getChildren()).anyMatch(child -> child.hasClassName("status-not-enough-data"));
    }

    @Test
    void aDemoManStillOnTreatmentReadsOnTreatmentAsWordsNotOnlyColour() {
        List<Patient> demo = patients.search(PatientQuery.ALL, PageRequest.of(0, 50));
        var clocks = patients.recoveryClocks(demo.stream().map(Patient::id).toList());
        long onTreatment = demo.stream().map(Patient::id)
                .filter(id -> clocks.containsKey(id) && clocks.get(id).isOnTreatment()).findFirst()
                .orElseThrow(() -> new AssertionError("the demo practice has a man still on treatment"));

        var badge = show(onTreatment);

        assertThat(badge.getElement().getTextRecursively())
                .isEqualTo("Recovery status: " + RecoveryStatus.ON_TREATMENT.label());
        assertThat(badge.getChildren()).anyMatch(child -> child.hasClassName("status-on-treatment"));
        assertThat(assessments.assess(onTreatment, patients.today()).status()).isEqualTo(RecoveryStatus.ON_TREATMENT);
        var icon = badge.getChildren().flatMap(child -> child.getChildren()).filter(Icon.class::isInstance)
                .findFirst().orElseThrow();
        assertThat(icon.getElement().getAttribute("aria-hidden")).isEqualTo("true");
    }
}
