package com.hpgdesk.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import com.hpgdesk.DeskSpringTest;
import com.hpgdesk.assessment.curve.RecoveryMarker;
import com.hpgdesk.assessment.curve.ui.RecoveryCurvePanel;
import com.hpgdesk.assessment.engine.Assessment;
import com.hpgdesk.lab.results.LabService;
import com.hpgdesk.patient.PatientService;
import com.hpgdesk.protocol.RestartProtocolService;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

/** Every demo patient of the shared context (seeded first, so the lowest ids) gets both tables filled in. */
@DeskSpringTest
@WithUserDetails(value = "admin", setupBefore = TestExecutionEvent.TEST_EXECUTION)
class DemoPracticeAssessmentTest extends SpringBrowserlessTest {

    @Autowired
    AssessmentService assessments;
    @Autowired
    PatientService patients;
    @Autowired
    LabService labs;
    @Autowired
    RestartProtocolService protocols;
    @Value("${hpg.demo.patients}")
    int demoPatients;

    @Test
    void everyDemoPatientHasBothTablesWithEvidenceOrAGapOnEveryRowAndACurveOnceOffTreatment() {
        List<Long> ids = patients.idsAfter(0L, demoPatients);
        assertThat(ids).hasSize(demoPatients);
        var clocks = patients.recoveryClocks(ids);
        navigate("", Component.class);
        int offTreatment = 0;
        for (long id : ids) {
            Assessment assessment = assessments.assess(id, patients.today());
            assertThat(assessment.tables()).as("patient %d", id).hasSize(2)
                    .allSatisfy(table -> assertThat(table.rows()).hasSize(5));
            assertThat(assessment.rows()).as("patient %d", id).allSatisfy(row ->
                    assertThat(!row.evidence().isEmpty() || !row.gaps().isEmpty())
                            .as("patient %d, row %s (%s): evidence or a gap", id, row.key(), row.verdict()).isTrue());
            var clock = clocks.get(id);
            if (clock != null && clock.isAfterTreatment()) {
                offTreatment++;
                var panel = new RecoveryCurvePanel(labs, patients, protocols, id);
                UI.getCurrent().add(panel);
                var curve = panel.curve().orElseThrow(() -> new AssertionError("patient " + id + " has no curve"));
                assertThat(curve.endOfTreatment()).isEqualTo(clock.endOfTreatment().orElseThrow());
                assertThat(curve.table()).as("patient %d: readings on the curve", id).isNotEmpty();
                assertThat(curve.readings(RecoveryMarker.TOTAL_TESTOSTERONE)).as("patient %d", id).isNotEmpty();
                UI.getCurrent().remove(panel);
            }
        }
        assertThat(offTreatment).as("the demo practice has men after treatment").isPositive();
    }
}
