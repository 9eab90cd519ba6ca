package com.hpgdesk.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.io.Serial;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.DoubleStream;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.annotations.XYBoxAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.Range;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Turns a {@link RecoveryChart} into stacked panels on one time axis. Each marker keeps its own unit and
 * scale, so a clinician reads "412 ng/dL" off the axis, not a normalised score; one time axis lines the
 * panels up with each other and with the protocol lane beneath. House pieces (axes, threshold lines, the
 * end-of-treatment line, the frame and legend) come from {@link TrendPlot}.
 */
final class RecoveryPlot {

    /** Values long before the end of treatment stay in the table; the curve is about what follows it. */
    static final double EARLIEST_MONTH = -6;
    /** By 12 months 90 % of men have recovered (Liu 2006): the axis always reaches that far. */
    static final double AT_LEAST_UNTIL_MONTH = 12;

    private static final int PANEL_WEIGHT = 6;
    private static final double BELOW_ZERO_FOR_ARROWS = 0.2;
    private static final double POINT = 8;
    private static final Font HEADING = ChartStyle.LABEL.deriveFont(Font.BOLD);
    private static final Font SOURCE = ChartStyle.TICK.deriveFont(Font.ITALIC, 11f);
    private static final Shape PUBLISHED_POINT = diamond(5);
    private static final Color LANE_OUTLINE = new Color(0x6E, 0x6E, 0x6E, 0xB0);

    private RecoveryPlot() {
    }

    static JFreeChart build(RecoveryChart spec) {
        Range months = monthsRange(spec);
        var combined = new CombinedDomainXYPlot(TrendPlot.axis(spec.words().monthsAxis(), months));
        combined.setGap(14);
        for (int i = 0; i < spec.panels().size(); i++) {
            combined.add(panel(spec.panels().get(i), months, spec.words().locale()), PANEL_WEIGHT);
        }
        var lane = TrendPlot.visiblePhases(spec.phases(), months);
        if (!lane.isEmpty()) {
            var rows = rows(lane);
            combined.add(lane(lane, rows, months), Math.max(2, rows.size()));
        }
        combined.setFixedLegendItems(legend(spec));

        JFreeChart chart = TrendPlot.framed(combined, spec.title());
        // Browsers set SVG text a little wider than Java measures it: room after each label keeps entries apart.
        chart.getLegend().setItemLabelPadding(new RectangleInsets(2, 2, 2, 16));
        if (!spec.sources().isEmpty()) {
            var sources = new TextTitle(String.join("\n", spec.sources()), SOURCE);
            sources.setPaint(ChartStyle.INK);
            sources.setPosition(RectangleEdge.BOTTOM);
            sources.setHorizontalAlignment(HorizontalAlignment.LEFT);
            sources.setTextAlignment(HorizontalAlignment.LEFT);
            sources.setPadding(new RectangleInsets(6, 4, 0, 4));
            // Added first so it is laid out outermost: the sources close the drawing, under the legend.
            chart.addSubtitle(0, sources);
        }
        return chart;
    }

    /** From a little before the end of treatment (or the earliest value, up to 6 months before) to at least 12 months. */
    static Range monthsRange(RecoveryChart spec) {
        double[] readings = spec.panels().stream().flatMap(panel -> panel.readings().stream())
                .mapToDouble(RecoveryChart.Reading::months).toArray();
        double[] phaseEnds = spec.phases().stream().filter(phase -> phase.toMonths() != null)
                .mapToDouble(phase -> phase.toMonths()).toArray();
        double low = Math.max(EARLIEST_MONTH, Math.min(0, DoubleStream.of(readings).min().orElse(0)));
        double high = DoubleStream.concat(DoubleStream.of(AT_LEAST_UNTIL_MONTH),
                DoubleStream.concat(DoubleStream.of(readings), DoubleStream.of(phaseEnds))).max().orElseThrow();
        double margin = Math.max(0.5, (high - low) * 0.03);
        return new Range(low - margin, high + margin);
    }

    /** From zero (every marker here is a concentration) to a quarter above the highest value or line, leaving room for the heading. */
    static Range valuesRange(RecoveryChart.Panel panel) {
        double high = DoubleStream.concat(panel.readings().stream().mapToDouble(RecoveryChart.Reading::value),
                panel.criteria().stream().mapToDouble(RecoveryChart.Criterion::value)).max().orElse(0);
        double top = high > 0 ? high * 1.3 : 1;
        // A value below a lab's limit points down: leave room under zero for its arrow.
        boolean arrowDown = panel.readings().stream().anyMatch(reading -> reading.censoring() == Censoring.BELOW_LIMIT);
        return new Range(arrowDown ? -top * BELOW_ZERO_FOR_ARROWS : 0, top);
    }

    private static XYPlot panel(RecoveryChart.Panel panel, Range months, Locale locale) {
        var values = new XYSeries(panel.quantity(), false, true);
        panel.readings().forEach(reading -> values.add(reading.months(), reading.value()));
        Range range = valuesRange(panel);
        var axis = TrendPlot.axis(panel.unit(), range);
        // Concentrations are never negative: the room kept under zero for arrows gets no ticks.
        axis.setNumberFormatOverride(new NonNegativeFormat(locale));
        var plot = new XYPlot(new XYSeriesCollection(values), null, axis, new ReadingRenderer(panel.readings()));
        TrendPlot.houseStyle(plot);

        var expectation = panel.expectation();
        if (expectation != null) {
            addExpectation(plot, expectation);
        }
        addEndOfTreatment(plot, months);
        for (var milestone : panel.milestones()) {
            var line = new ValueMarker(milestone.months(), ChartStyle.GREY, ChartStyle.DOTTED);
            if (!milestone.label().isBlank()) {
                line.setLabel(milestone.label());
            }
            line.setLabelBackgroundColor(TrendPlot.LABEL_BACKGROUND);
            line.setLabelFont(ChartStyle.TICK);
            line.setLabelPaint(ChartStyle.INK);
            line.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
            line.setLabelTextAnchor(TextAnchor.TOP_LEFT);
            plot.addDomainMarker(line, Layer.FOREGROUND);
        }
        panel.criteria().forEach(criterion -> plot.addRangeMarker(
                TrendPlot.thresholdLine(new TrendChart.Threshold(criterion.value(), criterion.label())),
                Layer.FOREGROUND));
        for (var reading : panel.readings()) {
            if (reading.censoring() != Censoring.EXACT) {
                plot.addAnnotation(new CensoredArrow(reading.months(), reading.value(), reading.censoring(),
                        ChartStyle.BLUE));
            }
        }
        if (panel.readings().isEmpty()) {
            TrendPlot.addNoValuesNote(plot, months, range);
        }
        var heading = new XYTextAnnotation(" " + panel.quantity() + " ", months.getLowerBound(), range.getUpperBound());
        heading.setFont(HEADING);
        heading.setPaint(ChartStyle.INK);
        heading.setBackgroundPaint(TrendPlot.LABEL_BACKGROUND);
        heading.setTextAnchor(TextAnchor.TOP_LEFT);
        plot.addAnnotation(heading);
        return plot;
    }

    /**
     * The house's dotted line at month 0, without its label: the line runs through every panel, the legend
     * names it once, and a label would cover the values that matter most, those just after the end.
     */
    private static void addEndOfTreatment(XYPlot plot, Range months) {
        TrendPlot.addEndOfTreatment(plot, months);
        plot.getDomainMarkers(Layer.FOREGROUND).forEach(marker -> ((ValueMarker) marker).setLabel(null));
    }

    private static void addExpectation(XYPlot plot, RecoveryChart.Expectation expectation) {
        var percent = new NumberAxis(expectation.axisLabel());
        percent.setLabelFont(ChartStyle.LABEL);
        percent.setLabelPaint(ChartStyle.GREY);
        percent.setTickLabelFont(ChartStyle.TICK);
        percent.setTickLabelPaint(ChartStyle.GREY);
        percent.setAxisLinePaint(ChartStyle.GREY);
        percent.setRange(0, 105);
        percent.setTickUnit(new NumberTickUnit(25));
        plot.setRangeAxis(1, percent);
        plot.setRangeAxisLocation(1, AxisLocation.BOTTOM_OR_RIGHT);

        var curve = new XYSeries(expectation.legend(), false, true);
        expectation.curve().forEach(point -> curve.add(point.months(), point.value()));
        plot.setDataset(1, new XYSeriesCollection(curve));
        plot.mapDatasetToRangeAxis(1, 1);
        var line = new XYLineAndShapeRenderer(true, false);
        line.setSeriesPaint(0, ChartStyle.GREY);
        line.setSeriesStroke(0, ChartStyle.DASHED);
        plot.setRenderer(1, line);

        var published = new XYSeries("Published", false, true);
        expectation.published().forEach(point -> published.add(point.months(), point.value()));
        plot.setDataset(2, new XYSeriesCollection(published));
        plot.mapDatasetToRangeAxis(2, 1);
        var points = new XYLineAndShapeRenderer(false, true);
        points.setSeriesPaint(0, ChartStyle.GREY);
        points.setSeriesShape(0, PUBLISHED_POINT);
        plot.setRenderer(2, points);
    }

    /** One row per kind of phase, in the order they first appear (the timeline lists them by band). */
    private static List<String> rows(List<TrendPlot.VisiblePhase> phases) {
        Set<String> rows = new LinkedHashSet<>();
        phases.forEach(phase -> rows.add(phase.label()));
        return List.copyOf(rows);
    }

    private static XYPlot lane(List<TrendPlot.VisiblePhase> phases, List<String> rows, Range months) {
        // No axis title: a one-row lane is too short for it, and every band carries its own name.
        var axis = new NumberAxis(null);
        axis.setTickLabelsVisible(false);
        axis.setTickMarksVisible(false);
        axis.setAxisLinePaint(ChartStyle.GREY);
        axis.setRange(-0.5, rows.size() - 0.5);
        var plot = new XYPlot(new XYSeriesCollection(), null, axis, new XYLineAndShapeRenderer());
        TrendPlot.houseStyle(plot);
        plot.setRangeGridlinesVisible(false);
        addEndOfTreatment(plot, months);

        Map<String, Color> fills = new LinkedHashMap<>();
        for (var phase : phases) {
            int index = rows.indexOf(phase.label());
            // The first kind of phase on the top row.
            int row = rows.size() - 1 - index;
            Color fill = fills.computeIfAbsent(phase.label(), label -> {
                Color light = ChartStyle.PHASE_FILLS[index % ChartStyle.PHASE_FILLS.length];
                return new Color(light.getRed(), light.getGreen(), light.getBlue(), 0x99);
            });
            plot.addAnnotation(new XYBoxAnnotation(phase.from(), row - 0.36, phase.to(), row + 0.36,
                    new BasicStroke(1f), LANE_OUTLINE, fill));
            // The name sits at the band's start and may run past a short band into the empty row beyond it.
            var name = new XYTextAnnotation(" " + phase.label(), phase.from(), row);
            name.setFont(ChartStyle.TICK);
            name.setPaint(ChartStyle.INK);
            name.setTextAnchor(TextAnchor.CENTER_LEFT);
            plot.addAnnotation(name);
        }
        return plot;
    }

    private static LegendItemCollection legend(RecoveryChart spec) {
        var items = new LegendItemCollection();
        items.add(pointItem(spec.words().patientValues(), ChartStyle.BLUE));
        if (spec.hasCensoredReadings()) {
            items.add(pointItem(spec.words().beyondLimit(), Color.WHITE));
        }
        Set<String> criteria = new LinkedHashSet<>();
        Set<String> milestones = new LinkedHashSet<>();
        var expectations = new ArrayList<RecoveryChart.Expectation>();
        for (var panel : spec.panels()) {
            panel.criteria().forEach(criterion -> criteria.add(criterion.legend()));
            panel.milestones().forEach(milestone -> milestones.add(milestone.legend()));
            if (panel.expectation() != null) {
                expectations.add(panel.expectation());
            }
        }
        items.add(TrendPlot.lineItem(spec.words().endOfTreatment(), ChartStyle.INK, ChartStyle.DOTTED));
        criteria.forEach(label -> items.add(TrendPlot.lineItem(label, ChartStyle.INK, ChartStyle.DASHED)));
        milestones.forEach(label -> items.add(TrendPlot.lineItem(label, ChartStyle.GREY, ChartStyle.DOTTED)));
        for (var expectation : expectations) {
            // The published points on the dashed line, as drawn: the line between them is the interpolation.
            var item = new LegendItem(expectation.legend(), null, null, null, true, PUBLISHED_POINT, true,
                    ChartStyle.GREY, false, ChartStyle.GREY, ChartStyle.DASHED, true,
                    new Line2D.Double(-10, 0, 10, 0), ChartStyle.DASHED, ChartStyle.GREY);
            item.setLabelFont(ChartStyle.LABEL);
            items.add(item);
        }
        return items;
    }

    /** A legend entry showing the patient's marker: filled for exact values, white-filled (open) for censored ones. */
    private static LegendItem pointItem(String label, Paint fill) {
        var item = new LegendItem(label, null, null, null, true, circle(), true, fill, true, ChartStyle.BLUE,
                new BasicStroke(1.5f), false, circle(), ChartStyle.LINE, ChartStyle.BLUE);
        item.setLabelFont(ChartStyle.LABEL);
        return item;
    }

    private static Shape circle() {
        return new Ellipse2D.Double(-POINT / 2, -POINT / 2, POINT, POINT);
    }

    private static Shape diamond(double half) {
        var path = new Path2D.Double();
        path.moveTo(0, -half);
        path.lineTo(half, 0);
        path.lineTo(0, half);
        path.lineTo(-half, 0);
        path.closePath();
        return path;
    }

    /** The patient's values joined by a line; a censored value is an open (white-filled) marker at its limit. */
    private static final class ReadingRenderer extends XYLineAndShapeRenderer {

        @Serial
        private static final long serialVersionUID = 1L;

        private final List<Censoring> censoring;

        ReadingRenderer(List<RecoveryChart.Reading> readings) {
            super(true, true);
            this.censoring = readings.stream().map(RecoveryChart.Reading::censoring).toList();
            setSeriesPaint(0, ChartStyle.BLUE);
            setSeriesStroke(0, ChartStyle.LINE);
            setSeriesShape(0, circle());
            setUseFillPaint(true);
            setUseOutlinePaint(true);
            setDefaultOutlinePaint(ChartStyle.BLUE);
            setDefaultOutlineStroke(new BasicStroke(1.5f));
            setDrawOutlines(true);
        }

        @Override
        public Paint getItemFillPaint(int series, int item) {
            return censoring.get(item) == Censoring.EXACT ? ChartStyle.BLUE : Color.WHITE;
        }
    }
}
