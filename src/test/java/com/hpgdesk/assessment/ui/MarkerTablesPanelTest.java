package com.hpgdesk.assessment.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.hpgdesk.DeskSpringTest;
import com.hpgdesk.assessment.AssessmentService;
import com.hpgdesk.lab.MarkerKey;
import com.hpgdesk.lab.Unit;
import com.hpgdesk.lab.results.EnteredResult;
import com.hpgdesk.lab.results.LabService;
import com.hpgdesk.lab.results.LabTestPatients;
import com.hpgdesk.patient.PatientService;
import com.hpgdesk.security.AccountService;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

@DeskSpringTest
@WithUserDetails(value = "mhale", setupBefore = TestExecutionEvent.TEST_EXECUTION)
class MarkerTablesPanelTest extends SpringBrowserlessTest {

    @Autowired
    AssessmentService assessments;
    @Autowired
    LabService labs;
    @Autowired
    PatientService patients;
    @Autowired
    AccountService accounts;

    @Test
    void showsBothTablesWithTenRowsAndTheVerdictInWords() {
        long patientId = LabTestPatients.register(patients, accounts, LocalDate.of(1979, 9, 9)).id();
        LocalDate today = assessments.today();
        labs.saveReport(patientId, today.minusDays(2), null, List.of(
                EnteredResult.of(new MarkerKey("HS_CRP"), "7.5", Unit.parse("mg/L").orElseThrow())));
        navigate("", com.vaadin.flow.component.Component.class);
        MarkerTablesPanel panel = new MarkerTablesPanel(assessments, patientId);
        var tabContent = new com.vaadin.flow.component.html.Div(panel);
        UI.getCurrent().add(tabContent);

        List<NativeTable> tables = $(NativeTable.class).all();
        assertThat(tables).hasSize(2);
        assertThat(tables).extracting(NativeTable::getCaptionText).containsExactly(
                "Comparative impact of lifestyle on HPG recovery markers",
                "Molecular pathways from lifestyle to hypothalamic function");
        List<NativeTableRow> rows = tables.stream().flatMap(table -> table.getBody().getRows().stream()).toList();
        assertThat(rows).hasSize(10);
        NativeTableRow inflammation = rows.stream()
                .filter(row -> "SYSTEMIC_INFLAMMATION".equals(row.getElement().getAttribute("data-row")))
                .findFirst().orElseThrow();
        String text = inflammation.getElement().getTextRecursively();
        assertThat(text).contains("Hinders recovery").contains("hs-CRP: 7.5 mg/L")
                .contains("His data points here: ").contains("No IL-6 on record");
        assertThat(rows.get(0).getHeaderCells().getFirst().getElement().getAttribute("scope")).isEqualTo("row");
        assertThat(rows.get(0).getElement().getTextRecursively())
                .contains("cannot be measured in routine practice");
    }

    @Test
    void reassessesWhenItsTabIsShownAgain() {
        long patientId = LabTestPatients.register(patients, accounts, LocalDate.of(1988, 1, 1)).id();
        LocalDate today = assessments.today();
        navigate("", com.vaadin.flow.component.Component.class);
        var tabContent = new com.vaadin.flow.component.html.Div(new MarkerTablesPanel(assessments, patientId));
        UI.getCurrent().add(tabContent);
        assertThat(inflammationText()).contains("Not enough data");

        tabContent.setEnabled(false);
        labs.saveReport(patientId, today, null, List.of(
                EnteredResult.of(new MarkerKey("HS_CRP"), "0.6", Unit.parse("mg/L").orElseThrow())));
        tabContent.setEnabled(true);

        assertThat(inflammationText()).contains("Supports recovery").contains("hs-CRP: 0.6 mg/L");
    }

    private String inflammationText() {
        return $(NativeTableRow.class).all().stream()
                .filter(row -> "SYSTEMIC_INFLAMMATION".equals(row.getElement().getAttribute("data-row")))
                .findFirst().orElseThrow().getElement().getTextRecursively();
    }
}
