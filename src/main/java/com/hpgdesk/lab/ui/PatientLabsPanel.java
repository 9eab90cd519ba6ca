package com.hpgdesk.lab.ui;

import com.hpgdesk.lab.CalculatedFreeTestosterone;
import com.hpgdesk.lab.Censoring;
import com.hpgdesk.lab.HomaIr;
import com.hpgdesk.lab.Marker;
import com.hpgdesk.lab.MarkerKey;
import com.hpgdesk.lab.ReportedValue;
import com.hpgdesk.lab.TestosteroneEstradiolRatio;
import com.hpgdesk.lab.results.CumulativeResults;
import com.hpgdesk.lab.results.DerivedMarkers;
import com.hpgdesk.lab.results.LabImportService;
import com.hpgdesk.lab.results.LabService;
import com.hpgdesk.lab.results.StoredReport;
import com.hpgdesk.lab.results.StoredResult;
import com.hpgdesk.lab.results.TrendPoint;
import com.hpgdesk.chart.TrendChart;
import com.hpgdesk.chart.ui.ChartImage;
import com.hpgdesk.protocol.ProtocolTimeline;
import com.hpgdesk.protocol.RestartProtocolService;
import com.hpgdesk.patient.PatientService;
import com.hpgdesk.patient.RecoveryClock;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A patient's lab results, to embed in the patient page: enter a report, import a lab file, the results as a
 * cumulative flowsheet (or, one click away, as a list of single results to correct or delete), a marker's
 * trend, and the derived markers of a collection date.
 */
public class PatientLabsPanel extends VerticalLayout {

    final Button enterReport = new Button("Enter lab report", VaadinIcon.PLUS.create());
    final Button importFile = new Button("Import lab file", VaadinIcon.UPLOAD.create());
    final Button showFlowsheet = new Button("Flowsheet", VaadinIcon.TABLE.create());
    final Button showList = new Button("Result list", VaadinIcon.LIST.create());
    final FlowsheetTable flowsheet = new FlowsheetTable();
    final Grid<StoredResult> results = new Grid<>();
    final Select<Marker> trendMarker = new Select<>();
    final Grid<TrendRow> trend = new Grid<>();
    final Select<LocalDate> derivedDate = new Select<>();
    final Div derived = new Div();
    /** Says what the open, arrowed points of the chart and the "<" and ">" of the table mean, when there are any. */
    final Paragraph censoredNote = new Paragraph();

    private final LabService labs;
    private final long patientId;
    private final @Nullable RecoveryClock recoveryClock;
    private CumulativeResults cumulative = new CumulativeResults(List.of(), java.util.Map.of());

    /** A row of the trend table; a chart can be drawn from {@link #series(MarkerKey)} directly. */
    record TrendRow(TrendPoint point, @Nullable Double monthsSinceEnd) {
    }

    private final RestartProtocolService protocols;
    private @Nullable ProtocolTimeline timeline;
    private final ChartImage chart = new ChartImage(TrendChart.of("No marker chosen", "", "", List.of()), 720, 360);

    public PatientLabsPanel(LabService labs, LabImportService imports, PatientService patients,
                            RestartProtocolService protocols, long patientId) {
        this(labs, imports, patients, protocols, patientId, true);
    }

    /** With {@code mayChange} false (a reviewer) the panel only shows: no entry, import, correction or deletion. */
    public PatientLabsPanel(LabService labs, LabImportService imports, PatientService patients,
                            RestartProtocolService protocols, long patientId, boolean mayChange) {
        this.labs = labs;
        this.protocols = protocols;
        this.patientId = patientId;
        this.recoveryClock = patients.recoveryClocks(List.of(patientId)).get(patientId);
        setPadding(false);

        enterReport.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        enterReport.addClickListener(click -> new LabReportDialog(labs, patientId, patients.today(),
                saved -> refresh()).open());
        importFile.addClickListener(click -> new ImportDialog(imports, patientId, done -> refresh()).open());

        // Widths that add up to less than the tab at 1366 px; long ranges wrap instead of widening the grid.
        results.addColumn(r -> ResultText.DATE.format(r.collectedOn())).setHeader("Collected")
                .setComparator(StoredResult::collectedOn).setWidth("7.5em").setFlexGrow(0);
        results.addColumn(r -> r.marker().name()).setHeader("Marker").setWidth("8em").setFlexGrow(1);
        results.addColumn(r -> ResultText.reported(r.reported())).setHeader("As reported").setWidth("7.5em")
                .setFlexGrow(0);
        results.addColumn(r -> ResultText.canonical(r.marker(), r.canonical())).setHeader("For comparison")
                .setWidth("7.5em").setFlexGrow(0);
        results.addColumn(r -> Flowsheet.range(r.range(), r.rangeOrigin())).setHeader("Range used")
                .setTooltipGenerator(ResultText::range).setWidth("11em").setFlexGrow(2);
        results.addColumn(r -> ResultText.flag(r.flag())).setHeader("Flag").setWidth("8em").setFlexGrow(0);
        results.addColumn(r -> r.method() == null ? "" : r.method()).setHeader("Method").setWidth("5em")
                .setFlexGrow(1);
        if (mayChange) {
            results.addComponentColumn(this::actions).setHeader("Actions").setWidth("8.5em").setFlexGrow(0);
        }
        results.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT,
                GridVariant.LUMO_WRAP_CELL_CONTENT);
        results.setAriaLabel("Lab results, one row per result");
        results.setId("result-list");
        results.setAllRowsVisible(true);
        results.setVisible(false);

        showFlowsheet.addClickListener(click -> showFlowsheet(true));
        showList.addClickListener(click -> showFlowsheet(false));
        var views = new Div(showFlowsheet, showList);
        views.addClassName("view-switch");
        views.getElement().setAttribute("role", "group");
        views.getElement().setAttribute("aria-label", "Show the results as");
        showFlowsheet(true);

        trendMarker.setLabel("Trend of");
        trendMarker.setItemLabelGenerator(Marker::name);
        trendMarker.addValueChangeListener(change -> showTrend(change.getValue()));
        trend.addColumn(row -> ResultText.DATE.format(row.point().collectedOn())).setHeader("Collected");
        trend.addColumn(row -> row.monthsSinceEnd() == null
                ? recoveryClock != null && recoveryClock.isOnTreatment() ? RecoveryClock.ON_TREATMENT : "—"
                : String.format(Locale.ROOT, "%.1f", row.monthsSinceEnd())).setHeader("Months since end of treatment");
        trend.addColumn(row -> ResultText.canonical(trendMarker.getValue(), row.point().canonical())).setHeader("Value");
        trend.addColumn(row -> ResultText.flag(row.point().flag())).setHeader("Flag");
        trend.addColumn(row -> row.point().canonicalRange() == null ? "" : row.point().canonicalRange().toString())
                .setHeader("Range");
        trend.setAriaLabel("Trend table");
        trend.setId("trend-table");
        trend.setAllRowsVisible(true);

        derivedDate.setLabel("Derived markers of");
        derivedDate.setItemLabelGenerator(ResultText.DATE::format);
        derivedDate.addValueChangeListener(change -> showDerived(change.getValue()));

        enterReport.setVisible(mayChange);
        importFile.setVisible(mayChange);
        var actions = new HorizontalLayout(enterReport, importFile);
        var toolbar = new Div(actions, views);
        toolbar.addClassName("labs-toolbar");
        add(new H3("Lab results"), toolbar, flowsheet, results, new H4("Trend"),
                new Paragraph(recoveryClock == null ? "No androgen course recorded: months since the end of treatment "
                        + "cannot be shown." : recoveryClock.isOnTreatment() ? "On treatment: the current course has no "
                        + "last dose yet, so there is no end of treatment to count months from." : RecoveryClock.SOURCE + "."),
                trendMarker, trendBeside(), censoredNote, new H4("Derived markers"), derivedDate, derived);
        censoredNote.setVisible(false);
        refresh();
    }

    private com.vaadin.flow.component.Component trendBeside() {
        chart.addClassName("trend-chart");
        var beside = new com.vaadin.flow.component.html.Div(chart, trend);
        beside.addClassName("trend-beside");
        return beside;
    }

    /** Reloads everything from the service, e.g. after the patient page changed something. */
    public void refresh() {
        timeline = protocols.timeline(patientId, protocols.today());
        cumulative = labs.cumulative(patientId);
        List<StoredResult> all = cumulative.results();
        showResultList(results.isVisible());
        flowsheet.show(Flowsheet.of(cumulative, labs.catalogue()));
        List<Marker> measured = all.stream().map(StoredResult::marker).distinct()
                .sorted(Flowsheet.clinicalOrder(labs.catalogue())).toList();
        Marker shown = trendMarker.getValue();
        trendMarker.setItems(measured);
        // Total testosterone first: the marker a recovery is judged by (the list is in clinical order).
        trendMarker.setValue(shown != null && measured.contains(shown) ? shown : measured.isEmpty() ? null : measured.getFirst());
        List<LocalDate> dates = cumulative.reports().stream().map(StoredReport::collectedOn).distinct().toList();
        LocalDate date = derivedDate.getValue();
        derivedDate.setItems(dates);
        derivedDate.setValue(date != null && dates.contains(date) ? date : dates.isEmpty() ? null : dates.getFirst());
    }

    /** A marker's values over time in the canonical unit, oldest first: what a trend chart is drawn from. */
    public List<TrendPoint> series(MarkerKey marker) {
        return labs.series(patientId, marker);
    }

    /** The end of treatment the trend's time axis counts from, if the patient has an androgen course. */
    public @Nullable RecoveryClock recoveryClock() {
        return recoveryClock;
    }

    /** Switches between the flowsheet and the list of single results; the pressed state is announced. */
    private void showFlowsheet(boolean sheet) {
        flowsheet.setVisible(sheet);
        showResultList(!sheet);
        showFlowsheet.getElement().setAttribute("aria-pressed", String.valueOf(sheet));
        showList.getElement().setAttribute("aria-pressed", String.valueOf(!sheet));
        showFlowsheet.setThemeName(sheet ? "primary small" : "tertiary small");
        showList.setThemeName(sheet ? "tertiary small" : "primary small");
    }

    /**
     * The list of single results gets its rows only while it shows: it draws every row with three buttons,
     * which cost more than the rest of the tab together and would stay in the session behind the flowsheet.
     */
    private void showResultList(boolean shown) {
        results.setVisible(shown);
        results.setItems(shown ? cumulative.results() : List.of());
    }

    private HorizontalLayout actions(StoredResult result) {
        // Icons keep the column narrow; each button's name says what it does to which result.
        String of = result.marker().name() + " of " + ResultText.DATE.format(result.collectedOn());
        var edit = new Button(VaadinIcon.EDIT.create(), click -> ResultChangeDialog.edit(labs, result, this::refresh).open());
        edit.setAriaLabel("Correct " + of);
        edit.setTooltipText("Correct");
        var delete = new Button(VaadinIcon.TRASH.create(),
                click -> ResultChangeDialog.deleteResult(labs, result, this::refresh).open());
        delete.setAriaLabel("Delete " + of);
        delete.setTooltipText("Delete this result");
        var deleteReport = new Button(VaadinIcon.FILE_REMOVE.create(), click -> ResultChangeDialog.deleteReport(labs,
                result.reportId(), result.reportVersion(), ResultText.DATE.format(result.collectedOn()), this::refresh).open());
        deleteReport.setAriaLabel("Delete the whole report of " + ResultText.DATE.format(result.collectedOn()));
        deleteReport.setTooltipText("Delete the whole report");
        for (var button : new Button[] {edit, delete, deleteReport}) {
            button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        }
        var buttons = new HorizontalLayout(edit, delete, deleteReport);
        buttons.setSpacing(false);
        return buttons;
    }

    private void showTrend(@Nullable Marker marker) {
        if (marker == null) {
            trend.setItems(List.of());
            chart.setVisible(false);
            return;
        }
        var points = series(marker.key());
        chart.setChart(LabTrendChart.of(marker, points, recoveryClock, timeline));
        chart.setVisible(true);
        trend.setItems(points.stream().map(point -> new TrendRow(point, monthsSinceEnd(point.collectedOn()))).toList());
        boolean censored = points.stream().anyMatch(point -> point.reported().isCensored());
        censoredNote.setText(censored ? CENSORED_NOTE : "");
        censoredNote.setVisible(censored);
    }

    private @Nullable Double monthsSinceEnd(LocalDate day) {
        if (recoveryClock == null) {
            return null;
        }
        var months = recoveryClock.on(day).monthsSinceEnd();
        return months.isPresent() ? months.getAsDouble() : null;
    }

    static final String CENSORED_NOTE = "Values written with < or > are limits of the assay, not measured numbers: "
            + "the true value lies below (<) or above (>) the limit. The chart draws them as open markers at the limit "
            + "with an arrow pointing the way the true value lies; their flag is that of the whole interval.";

    private void showDerived(@Nullable LocalDate date) {
        derived.removeAll();
        if (date == null) {
            derived.add(new Paragraph("No lab results yet."));
            return;
        }
        // Already calculated with the flowsheet: no second read.
        DerivedMarkers markers = cumulative.derived().get(date);
        if (markers == null) {
            return;
        }
        CalculatedFreeTestosterone.Result free = markers.freeTestosterone();
        if (free != null) {
            String bound = bound(free.censoring());
            derived.add(block("Calculated free testosterone: " + bound + free.freePgPerMl().rounded(1) + " ("
                            + bound + free.freeNmolPerL().rounded(3) + ", " + bound + free.freePercentOfTotal().setScale(2,
                            java.math.RoundingMode.HALF_UP) + " % of total); bioavailable: "
                            + bound + free.bioavailableNgPerDl().rounded(0),
                    "From total testosterone " + shown(free.totalTestosterone()) + ", SHBG " + shown(free.shbg())
                            + ", albumin " + shown(free.albumin()) + (free.albuminAssumed()
                            ? " (albumin assumed 4.3 g/dL: none measured that day)" : " (measured)")
                            + caveats(free.assumptions().stream()
                                    .filter(text -> !text.startsWith("Albumin not measured")).toList()),
                    free.citation()));
        }
        HomaIr.Result homa = markers.homaIr();
        if (homa != null) {
            derived.add(block("HOMA-IR: " + bound(homa.censoring())
                            + homa.value().setScale(2, java.math.RoundingMode.HALF_UP).toPlainString(),
                    "From fasting glucose " + shown(homa.fastingGlucose()) + " and fasting insulin "
                            + shown(homa.fastingInsulin()) + "; " + homa.form() + caveats(homa.caveats()),
                    homa.citation()));
        }
        TestosteroneEstradiolRatio.Result ratio = markers.testosteroneEstradiolRatio();
        if (ratio != null) {
            derived.add(block("Testosterone/estradiol ratio: " + bound(ratio.censoring()) + ratio.ratio().setScale(1,
                            java.math.RoundingMode.HALF_UP).toPlainString(),
                    "From total testosterone " + shown(ratio.totalTestosterone()) + " and estradiol "
                            + shown(ratio.estradiol()) + "; " + ratio.form() + caveats(ratio.caveats()),
                    ratio.citation()));
        }
        markers.notCalculated().forEach(text -> derived.add(new Paragraph(text)));
    }

    private static String shown(ReportedValue value) {
        return ResultText.reported(value);
    }

    /** "&lt; " before a derived value that is only a bound; nothing before an exact one. */
    private static String bound(Censoring censoring) {
        return censoring.isCensored() ? censoring.symbol() + " " : "";
    }

    private static String caveats(List<String> caveats) {
        return caveats.isEmpty() ? "" : ". " + String.join(" ", caveats);
    }

    private static Div block(String value, String inputs, String citation) {
        var box = new Div(new Paragraph(value), new Paragraph(inputs), new Paragraph("Source: " + citation));
        box.addClassName("derived-marker");
        return box;
    }
}
