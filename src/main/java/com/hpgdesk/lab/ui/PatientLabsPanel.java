package com.hpgdesk.lab.ui;

import com.hpgdesk.lab.CalculatedFreeTestosterone;
import com.hpgdesk.lab.HomaIr;
import com.hpgdesk.lab.Marker;
import com.hpgdesk.lab.MarkerKey;
import com.hpgdesk.lab.Quantity;
import com.hpgdesk.lab.TestosteroneEstradiolRatio;
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
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A patient's lab results, to embed in the patient page: enter a report, import a lab file, the results
 * with their flags and ranges, a marker's trend as a table, and the derived markers of a collection date.
 */
public class PatientLabsPanel extends VerticalLayout {

    final Button enterReport = new Button("Enter lab report", VaadinIcon.PLUS.create());
    final Button importFile = new Button("Import lab file", VaadinIcon.UPLOAD.create());
    final Grid<StoredResult> results = new Grid<>();
    final Select<Marker> trendMarker = new Select<>();
    final Grid<TrendRow> trend = new Grid<>();
    final Select<LocalDate> derivedDate = new Select<>();
    final Div derived = new Div();

    private final LabService labs;
    private final long patientId;
    private final @Nullable RecoveryClock recoveryClock;
    private List<StoredReport> reports = List.of();

    /** A row of the trend table; a chart can be drawn from {@link #series(MarkerKey)} directly. */
    record TrendRow(TrendPoint point, @Nullable Double monthsSinceEnd) {
    }

    private final RestartProtocolService protocols;
    private @Nullable ProtocolTimeline timeline;
    private final ChartImage chart = new ChartImage(TrendChart.of("No marker chosen", "", "", List.of()), 720, 360);

    public PatientLabsPanel(LabService labs, LabImportService imports, PatientService patients,
                            RestartProtocolService protocols, long patientId) {
        this.labs = labs;
        this.protocols = protocols;
        this.patientId = patientId;
        this.recoveryClock = patients.recoveryClocks(List.of(patientId)).get(patientId);
        setPadding(false);

        enterReport.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        enterReport.addClickListener(click -> new LabReportDialog(labs, patientId, patients.today(),
                saved -> refresh()).open());
        importFile.addClickListener(click -> new ImportDialog(imports, patientId, done -> refresh()).open());

        results.addColumn(r -> ResultText.DATE.format(r.collectedOn())).setHeader("Collected")
                .setComparator(StoredResult::collectedOn).setAutoWidth(true);
        results.addColumn(r -> r.marker().name()).setHeader("Marker").setAutoWidth(true);
        results.addColumn(r -> ResultText.reported(r.reported())).setHeader("As reported").setAutoWidth(true);
        results.addColumn(r -> ResultText.canonical(r.marker(), r.canonical())).setHeader("For comparison")
                .setAutoWidth(true);
        results.addColumn(ResultText::range).setHeader("Range used").setAutoWidth(true).setFlexGrow(1);
        results.addColumn(r -> ResultText.flag(r.flag())).setHeader("Flag").setAutoWidth(true);
        results.addColumn(r -> r.method() == null ? "" : r.method()).setHeader("Method").setAutoWidth(true);
        results.addComponentColumn(this::actions).setHeader("Actions").setAutoWidth(true);
        results.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        results.setAriaLabel("Lab results");
        results.setAllRowsVisible(true);

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

        var actions = new HorizontalLayout(enterReport, importFile);
        add(new H3("Lab results"), actions, results, new H4("Trend"),
                new Paragraph(recoveryClock == null ? "No androgen course recorded: months since the end of treatment "
                        + "cannot be shown." : recoveryClock.isOnTreatment() ? "On treatment: the current course has no "
                        + "last dose yet, so there is no end of treatment to count months from." : RecoveryClock.SOURCE + "."),
                trendMarker, trendBeside(), new H4("Derived markers"), derivedDate, derived);
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
        reports = labs.reportsOf(patientId);
        List<StoredResult> all = reports.stream().flatMap(report -> report.results().stream()).toList();
        results.setItems(all);
        List<Marker> measured = all.stream().map(StoredResult::marker).distinct()
                .sorted(Comparator.comparing(Marker::name)).toList();
        Marker shown = trendMarker.getValue();
        trendMarker.setItems(measured);
        trendMarker.setValue(shown != null && measured.contains(shown) ? shown : measured.isEmpty() ? null : measured.getFirst());
        List<LocalDate> dates = reports.stream().map(StoredReport::collectedOn).distinct().toList();
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

    private HorizontalLayout actions(StoredResult result) {
        var edit = new Button("Correct", click -> ResultChangeDialog.edit(labs, result, this::refresh).open());
        edit.setAriaLabel("Correct " + result.marker().name() + " of " + ResultText.DATE.format(result.collectedOn()));
        var delete = new Button("Delete", click -> ResultChangeDialog.deleteResult(labs, result, this::refresh).open());
        delete.setAriaLabel("Delete " + result.marker().name() + " of " + ResultText.DATE.format(result.collectedOn()));
        var deleteReport = new Button("Delete report", click -> ResultChangeDialog.deleteReport(labs, result.reportId(),
                result.reportVersion(), ResultText.DATE.format(result.collectedOn()), this::refresh).open());
        deleteReport.setAriaLabel("Delete the whole report of " + ResultText.DATE.format(result.collectedOn()));
        for (var button : new Button[] {edit, delete, deleteReport}) {
            button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        }
        return new HorizontalLayout(edit, delete, deleteReport);
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
    }

    private @Nullable Double monthsSinceEnd(LocalDate day) {
        if (recoveryClock == null) {
            return null;
        }
        var months = recoveryClock.on(day).monthsSinceEnd();
        return months.isPresent() ? months.getAsDouble() : null;
    }

    private void showDerived(@Nullable LocalDate date) {
        derived.removeAll();
        if (date == null) {
            derived.add(new Paragraph("No lab results yet."));
            return;
        }
        DerivedMarkers markers = labs.derivedMarkers(patientId, date);
        CalculatedFreeTestosterone.Result free = markers.freeTestosterone();
        if (free != null) {
            derived.add(block("Calculated free testosterone: " + free.freePgPerMl().rounded(1) + " ("
                            + free.freeNmolPerL().rounded(3) + ", " + free.freePercentOfTotal().setScale(2,
                            java.math.RoundingMode.HALF_UP) + " % of total); bioavailable: "
                            + free.bioavailableNgPerDl().rounded(0),
                    "From total testosterone " + shown(free.totalTestosterone()) + ", SHBG " + shown(free.shbg())
                            + ", albumin " + shown(free.albumin()) + (free.albuminAssumed()
                            ? " (albumin assumed 4.3 g/dL: none measured that day)" : " (measured)"),
                    free.citation()));
        }
        HomaIr.Result homa = markers.homaIr();
        if (homa != null) {
            derived.add(block("HOMA-IR: " + homa.value().setScale(2, java.math.RoundingMode.HALF_UP).toPlainString(),
                    "From fasting glucose " + shown(homa.fastingGlucose()) + " and fasting insulin "
                            + shown(homa.fastingInsulin()) + "; " + homa.form(), homa.citation()));
        }
        TestosteroneEstradiolRatio.Result ratio = markers.testosteroneEstradiolRatio();
        if (ratio != null) {
            derived.add(block("Testosterone/estradiol ratio: " + ratio.ratio().setScale(1,
                            java.math.RoundingMode.HALF_UP).toPlainString(),
                    "From total testosterone " + shown(ratio.totalTestosterone()) + " and estradiol "
                            + shown(ratio.estradiol()) + "; " + ratio.form(), ratio.citation()));
        }
        markers.notCalculated().forEach(text -> derived.add(new Paragraph(text)));
    }

    private static String shown(Quantity quantity) {
        return ResultText.reported(quantity);
    }

    private static Div block(String value, String inputs, String citation) {
        var box = new Div(new Paragraph(value), new Paragraph(inputs), new Paragraph("Source: " + citation));
        box.addClassName("derived-marker");
        return box;
    }
}
