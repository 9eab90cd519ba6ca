package com.hpgdesk.lab.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.hpgdesk.DeskSpringTest;
import com.hpgdesk.lab.Flag;
import com.hpgdesk.lab.MarkerKey;
import com.hpgdesk.lab.Unit;
import com.hpgdesk.lab.results.LabExportFiles;
import com.hpgdesk.lab.results.LabImportService;
import com.hpgdesk.lab.results.LabService;
import com.hpgdesk.lab.results.StoredReport;
import com.hpgdesk.lab.results.LabTestPatients;
import com.hpgdesk.patient.PatientService;
import com.hpgdesk.security.AccountService;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.VaadinSession;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

@DeskSpringTest
@WithUserDetails(value = "mhale", setupBefore = TestExecutionEvent.TEST_EXECUTION)
class PatientLabsPanelTest extends SpringBrowserlessTest {

    @Autowired
    LabService labs;
    @Autowired
    LabImportService imports;
    @Autowired
    PatientService patients;
    @Autowired
    AccountService accounts;
    @Autowired
    com.hpgdesk.protocol.RestartProtocolService protocols;

    long patientId;
    PatientLabsPanel panel;

    /** Called by each test: the signed-in user is only set up when the test itself runs. */
    private void showPanel() {
        patientId = LabTestPatients.register(patients, accounts, LocalDate.of(1982, 6, 1)).id();
        navigate("", com.vaadin.flow.component.Component.class);
        panel = new PatientLabsPanel(labs, imports, patients, protocols, patientId);
        UI.getCurrent().add(panel);
    }

    @Test
    void entersAReportAndShowsItsFlagInWords() {
        showPanel();
        test(panel.enterReport).click();
        var dialog = $(LabReportDialog.class).single();
        test(dialog.collectedOn).setValue(LocalDate.of(2025, 5, 6));
        var row = dialog.rows.getFirst();
        test(row.marker).selectItem("LH");
        assertThat(row.unit.getListDataView().getItems()).containsExactly(Unit.IU_PER_L, Unit.MIU_PER_ML);
        test(row.value).setValue("0.8");
        test(row.unit).selectItem("mIU/mL");
        test(dialog.save).click();

        assertThat(dialog.isOpened()).isFalse();
        assertThat(test(panel.results).size()).isEqualTo(1);
        assertThat(test(panel.results).getCellText(0, 2)).isEqualTo("0.8 mIU/mL");
        assertThat(test(panel.results).getCellText(0, 5)).isEqualTo("↓ Below range");
        assertThat(labs.series(patientId, new MarkerKey("LH"))).singleElement()
                .satisfies(point -> assertThat(point.flag()).isEqualTo(Flag.BELOW_RANGE));
        assertThat(test(panel.trend).size()).isEqualTo(1);
    }

    @Test
    void aValueBelowTheAssayLimitIsEnteredAsPrintedAndShownAsReportedEverywhere() {
        showPanel();
        test(panel.enterReport).click();
        var dialog = $(LabReportDialog.class).single();
        test(dialog.collectedOn).setValue(LocalDate.of(2025, 5, 6));
        var row = dialog.rows.getFirst();
        test(row.marker).selectItem("LH");
        test(row.value).setValue("< 0.2");
        test(dialog.save).click();

        assertThat(dialog.isOpened()).isFalse();
        assertThat(test(panel.results).getCellText(0, 2)).isEqualTo("< 0.2 IU/L");
        assertThat(test(panel.results).getCellText(0, 3)).isEqualTo("< 0.2 IU/L");
        assertThat(test(panel.results).getCellText(0, 5)).isEqualTo("↓ Below range");
        assertThat(test(panel.trend).getCellText(0, 2)).isEqualTo("< 0.2 IU/L");
        assertThat(panel.censoredNote.isVisible()).isTrue();
        assertThat(panel.censoredNote.getText()).contains("limits of the assay");
        var chart = LabTrendChart.of(labs.catalogue().get(new MarkerKey("LH")), labs.series(patientId, new MarkerKey("LH")),
                null, null);
        assertThat(chart.points()).singleElement().satisfies(point -> {
            assertThat(point.censor()).isEqualTo(com.hpgdesk.chart.TrendChart.Censor.BELOW);
            assertThat(point.value()).isEqualTo(0.2);
        });
        assertThat(chart.summary()).contains("latest < 0.2 IU/L");

        // A correction starts from the value as reported, comparator included.
        var stored = labs.reportsOf(patientId).getFirst().results().getFirst();
        var correction = ResultChangeDialog.edit(labs, stored, () -> { });
        assertThat($(ResultRow.class, correction).single().value.getValue()).isEqualTo("< 0.2");
    }

    @Test
    void aBadlyWrittenLimitIsExplainedAtItsField() {
        showPanel();
        test(panel.enterReport).click();
        var dialog = $(LabReportDialog.class).single();
        test(dialog.collectedOn).setValue(LocalDate.of(2025, 5, 6));
        var row = dialog.rows.getFirst();
        test(row.marker).selectItem("LH");
        test(row.value).setValue("<<0.2");
        test(dialog.save).click();

        assertThat(dialog.isOpened()).isTrue();
        assertThat(row.value.isInvalid()).isTrue();
        assertThat(row.value.getErrorMessage()).isEqualTo("\"<<0.2\" is not a number. Enter a number such as 5.5, "
                + "or the assay's limit as printed, such as < 0.2 or > 1500.");
        assertThat(labs.reportsOf(patientId)).isEmpty();
    }

    @Test
    void anImpossibleValueIsShownAtItsFieldAndNothingIsSaved() {
        showPanel();
        test(panel.enterReport).click();
        var dialog = $(LabReportDialog.class).single();
        test(dialog.collectedOn).setValue(LocalDate.of(2025, 5, 6));
        test(dialog.rows.getFirst().marker).selectItem("LH");
        test(dialog.rows.getFirst().value).setValue("4");
        var second = dialog.addRow();
        test(second.marker).selectItem("Hematocrit");
        test(second.value).setValue("140");
        test(dialog.save).click();

        assertThat(dialog.isOpened()).isTrue();
        assertThat(second.value.isInvalid()).isTrue();
        assertThat(second.value.getErrorMessage()).contains("not physically possible");
        assertThat(dialog.rows.getFirst().value.isInvalid()).isFalse();
        assertThat(labs.reportsOf(patientId)).isEmpty();
    }

    @Test
    void theImportPreviewListsEveryRowAndImportsTheGoodOnes() {
        showPanel();
        test(panel.importFile).click();
        var dialog = $(ImportDialog.class).single();
        String file = """
                Date,Test,Result,Units
                2025-02-03,LH,4.1,IU/L
                2025-02-03,Unobtainium,4.1,IU/L
                """;
        test(dialog.upload).upload("export.csv", "text/csv", file.getBytes(StandardCharsets.UTF_8));
        roundTrip();

        assertThat(test(dialog.preview).size()).isEqualTo(2);
        assertThat(test(dialog.preview).getCellText(0, 6)).isEqualTo("OK");
        assertThat(test(dialog.preview).getCellText(1, 6)).startsWith("Rejected: unknown marker");
        assertThat(dialog.dateOrder.isVisible()).isFalse();
        assertThat(dialog.commit.getText()).isEqualTo("Import 1 row");
        test(dialog.commit).click();

        assertThat(dialog.isOpened()).isFalse();
        assertThat(test(panel.results).size()).isEqualTo(1);
    }

    @Test
    void theDateOrderIsAskedOnlyWhenTheFileIsAmbiguous() {
        showPanel();
        test(panel.importFile).click();
        var dialog = $(ImportDialog.class).single();
        dialog.read("""
                Date,Test,Result,Units
                03/04/2025,LH,4.1,IU/L
                """.getBytes(StandardCharsets.UTF_8), "export.csv");
        assertThat(dialog.dateOrder.isVisible()).isTrue();
        assertThat(dialog.commit.isEnabled()).isFalse();
        test(dialog.dateOrder).selectItem("Day first (14/03/2026)");
        assertThat(dialog.commit.isEnabled()).isTrue();
        assertThat(test(dialog.preview).getCellText(0, 4)).isEqualTo("3 Apr 2025");
    }

    /**
     * This test's thread holds the session lock the whole time, so the import thread's {@code UI.access}
     * tasks wait in the session's queue; the test runs them itself, on its own thread and in the order they
     * were queued (the browserless {@code roundTrip()} leaves that queue alone). The dialog therefore changes
     * at the test's pace, whatever the speed of the import.
     */
    @Test
    void aThousandRowFileIsImportedInTheBackgroundWithProgressToTheEnd() throws InterruptedException {
        showPanel();
        test(panel.importFile).click();
        var dialog = $(ImportDialog.class).single();
        int rows = ImportDialog.BACKGROUND_FROM_ROWS;
        test(dialog.upload).upload("large.csv", "text/csv", LabExportFiles.csv(rows, LocalDate.of(2001, 1, 1)));
        roundTrip();
        assertThat(dialog.commit.getText()).isEqualTo("Import " + rows + " rows");
        test(dialog.commit).click();

        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.progress.isVisible()).isTrue();
        assertThat(dialog.upload.isVisible()).isFalse();
        List<Double> shown = new ArrayList<>();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        // A refused import shows the upload again and keeps the dialog open.
        while (dialog.isOpened() && !dialog.upload.isVisible()) {
            assertThat(System.nanoTime()).as("the import finished within two minutes").isLessThan(deadline);
            Thread.sleep(20);
            VaadinSession session = VaadinSession.getCurrent();
            session.getService().runPendingAccessTasks(session);
            shown.add(dialog.progress.getValue());
        }
        assertThat(dialog.isOpened()).as(() -> "closed after the import; notices: " + $(Notification.class).all()
                .stream().map(notice -> $(Span.class, notice).first().getText()).toList()).isFalse();

        assertThat(shown).isSorted();
        assertThat(dialog.progress.getValue()).isEqualTo(1.0);
        assertThat(dialog.progressText.getText()).isEqualTo("Saved " + rows + " of " + rows + " results…");
        assertThat(test(panel.results).size()).isEqualTo(rows);
        assertThat(labs.reportsOf(patientId)).flatExtracting(StoredReport::results).hasSize(rows);
    }
}
