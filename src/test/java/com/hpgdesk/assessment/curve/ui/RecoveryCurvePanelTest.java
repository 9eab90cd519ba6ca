package com.hpgdesk.assessment.curve.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.hpgdesk.DeskSpringTest;
import com.hpgdesk.assessment.curve.RecoveryMarker;
import com.hpgdesk.chart.RecoveryChart;
import com.hpgdesk.lab.MarkerKey;
import com.hpgdesk.lab.Unit;
import com.hpgdesk.lab.results.EnteredResult;
import com.hpgdesk.lab.results.LabService;
import com.hpgdesk.lab.results.LabTestPatients;
import com.hpgdesk.patient.CourseDetails;
import com.hpgdesk.patient.CourseKind;
import com.hpgdesk.patient.Compound;
import com.hpgdesk.patient.DoseUnit;
import com.hpgdesk.patient.Patient;
import com.hpgdesk.patient.PatientQuery;
import com.hpgdesk.patient.PatientService;
import com.hpgdesk.patient.RecoveryClock;
import com.hpgdesk.protocol.RestartProtocolService;
import com.hpgdesk.security.AccountService;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

@DeskSpringTest
@WithUserDetails(value = "mhale", setupBefore = TestExecutionEvent.TEST_EXECUTION)
class RecoveryCurvePanelTest extends SpringBrowserlessTest {

    @Autowired
    LabService labs;
    @Autowired
    PatientService patients;
    @Autowired
    RestartProtocolService protocols;
    @Autowired
    AccountService accounts;

    private RecoveryCurvePanel show(long patientId) {
        navigate("", Component.class);
        var panel = new RecoveryCurvePanel(labs, patients, protocols, patientId);
        UI.getCurrent().add(panel);
        return panel;
    }

    /** A demo patient whose treatment has ended and who has testosterone results since. */
    private long demoPatientOffTreatment() {
        List<Patient> demo = patients.search(PatientQuery.ALL, PageRequest.of(0, 50));
        var clocks = patients.recoveryClocks(demo.stream().map(Patient::id).toList());
        return demo.stream().map(Patient::id)
                .filter(id -> clocks.containsKey(id) && clocks.get(id).isAfterTreatment())
                .filter(id -> !labs.series(id, MarkerKey.TOTAL_TESTOSTERONE).isEmpty())
                .findFirst().orElseThrow(() -> new AssertionError("the demo practice has a recovering patient"));
    }

    @Test
    void aDemoPatientsCurveShowsTheChartItsValuesAsATableAndTheSources() {
        long patientId = demoPatientOffTreatment();

        var panel = show(patientId);

        var curve = panel.curve().orElseThrow();
        var series = labs.series(patientId, MarkerKey.TOTAL_TESTOSTERONE);
        RecoveryChart drawn = curve.chart();
        assertThat(drawn.panels().getFirst().readings()).hasSize(series.size());
        assertThat(curve.readings(RecoveryMarker.LH)).hasSize(labs.series(patientId, new MarkerKey("LH")).size());
        var chart = panel.chart().orElseThrow();
        assertThat(chart.isVisible()).isTrue();
        assertThat(chart.getAltText()).isEqualTo(RecoveryChart.class.cast(chart.getChart()).title() + ". "
                + drawn.summary());
        assertThat(chart.getSvg()).contains("Total testosterone", "Sperm concentration",
                "Hormonal recovery criteria (Lykhonosov 2020)", "Sperm recovery threshold (Liu 2006)",
                "doi:10.14341/probl12223", "doi:10.1016/S0140-6736(06)68614-5");
        assertThat(panel.summary.getText()).isEqualTo(drawn.summary());
        long dates = Stream.of(RecoveryMarker.values())
                .flatMap(marker -> labs.series(patientId, marker.key()).stream())
                .map(point -> point.collectedOn()).distinct().count();
        assertThat(test(panel.table).size()).isEqualTo((int) dates);
        assertThat(panel.table.getColumns()).extracting(column -> column.getHeaderText()).containsExactly(
                "Collected", "Months since end", "Total testosterone (ng/dL)", "LH (IU/L)",
                "Sperm concentration (million/mL)");
        assertThat(panel.clock.getText()).endsWith("since the end of treatment. " + RecoveryClock.SOURCE + ".");
        assertThat($(Anchor.class, panel).all()).extracting(Anchor::getHref).containsExactly(
                "https://doi.org/10.14341/probl12223", "https://doi.org/10.1016/S0140-6736(06)68614-5");
    }

    @Test
    void valuesReportedInSiUnitsAreDrawnAndListedInTheCurvesUnits() {
        var patient = LabTestPatients.register(patients, accounts, LocalDate.of(1985, 3, 2));
        LocalDate today = patients.today();
        patients.addCourse(patient.id(), new CourseDetails(CourseKind.TRT, Set.of(Compound.TESTOSTERONE_CYPIONATE),
                null, new BigDecimal("120"), DoseUnit.MG, 7, today.minusYears(2), today.minusDays(127), null));
        labs.saveReport(patient.id(), today.minusDays(60), "Northgate Pathology", List.of(
                EnteredResult.of(MarkerKey.TOTAL_TESTOSTERONE, "12.0", Unit.NMOL_PER_L),
                EnteredResult.of(new MarkerKey("LH"), "2.10", Unit.MIU_PER_ML),
                EnteredResult.of(new MarkerKey("SPERM_CONCENTRATION"), "4.5", Unit.MILLION_PER_ML)));

        var panel = show(patient.id());

        assertThat(test(panel.table).size()).isEqualTo(1);
        assertThat(test(panel.table).getCellText(0, 1)).isEqualTo("2.0");
        assertThat(test(panel.table).getCellText(0, 2)).isEqualTo("346");
        assertThat(test(panel.table).getCellText(0, 3)).isEqualTo("2.10");
        assertThat(test(panel.table).getCellText(0, 4)).isEqualTo("4.5");
        assertThat(panel.summary.getText()).contains("latest 346.08 ng/dL at 2 months",
                "Expected by 2 months: 32 % of men had sperm ≥ 20 million/mL");
    }

    @Test
    void aPatientStillOnTreatmentIsToldWhenTheCurveStarts() {
        var patient = LabTestPatients.register(patients, accounts, LocalDate.of(1990, 7, 14));
        LocalDate today = patients.today();
        patients.addCourse(patient.id(), new CourseDetails(CourseKind.TRT, Set.of(Compound.TESTOSTERONE_CYPIONATE),
                null, new BigDecimal("100"), DoseUnit.MG, 7, today.minusYears(1), today.minusDays(2), null));

        var panel = show(patient.id());

        assertThat(panel.clock.getText()).isEqualTo("On treatment: the recovery curve starts when treatment ends.");
        assertThat(panel.curve()).isEmpty();
        assertThat(panel.chart()).isEmpty();
        assertThat(panel.table.getParent().orElseThrow().isVisible()).isFalse();
        assertThat(panel.summary.isVisible()).isFalse();
        assertThat($(Anchor.class, panel).all()).hasSize(2);
    }

    @Test
    void aPatientWithoutAnAndrogenCourseIsToldWhatTheCurveNeeds() {
        var patient = LabTestPatients.register(patients, accounts, LocalDate.of(1979, 11, 30));

        var panel = show(patient.id());

        assertThat(panel.clock.getText()).startsWith("No androgen course recorded");
        assertThat(panel.curve()).isEmpty();
    }

    @Test
    void theEndOfTreatmentIsReadThroughOneAdapterThatTreatsAnActingDoseAsTreatment() {
        LocalDate end = LocalDate.of(2026, 2, 1);

        assertThat(RecoveryCurvePanel.endOfTreatment(RecoveryClock.endedOn(end, end.plusDays(40)))).contains(end);
        assertThat(RecoveryCurvePanel.endOfTreatment(RecoveryClock.endedOn(end, end))).contains(end);
        assertThat(RecoveryCurvePanel.endOfTreatment(RecoveryClock.endedOn(end, end.minusDays(1)))).isEmpty();
    }
}
