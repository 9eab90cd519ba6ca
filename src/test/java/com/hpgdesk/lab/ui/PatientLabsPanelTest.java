package com.hpgdesk.lab.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.hpgdesk.DeskSpringTest;
import com.hpgdesk.audit.AuditAction;
import com.hpgdesk.audit.AuditFilter;
import com.hpgdesk.audit.AuditTrail;
import com.hpgdesk.lab.Flag;
import com.hpgdesk.lab.MarkerKey;
import com.hpgdesk.lab.Unit;
import com.hpgdesk.lab.results.EnteredResult;
import com.hpgdesk.lab.results.LabExportFiles;
import com.hpgdesk.lab.results.LabImportService;
import com.hpgdesk.lab.results.LabService;
import com.hpgdesk.lab.results.StoredReport;
import com.hpgdesk.lab.results.LabTestPatients;
import com.hpgdesk.patient.PatientService;
import com.hpgdesk.security.AccountService;
import com.hpgdesk.security.SystemActor;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.VaadinSession;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
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
    @Autowired
    AuditTrail audit;

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
        assertThat(text(row("LH", "mIU/mL").cells().getFirst())).isEqualTo("0.8Lbelow range");
        test(panel.showList).click();
        assertThat(test(panel.results).size()).isEqualTo(1);
        assertThat(test(panel.results).getCellText(0, 2)).isEqualTo("0.8 mIU/mL");
        assertThat(test(panel.results).getCellText(0, 5)).isEqualTo("↓ Below range");
        assertThat(labs.series(patientId, new MarkerKey("LH"))).singleElement()
                .satisfies(point -> assertThat(point.flag()).isEqualTo(Flag.BELOW_RANGE));
        assertThat(test(panel.trend).size()).isEqualTo(1);
    }

    private static EnteredResult result(String marker, String value, Unit unit) {
        return new EnteredResult(new MarkerKey(marker), value, unit, null, null, null);
    }

    /** Three reports, entered out of date order; total testosterone changes unit in the newest. */
    private void threeReports() {
        patientId = LabTestPatients.register(patients, accounts, LocalDate.of(1982, 6, 1)).id();
        labs.saveReport(patientId, LocalDate.of(2025, 1, 10), "City Clinical Labs", List.of(
                result("TOTAL_TESTOSTERONE", "250", Unit.NG_PER_DL), result("SHBG", "30", Unit.NMOL_PER_L),
                result("LH", "0.8", Unit.IU_PER_L), result("ESTRADIOL", "30", Unit.PG_PER_ML),
                result("FASTING_GLUCOSE", "90", Unit.MG_PER_DL), result("FASTING_INSULIN", "10", Unit.UIU_PER_ML)));
        labs.saveReport(patientId, LocalDate.of(2025, 3, 10), "Northgate Pathology", List.of(
                result("TOTAL_TESTOSTERONE", "12.0", Unit.NMOL_PER_L), result("SHBG", "35", Unit.NMOL_PER_L),
                result("LH", "4.00", Unit.IU_PER_L), result("ESTRADIOL", "50", Unit.PG_PER_ML)));
        labs.saveReport(patientId, LocalDate.of(2025, 2, 10), null, List.of(
                result("TOTAL_TESTOSTERONE", "300", Unit.NG_PER_DL), result("HEMATOCRIT", "52.0", Unit.PERCENT),
                result("PSA", "1.0", Unit.NG_PER_ML)));
        navigate("", com.vaadin.flow.component.Component.class);
        panel = new PatientLabsPanel(labs, imports, patients, protocols, patientId);
        UI.getCurrent().add(panel);
    }

    /** The flowsheet's table as the browser builds it from the HTML it is sent. */
    private Element flowsheetTable() {
        return Jsoup.parseBodyFragment("<table>" + panel.flowsheet.table.getProperty("innerHTML") + "</table>")
                .body().child(0);
    }

    /** A row of the flowsheet: its header cell and its data cells. */
    private record SheetRow(Element tr) {
        Optional<Element> header() {
            return tr.children().stream().filter(cell -> cell.tagName().equals("th")).findFirst();
        }

        List<Element> cells() {
            return tr.children().stream().filter(cell -> cell.tagName().equals("td")).toList();
        }
    }

    private List<SheetRow> flowsheetRows() {
        return flowsheetTable().select("tbody > tr").stream().map(SheetRow::new).toList();
    }

    private static String text(Element cell) {
        return cell.wholeText();
    }

    /** The row whose header starts with the marker's name and shows the unit. */
    private SheetRow row(String name, String unit) {
        return flowsheetRows().stream().filter(row -> row.header().map(cell -> text(cell).startsWith(name)
                        && text(cell).contains(unit + " · ")).orElse(false))
                .reduce((a, b) -> {
                    throw new AssertionError("two rows for " + name + " in " + unit);
                }).orElseThrow(() -> new AssertionError("no row for " + name + " in " + unit));
    }

    @Test
    void theFlowsheetHasOneRowPerMarkerAndOneColumnPerDateNewestFirst() {
        threeReports();

        assertThat(panel.flowsheet.isVisible()).isTrue();
        assertThat(panel.results.isVisible()).isFalse();
        var head = flowsheetTable().select("thead > tr").getFirst().select("th");
        assertThat(head).extracting(PatientLabsPanelTest::text)
                .containsExactly("Marker", "10 Mar2025", "10 Feb2025", "10 Jan2025");
        assertThat(head).allSatisfy(cell -> assertThat(cell.attr("scope")).isEqualTo("col"));

        // Sections in clinical order, markers in clinical order, derived markers right under their inputs.
        List<String> headers = flowsheetRows().stream()
                .map(row -> row.header().map(cell -> cell.attr("scope").equals("rowgroup")
                        ? "# " + text(cell) : text(cell.child(0))
                        .replace(" (calculated)", "")).orElseThrow())
                .toList();
        assertThat(headers).containsExactly("# Hormones", "Total testosterone", "Total testosterone", "SHBG",
                "Free testosterone", "Bioavailable testosterone", "LH", "Estradiol (sensitive)",
                "Testosterone/estradiol ratio", "# Metabolic", "Fasting glucose", "Fasting insulin", "HOMA-IR",
                "# Safety", "Hematocrit", "PSA");

        // The unit changed in the newest report: that value has a row of its own, first; nothing is converted.
        assertThat(text(row("Total testosterone", "nmol/L").cells().get(0))).isEqualTo("12.0");
        var inNgPerDl = row("Total testosterone", "ng/dL").cells();
        assertThat(inNgPerDl).extracting(PatientLabsPanelTest::text)
                .containsExactly("", "300", "250Lbelow range");
        assertThat(inNgPerDl.get(2).classNames()).contains("low");
        assertThat(text(row("Total testosterone", "ng/dL").header().orElseThrow()))
                .contains("264–916 ng/dL (default)");

        assertThat(text(row("LH", "IU/L").cells().get(2))).isEqualTo("0.8Lbelow range");
        assertThat(text(row("Estradiol (sensitive)", "pg/mL").cells().get(0))).isEqualTo("50Habove range");
        assertThat(row("Estradiol (sensitive)", "pg/mL").cells().get(0).classNames()).contains("high");
        assertThat(text(row("Hematocrit", "%").cells().get(1))).isEqualTo("52.0Habove range");

        // Derived: 90 mg/dL × 10 µIU/mL ÷ 405; T/E2 in the units the ratio is defined in (12 nmol/L = 346 ng/dL).
        assertThat(text(row("HOMA-IR", "index").cells().get(2))).isEqualTo("2.22");
        assertThat(text(row("Testosterone/estradiol ratio", "ng/dL ÷ pg/mL").cells().get(2))).isEqualTo("8.3");
        assertThat(text(row("Free testosterone (calculated)", "pg/mL").cells().get(1))).isEmpty();
        assertThat(text(row("Free testosterone (calculated)", "pg/mL").cells().get(0)))
                .endsWith(Flowsheet.ALBUMIN_ASSUMED);
    }

    /**
     * Issue 12: each session on a Labs tab keeps the page's element tree and the last page update. As components, the
     * flowsheet was an element per row, cell, value and flag (about 800 state nodes for a demo patient); it is now
     * one table element whose rows are HTML, written in ASCII so that it is held in one byte per character.
     */
    @Test
    void theFlowsheetIsOneElementWhateverItShowsAndItsHtmlIsAscii() {
        threeReports();

        assertThat(flowsheetRows()).hasSize(16);
        assertThat(panel.flowsheet.table.getChildCount()).isZero();
        // The scrolling region and the table: nothing per row, cell or value.
        assertThat(elementsUnder(panel.flowsheet.table.getParent())).as("elements of the table's region").isEqualTo(2);
        String html = panel.flowsheet.table.getProperty("innerHTML");
        assertThat(StandardCharsets.US_ASCII.newEncoder().canEncode(html)).as("ASCII: " + html).isTrue();
        assertThat(text(row("Total testosterone", "ng/dL").header().orElseThrow())).contains("264–916 ng/dL");
    }

    private static int elementsUnder(com.vaadin.flow.dom.Element element) {
        return 1 + element.getChildren().mapToInt(PatientLabsPanelTest::elementsUnder).sum();
    }

    @Test
    void theTrendOpensOnTotalTestosteroneWhateverWasEnteredLast() {
        threeReports();

        assertThat(panel.trendMarker.getValue().key()).isEqualTo(MarkerKey.TOTAL_TESTOSTERONE);
        assertThat(test(panel.trend).size()).isEqualTo(3);
        assertThat(panel.trendMarker.getListDataView().getItems().map(marker -> marker.key().value()).toList())
                .startsWith("TOTAL_TESTOSTERONE", "SHBG", "LH", "ESTRADIOL");
    }

    @Test
    void theResultListIsOneClickAwayAndCorrectionsStillWork() {
        threeReports();

        test(panel.showList).click();

        assertThat(panel.results.isVisible()).isTrue();
        assertThat(panel.flowsheet.isVisible()).isFalse();
        assertThat(panel.showList.getElement().getAttribute("aria-pressed")).isEqualTo("true");
        assertThat(panel.showFlowsheet.getElement().getAttribute("aria-pressed")).isEqualTo("false");
        assertThat(test(panel.results).size()).isEqualTo(13);

        int lh = -1;
        for (int i = 0; i < test(panel.results).size(); i++) {
            if (test(panel.results).getCellText(i, 1).equals("LH") && test(panel.results).getCellText(i, 0)
                    .equals("10 Jan 2025")) {
                lh = i;
            }
        }
        var actions = test(panel.results).getCellComponent(lh, 7);
        Button correct = $(Button.class, actions).all().stream()
                .filter(button -> "Correct LH of 10 Jan 2025".equals(button.getAriaLabel().orElse(null)))
                .findFirst().orElseThrow();
        test(correct).click();
        var dialog = $(ResultChangeDialog.class).single();
        var row = $(ResultRow.class, dialog).single();
        test(row.value).setValue("1.8");
        test(dialog.reason).setValue("Transcribed from the wrong line of the report");
        test(dialog.confirm).click();

        assertThat(dialog.isOpened()).isFalse();
        test(panel.showFlowsheet).click();
        assertThat(panel.flowsheet.isVisible()).isTrue();
        assertThat(text(row("LH", "IU/L").cells().get(2))).isEqualTo("1.8");
    }

    /** The row of the result list showing this marker on this date. */
    private int listRow(String marker, String date) {
        List<Integer> found = new ArrayList<>();
        for (int i = 0; i < test(panel.results).size(); i++) {
            if (test(panel.results).getCellText(i, 1).equals(marker) && test(panel.results).getCellText(i, 0).equals(date)) {
                found.add(i);
            }
        }
        assertThat(found).as(marker + " of " + date + " in the result list").hasSize(1);
        return found.getFirst();
    }

    @Test
    void aResultIsDeletedFromTheListWithAReasonAndTheDeletionIsAudited() {
        threeReports();
        test(panel.showList).click();
        assertThat(test(panel.results).size()).isEqualTo(13);

        var actions = test(panel.results).getCellComponent(listRow("PSA", "10 Feb 2025"), 7);
        Button delete = $(Button.class, actions).all().stream()
                .filter(button -> "Delete PSA of 10 Feb 2025".equals(button.getAriaLabel().orElse(null)))
                .findFirst().orElseThrow();
        test(delete).click();
        var dialog = $(ResultChangeDialog.class).single();

        // Without a reason nothing is deleted: the dialog stays and says what is missing at the field.
        test(dialog.confirm).click();
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.reason.isInvalid()).isTrue();
        assertThat(dialog.reason.getErrorMessage()).isEqualTo("Give a reason for the deletion.");
        assertThat(labs.series(patientId, new MarkerKey("PSA"))).hasSize(1);

        test(dialog.reason).setValue("Belongs to another patient's report");
        test(dialog.confirm).click();

        assertThat(dialog.isOpened()).isFalse();
        assertThat(test(panel.results).size()).isEqualTo(12);
        for (int i = 0; i < test(panel.results).size(); i++) {
            assertThat(test(panel.results).getCellText(i, 1)).isNotEqualTo("PSA");
        }
        assertThat(listRow("Hematocrit", "10 Feb 2025")).isNotNegative();
        assertThat(labs.series(patientId, new MarkerKey("PSA"))).isEmpty();
        test(panel.showFlowsheet).click();
        assertThat(flowsheetRows()).noneSatisfy(row -> assertThat(row.header().map(PatientLabsPanelTest::text)
                .orElse("")).startsWith("PSA"));

        var deletions = SystemActor.call(() -> audit.list(PageRequest.of(0, 50),
                AuditFilter.ALL.withPatientId(patientId).withAction(AuditAction.DELETE)));
        assertThat(deletions).singleElement().satisfies(record -> {
            assertThat(record.getActor()).isEqualTo("mhale");
            assertThat(record.getDetail()).isEqualTo("Deleted PSA: reason given");
        });
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
        test(panel.showList).click();
        assertThat(test(panel.results).getCellText(0, 2)).isEqualTo("< 0.2 IU/L");
        assertThat(test(panel.results).getCellText(0, 3)).isEqualTo("< 0.2 IU/L");
        assertThat(test(panel.results).getCellText(0, 5)).isEqualTo("↓ Below range");
        assertThat(test(panel.trend).getCellText(0, 2)).isEqualTo("< 0.2 IU/L");
        assertThat(panel.censoredNote.isVisible()).isTrue();
        assertThat(panel.censoredNote.getText()).contains("limits of the assay");
        var chart = LabTrendChart.of(labs.catalogue().get(new MarkerKey("LH")), labs.series(patientId, new MarkerKey("LH")),
                null, null);
        assertThat(chart.points()).singleElement().satisfies(point -> {
            assertThat(point.censor()).isEqualTo(com.hpgdesk.chart.Censoring.BELOW_LIMIT);
            assertThat(point.value()).isEqualTo(0.2);
        });
        assertThat(chart.summary()).contains("latest < 0.2 IU/L");

        // A correction starts from the value as reported, comparator included.
        var stored = labs.reportsOf(patientId).getFirst().results().getFirst();
        var correction = ResultChangeDialog.edit(labs, stored, () -> { });
        assertThat($(ResultRow.class, correction).single().value.getValue()).isEqualTo("< 0.2");
    }

    /** Enters one report through the dialog: marker, value and unit per result. */
    private void enterReport(LocalDate collectedOn, String[]... results) {
        test(panel.enterReport).click();
        var dialog = $(LabReportDialog.class).single();
        test(dialog.collectedOn).setValue(collectedOn);
        for (int i = 0; i < results.length; i++) {
            var row = i == 0 ? dialog.rows.getFirst() : dialog.addRow();
            test(row.marker).selectItem(results[i][0]);
            test(row.value).setValue(results[i][1]);
            test(row.unit).selectItem(results[i][2]);
        }
        test(dialog.save).click();
        assertThat(dialog.isOpened()).as("the report of " + collectedOn + " is saved").isFalse();
    }

    @Test
    void theFlowsheetShowsLimitsAsReportedAndARatioFromALimitAsTheBoundItIs() {
        showPanel();
        enterReport(LocalDate.of(2025, 5, 6), new String[] {"LH", "< 0.2", "IU/L"},
                new String[] {"Estradiol (sensitive)", "< 5", "pg/mL"},
                new String[] {"Total testosterone", "345", "ng/dL"});
        // Both inputs below the assay's limits pull the ratio opposite ways: no bound can be given.
        enterReport(LocalDate.of(2025, 6, 3), new String[] {"Estradiol (sensitive)", "< 5", "pg/mL"},
                new String[] {"Total testosterone", "< 20", "ng/dL"});

        var may = 1;
        assertThat(text(row("LH", "IU/L").cells().get(may))).isEqualTo("< 0.2Lbelow range");
        assertThat(text(row("Estradiol (sensitive)", "pg/mL").cells().get(may))).isEqualTo("< 5Lbelow range");
        assertThat(text(row("Total testosterone", "ng/dL").cells().get(may))).isEqualTo("345");
        // 345 ng/dL ÷ (less than 5 pg/mL): more than 69, never exactly 69.
        var ratio = row("Testosterone/estradiol ratio", "ng/dL ÷ pg/mL").cells();
        assertThat(text(ratio.get(may))).isEqualTo("> 69.0");

        String june = text(ratio.get(0));
        assertThat(june).startsWith("not calculated†").doesNotContainPattern("\\d+\\.\\d")
                .endsWith("The testosterone/estradiol ratio could not be calculated: total testosterone < 20 ng/dL and "
                        + "estradiol < 5 pg/mL are limits of the assay that pull the ratio in opposite directions, so it "
                        + "could be any value.");
        // Written as text, never as markup.
        assertThat(panel.flowsheet.table.getProperty("innerHTML")).contains("&lt; 0.2").doesNotContain("< 0.2");
        String notes = panel.flowsheet.getElement().getTextRecursively();
        assertThat(notes).contains("† The testosterone/estradiol ratio could not be calculated")
                .contains(Flowsheet.LIMITS);
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
        test(panel.showList).click();
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

    @Test
    void anUnknownTestNameIsMappedInThePreviewOnceAndTheLabsNextFileIsNotAsked() {
        showPanel();
        String lab = "Quest Diagnostics " + java.util.UUID.randomUUID();
        String file = """
                Performing Lab,Collection Date,Test Name,Result,Units,Reference Range,Flag
                LAB,03/18/2025,"Testosterone, Free, Direct",9.6,pg/mL,8.7-25.1,
                LAB,03/18/2025,"Testosterone, Total, MS",212,ng/dL,"250-1,100",L
                """.replace("LAB", lab);
        test(panel.importFile).click();
        var dialog = $(ImportDialog.class).single();
        dialog.read(file.getBytes(StandardCharsets.UTF_8), "quest.csv");

        assertThat(test(dialog.preview).getCellText(0, 1)).isEqualTo("Testosterone, Free, Direct");
        assertThat(test(dialog.preview).getCellText(0, 2)).isEqualTo("9.6");
        assertThat(test(dialog.preview).getCellText(0, 6)).startsWith("Rejected: unknown marker");
        assertThat(test(dialog.preview).getCellText(1, 1)).isEqualTo("Total testosterone (Testosterone, Total, MS)");
        assertThat(test(dialog.preview).getCellText(1, 5)).isEqualTo("↓ Below range (lab: L)");
        assertThat(dialog.namesStep.isVisible()).isTrue();
        assertThat(dialog.nameChoices).singleElement().satisfies(choice ->
                assertThat(choice.marker().getLabel()).isEqualTo("\u201CTestosterone, Free, Direct\u201D from " + lab
                        + " (1 row) is"));
        test(dialog.nameChoices.getFirst().marker()).selectItem("Free testosterone (method not stated)");
        test(dialog.rememberNames).click();

        assertThat(dialog.namesStep.isVisible()).isFalse();
        assertThat(test(dialog.preview).getCellText(0, 1)).isEqualTo("Free testosterone (method not stated) (Testosterone, Free, Direct)");
        assertThat(test(dialog.preview).getCellText(0, 6)).isEqualTo("OK");
        assertThat(dialog.commit.getText()).isEqualTo("Import 2 rows");
        test(dialog.commit).click();
        test(panel.showList).click();
        assertThat(test(panel.results).size()).isEqualTo(2);

        test(panel.importFile).click();
        var next = $(ImportDialog.class).single();
        next.read(file.replace("03/18/2025", "04/22/2025").getBytes(StandardCharsets.UTF_8), "quest-april.csv");
        assertThat(next.namesStep.isVisible()).isFalse();
        assertThat(next.dateOrder.isVisible()).isFalse();
        assertThat(next.commit.getText()).isEqualTo("Import 2 rows");
    }

    @Test
    void unknownColumnsAreChosenFromTheFirstRows() {
        showPanel();
        test(panel.importFile).click();
        var dialog = $(ImportDialog.class).single();
        dialog.read("""
                Afnamedatum;Bepaling;Uitslag;Eenheid;Normaalwaarde
                2025-03-04;LH;4,1;IU/L;1,7 - 8,6
                2025-03-04;FSH;3,8;IU/L;1,5 - 12,4
                """.getBytes(StandardCharsets.UTF_8), "uitslagen.csv");

        assertThat(dialog.columnsStep.isVisible()).isTrue();
        assertThat(dialog.preview.isVisible()).isFalse();
        assertThat(test(dialog.firstRows).size()).isEqualTo(2);
        assertThat(test(dialog.firstRows).getCellText(0, 2)).isEqualTo("4,1");
        test(dialog.columnFields.get(com.hpgdesk.lab.importer.ColumnRole.DATE)).selectItem("Afnamedatum (column 1)");
        test(dialog.columnFields.get(com.hpgdesk.lab.importer.ColumnRole.MARKER)).selectItem("Bepaling (column 2)");
        test(dialog.columnFields.get(com.hpgdesk.lab.importer.ColumnRole.VALUE)).selectItem("Uitslag (column 3)");
        test(dialog.useColumns).click();
        assertThat(dialog.columnFields.get(com.hpgdesk.lab.importer.ColumnRole.UNIT).isInvalid()).isTrue();
        assertThat(dialog.columnsStep.isVisible()).isTrue();

        test(dialog.columnFields.get(com.hpgdesk.lab.importer.ColumnRole.UNIT)).selectItem("Eenheid (column 4)");
        test(dialog.columnFields.get(com.hpgdesk.lab.importer.ColumnRole.RANGE)).selectItem("Normaalwaarde (column 5)");
        test(dialog.useColumns).click();

        assertThat(dialog.columnsStep.isVisible()).isFalse();
        assertThat(dialog.fileProblem.isVisible()).isFalse();
        assertThat(dialog.commit.getText()).isEqualTo("Import 2 rows");
        assertThat(test(dialog.preview).getCellText(0, 2)).isEqualTo("4.1");
    }

    @Test
    void theDecimalMarkIsAskedOnlyWhenNothingInTheFileDecides() {
        showPanel();
        test(panel.importFile).click();
        var dialog = $(ImportDialog.class).single();
        dialog.read("""
                Datum;Parameter;Wert;Einheit
                2025-03-04;Prolactin;1.250;mIU/L
                2025-03-04;LH;4;IU/L
                """.getBytes(StandardCharsets.UTF_8), "export.csv");
        assertThat(dialog.decimalMark.isVisible()).isTrue();
        assertThat(test(dialog.preview).getCellText(0, 6)).contains("1.250 with a decimal point and 1250 with a decimal comma");
        test(dialog.decimalMark).selectItem("Decimal comma (1.250 is one thousand two hundred and fifty)");
        assertThat(test(dialog.preview).getCellText(0, 2)).isEqualTo("1250");
        assertThat(dialog.commit.getText()).isEqualTo("Import 2 rows");

        dialog.read("Datum;Parameter;Wert;Einheit\n2025-03-04;LH;4,5;IU/L\n".getBytes(StandardCharsets.UTF_8), "b.csv");
        assertThat(dialog.decimalMark.isVisible()).isFalse();
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
        // Wait for the dialog to end the import: it closes, or a refused import shows the upload again. The
        // background thread's updates reach the UI as pending access tasks, run here as the browser would.
        org.awaitility.Awaitility.await("the import to finish").pollInSameThread()
                .atMost(java.time.Duration.ofMinutes(2)).until(() -> {
                    VaadinSession session = VaadinSession.getCurrent();
                    session.getService().runPendingAccessTasks(session);
                    shown.add(dialog.progress.getValue());
                    return !dialog.isOpened() || dialog.upload.isVisible();
                });
        assertThat(dialog.isOpened()).as(() -> "closed after the import; notices: " + $(Notification.class).all()
                .stream().map(notice -> $(Span.class, notice).first().getText()).toList()).isFalse();

        assertThat(shown).isSorted();
        assertThat(dialog.progress.getValue()).isEqualTo(1.0);
        assertThat(dialog.progressText.getText()).isEqualTo("Saved " + rows + " of " + rows + " results…");
        test(panel.showList).click();
        assertThat(test(panel.results).size()).isEqualTo(rows);
        assertThat(labs.reportsOf(patientId)).flatExtracting(StoredReport::results).hasSize(rows);
    }
}
