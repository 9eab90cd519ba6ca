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
        UI.getCurrent().add(panel);

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
}
