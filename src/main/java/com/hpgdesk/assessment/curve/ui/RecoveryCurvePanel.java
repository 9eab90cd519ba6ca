package com.hpgdesk.assessment.curve.ui;

import com.hpgdesk.assessment.curve.Citation;
import com.hpgdesk.assessment.curve.CurveReading;
import com.hpgdesk.assessment.curve.HormonalRecoveryCriteria;
import com.hpgdesk.assessment.curve.RecoveryCurve;
import com.hpgdesk.assessment.curve.RecoveryMarker;
import com.hpgdesk.assessment.curve.SpermRecoveryCurve;
import com.hpgdesk.chart.RecoveryChart;
import com.hpgdesk.chart.ui.ChartImage;
import com.hpgdesk.lab.results.LabService;
import com.hpgdesk.lab.results.TrendPoint;
import com.hpgdesk.patient.PatientService;
import com.hpgdesk.chart.Censoring;
import com.hpgdesk.patient.RecoveryClock;
import com.hpgdesk.protocol.RestartProtocolService;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A patient's recovery curve, to embed in a tab of the patient page: total testosterone, LH and sperm
 * concentration against months since the end of treatment over the published expectations, the same values
 * as a table beside the chart, what the expectations say, and their sources. Reads through the services only.
 */
public class RecoveryCurvePanel extends VerticalLayout {

    static final String ON_TREATMENT = "On treatment: the recovery curve starts when treatment ends.";
    static final String NO_COURSE = "No androgen course recorded: the recovery curve counts months from the end "
            + "of treatment, so it starts once a course is entered.";

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    final Paragraph clock = new Paragraph();
    final Paragraph summary = new Paragraph();
    final Grid<RecoveryCurve.Row> table = new Grid<>();
    private final Div beside;

    private final LabService labs;
    private final PatientService patients;
    private final RestartProtocolService protocols;
    private final long patientId;
    private @Nullable RecoveryCurve curve;
    /** Made when there is first a curve to draw: a patient on treatment never needs one. */
    private @Nullable ChartImage chart;

    public RecoveryCurvePanel(LabService labs, PatientService patients, RestartProtocolService protocols,
                              long patientId) {
        this.labs = labs;
        this.patients = patients;
        this.protocols = protocols;
        this.patientId = patientId;
        setPadding(false);
        addClassName("recovery-curve");

        summary.addClassName("chart-summary");
        summary.setId("recovery-summary");

        table.addColumn(row -> DATE.format(row.collectedOn())).setHeader("Collected").setAutoWidth(true);
        table.addColumn(row -> String.format(Locale.ROOT, "%.1f", row.monthsSinceEnd()))
                .setHeader("Months since end").setAutoWidth(true);
        for (var marker : RecoveryMarker.values()) {
            table.addColumn(row -> row.value(marker)).setHeader(marker.label() + " (" + marker.unitWords() + ")")
                    .setAutoWidth(true);
        }
        table.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        table.setAriaLabel("Values of the recovery curve");
        table.setId("recovery-table");
        table.setAllRowsVisible(true);
        beside = new Div(table);
        beside.addClassName("trend-beside");

        add(new H3("Recovery curve"), clock, beside, summary, expectations(), sources());
        refresh();
    }

    /** Reloads the clock, the values and the phases, e.g. after the host page changed a course or a result. */
    public void refresh() {
        RecoveryClock courses = patients.recoveryClocks(List.of(patientId)).get(patientId);
        curve = courses == null ? null : endOfTreatment(courses).map(this::curveFrom).orElse(null);
        if (curve == null) {
            clock.setText(courses == null ? NO_COURSE : ON_TREATMENT);
            beside.setVisible(false);
            summary.setVisible(false);
            return;
        }
        var recoveryClock = RecoveryClock.endedOn(curve.endOfTreatment(), patients.today());
        clock.setText(recoveryClock.describe() + ". " + RecoveryClock.SOURCE + ".");
        RecoveryChart drawn = curve.chart();
        if (chart == null) {
            chart = new ChartImage(drawn, RecoveryChart.DEFAULT_WIDTH, RecoveryChart.DEFAULT_HEIGHT);
            chart.addClassName("trend-chart");
            chart.setId("recovery-chart");
            beside.addComponentAsFirst(chart);
        } else {
            chart.setChart(drawn);
        }
        summary.setText(drawn.summary());
        table.setItems(curve.table());
        beside.setVisible(true);
        summary.setVisible(true);
    }

    /** The curve on show, or empty while on treatment or without an androgen course. */
    public Optional<RecoveryCurve> curve() {
        return Optional.ofNullable(curve);
    }

    Optional<ChartImage> chart() {
        return Optional.ofNullable(chart);
    }

    /**
     * The end of treatment the curve counts from: none while a course is ongoing, nor while the last dose
     * still acts (one dosing interval after it), which is still treatment too.
     */
    static Optional<LocalDate> endOfTreatment(RecoveryClock clock) {
        return clock.isAfterTreatment() ? clock.endOfTreatment() : Optional.empty();
    }

    /** A lab value on the curve: a value beyond the assay's limit ("&lt; 0.2") is drawn at its limit. */
    static CurveReading reading(TrendPoint point) {
        var value = point.canonical();
        Censoring censoring = value.censoring().isUpperBound() ? Censoring.BELOW_LIMIT
                : value.censoring().isLowerBound() ? Censoring.ABOVE_LIMIT : Censoring.EXACT;
        return new CurveReading(point.collectedOn(), value.quantity(), censoring);
    }

    private RecoveryCurve curveFrom(LocalDate endOfTreatment) {
        // One query and one audit record for the three markers.
        var series = labs.series(patientId, java.util.Arrays.stream(RecoveryMarker.values())
                .map(RecoveryMarker::key).toList());
        Map<RecoveryMarker, List<CurveReading>> readings = new EnumMap<>(RecoveryMarker.class);
        for (var marker : RecoveryMarker.values()) {
            readings.put(marker, series.get(marker.key()).stream().map(RecoveryCurvePanel::reading).toList());
        }
        var timeline = protocols.timeline(patientId, protocols.today());
        return RecoveryCurve.of(endOfTreatment, readings, timeline.phases());
    }

    private static Div expectations() {
        var list = new UnorderedList(
                new ListItem("Hormones (" + HormonalRecoveryCriteria.SOURCE.shortName() + "): recovered when total "
                        + "testosterone is above " + HormonalRecoveryCriteria.TOTAL_TESTOSTERONE + " and LH above "
                        + HormonalRecoveryCriteria.LH + ". Three months after stopping anabolic steroids, with "
                        + "post-cycle therapy, " + HormonalRecoveryCriteria.PERCENT_RECOVERED_AT_3_MONTHS
                        + " % of the study's 44 men met both. The desk reads criteria still unmet after "
                        + HormonalRecoveryCriteria.DELAYED_AFTER_MONTHS + " months as delayed recovery."),
                new ListItem("Sperm (" + SpermRecoveryCurve.SOURCE.shortName() + ", 1,549 men in 30 studies): share of "
                        + "men whose concentration had recovered to 20 million/mL: " + publishedPoints()
                        + ". The line between these points is the desk's monotone interpolation, not a figure of "
                        + "the paper."));
        var block = new Div(new H4("Published expectations"), list);
        block.addClassName("recovery-expectations");
        return block;
    }

    private static String publishedPoints() {
        return SpermRecoveryCurve.published().stream()
                .map(point -> String.format(Locale.ROOT, "%.0f %% by %s months", point.percent(),
                        point.months() == Math.rint(point.months()) ? String.valueOf((int) point.months())
                                : String.valueOf(point.months())))
                .collect(Collectors.joining(", "));
    }

    private static Div sources() {
        var list = new UnorderedList();
        for (Citation citation : RecoveryCurve.sources()) {
            var doi = new Anchor(citation.doiAddress(), "doi:" + citation.doi(), AnchorTarget.BLANK);
            list.add(new ListItem(new Span(citation.reference() + " "), doi));
        }
        var block = new Div(new H4("Sources"), list);
        block.addClassName("recovery-sources");
        block.setId("recovery-sources");
        return block;
    }
}
