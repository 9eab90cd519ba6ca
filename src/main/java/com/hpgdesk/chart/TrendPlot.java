package com.hpgdesk.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Paint;
import java.awt.Stroke;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.io.Serial;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.DoubleStream;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.text.TextUtils;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.Range;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/** Turns a {@link TrendChart} into a JFreeChart in the house style. Axis ranges are set here, not guessed. */
final class TrendPlot {

    static final String NO_VALUES = "No values yet";
    /** Keeps a label legible where it crosses a line or a point. */
    static final Color LABEL_BACKGROUND = new Color(255, 255, 255, 200);
    private static final Color TRANSPARENT = new Color(255, 255, 255, 0);
    /** Shown when there is nothing at all to place on the time axis. */
    private static final Range EMPTY_MONTHS = new Range(-1, 12);

    static {
        // JFreeChart's work-around for an old JDK bug draws rotated text (the value axis label) as glyph
        // outlines, which in SVG is unreadable for screen readers and search. Current JDKs rotate text fine.
        TextUtils.setUseDrawRotatedStringWorkaround(false);
    }

    private TrendPlot() {
    }

    static JFreeChart build(TrendChart spec) {
        var patient = new XYSeries("Patient", false, true);
        spec.points().forEach(point -> patient.add(point.months(), point.value()));
        var expected = new XYSeries("Expected", false, true);
        spec.expectedCurve().forEach(point -> expected.add(point.months(), point.value()));

        Range months = monthsRange(spec);
        Range values = valuesRange(spec);
        var xAxis = axis(spec.xAxisLabel(), months);
        var yAxis = axis(spec.yAxisLabel(), values);

        var plot = new XYPlot(new XYSeriesCollection(patient), xAxis, yAxis, new PointRenderer(spec.points()));
        plot.setDataset(1, new XYSeriesCollection(expected));
        var curve = new XYLineAndShapeRenderer(true, false);
        curve.setSeriesPaint(0, ChartStyle.GREY);
        curve.setSeriesStroke(0, ChartStyle.DASHED);
        plot.setRenderer(1, curve);

        houseStyle(plot);

        addPhases(plot, spec.phases(), months);
        addReferenceBand(plot, spec.referenceBand());
        addEndOfTreatment(plot, months);
        spec.thresholds().forEach(threshold -> plot.addRangeMarker(thresholdLine(threshold), Layer.FOREGROUND));
        if (spec.points().isEmpty()) {
            addNoValuesNote(plot, months, values);
        }
        plot.setFixedLegendItems(legend(spec));
        return framed(plot, spec.title());
    }

    /** The house frame around any plot: white, the title on top, the plot's legend items below it. */
    static JFreeChart framed(Plot plot, String titleText) {
        var chart = new JFreeChart(null, ChartStyle.TITLE, plot, false);
        var title = new TextTitle(titleText, ChartStyle.TITLE);
        title.setPaint(ChartStyle.INK);
        chart.setTitle(title);
        var legend = new LegendTitle(plot);
        legend.setItemFont(ChartStyle.LABEL);
        legend.setItemPaint(ChartStyle.INK);
        legend.setPosition(RectangleEdge.BOTTOM);
        legend.setBackgroundPaint(Color.WHITE);
        chart.addLegend(legend);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        chart.setPadding(new RectangleInsets(8, 8, 8, 12));
        return chart;
    }

    static void addNoValuesNote(XYPlot plot, Range months, Range values) {
        var note = new XYTextAnnotation(NO_VALUES, months.getCentralValue(), values.getCentralValue());
        note.setFont(ChartStyle.NOTE);
        note.setPaint(ChartStyle.INK);
        plot.addAnnotation(note);
    }

    static void houseStyle(XYPlot plot) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlinePaint(ChartStyle.GREY);
        plot.setDomainGridlinePaint(ChartStyle.GRID);
        plot.setRangeGridlinePaint(ChartStyle.GRID);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
    }

    /** A phase's part inside the visible months, or none; an ongoing phase runs to the axis's end. */
    record VisiblePhase(String label, double from, double to) {
    }

    static List<VisiblePhase> visiblePhases(List<TrendChart.Phase> phases, Range months) {
        var visible = new ArrayList<VisiblePhase>();
        for (var phase : phases) {
            double from = Math.max(phase.fromMonths(), months.getLowerBound());
            double to = phase.toMonths() == null ? months.getUpperBound()
                    : Math.min(phase.toMonths(), months.getUpperBound());
            if (to > from) {
                visible.add(new VisiblePhase(phase.label(), from, to));
            }
        }
        return visible;
    }

    /** The patient's values, the expected curve and the end of treatment, with a little room around them. */
    static Range monthsRange(TrendChart spec) {
        double[] xs = DoubleStream.concat(spec.points().stream().mapToDouble(TrendChart.Point::months),
                spec.expectedCurve().stream().mapToDouble(TrendChart.CurvePoint::months)).toArray();
        if (xs.length == 0) {
            return EMPTY_MONTHS;
        }
        double low = Math.min(0, DoubleStream.of(xs).min().orElseThrow());
        double high = Math.max(0, DoubleStream.of(xs).max().orElseThrow());
        double margin = Math.max(0.5, (high - low) * 0.05);
        return new Range(low - margin, high + margin);
    }

    static Range valuesRange(TrendChart spec) {
        var ys = new ArrayList<Double>();
        spec.points().forEach(point -> ys.add(point.value()));
        spec.expectedCurve().forEach(point -> ys.add(point.value()));
        spec.thresholds().forEach(threshold -> ys.add(threshold.value()));
        var band = spec.referenceBand();
        if (band != null) {
            if (band.low() != null) {
                ys.add(band.low());
            }
            if (band.high() != null) {
                ys.add(band.high());
            }
        }
        if (ys.isEmpty()) {
            return new Range(0, 1);
        }
        double low = ys.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
        double high = ys.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
        double margin = high > low ? (high - low) * 0.1 : Math.max(1, Math.abs(high) * 0.1);
        // Values that cannot be negative should not get a negative axis just for the margin.
        double bottom = low >= 0 ? Math.max(0, low - margin) : low - margin;
        return new Range(bottom, high + margin);
    }

    static NumberAxis axis(String label, Range range) {
        var axis = new NumberAxis(label);
        axis.setLabelFont(ChartStyle.LABEL);
        axis.setLabelPaint(ChartStyle.INK);
        axis.setTickLabelFont(ChartStyle.TICK);
        axis.setTickLabelPaint(ChartStyle.INK);
        axis.setAxisLinePaint(ChartStyle.GREY);
        axis.setAutoRangeIncludesZero(false);
        axis.setRange(range);
        return axis;
    }

    private static void addPhases(XYPlot plot, List<TrendChart.Phase> phases, Range months) {
        var visible = visiblePhases(phases, months);
        for (int i = 0; i < visible.size(); i++) {
            var phase = visible.get(i);
            var band = new IntervalMarker(phase.from(), phase.to());
            band.setPaint(ChartStyle.PHASE_FILLS[i % ChartStyle.PHASE_FILLS.length]);
            band.setOutlinePaint(null);
            band.setLabel(phase.label());
            band.setLabelBackgroundColor(TRANSPARENT);
            band.setLabelFont(ChartStyle.TICK);
            band.setLabelPaint(ChartStyle.INK);
            band.setLabelAnchor(RectangleAnchor.TOP_LEFT);
            band.setLabelTextAnchor(TextAnchor.TOP_LEFT);
            band.setLabelOffset(new RectangleInsets(4 + 14 * (i % 2), 4, 4, 4));
            plot.addDomainMarker(band, Layer.BACKGROUND);
        }
    }

    private static void addReferenceBand(XYPlot plot, TrendChart.Band band) {
        if (band == null) {
            return;
        }
        // JFreeChart draws only the part of a marker inside the axis range, so an open end can be infinite.
        double low = band.low() == null ? -Double.MAX_VALUE : band.low();
        double high = band.high() == null ? Double.MAX_VALUE : band.high();
        var marker = new IntervalMarker(low, high);
        marker.setPaint(ChartStyle.BAND);
        marker.setOutlinePaint(null);
        plot.addRangeMarker(marker, Layer.BACKGROUND);
    }

    static void addEndOfTreatment(XYPlot plot, Range months) {
        if (!months.contains(0)) {
            return;
        }
        var line = new ValueMarker(0, ChartStyle.INK, ChartStyle.DOTTED);
        line.setLabel("End of treatment");
        line.setLabelBackgroundColor(LABEL_BACKGROUND);
        line.setLabelFont(ChartStyle.TICK);
        line.setLabelPaint(ChartStyle.INK);
        line.setLabelAnchor(RectangleAnchor.BOTTOM_RIGHT);
        line.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
        plot.addDomainMarker(line, Layer.FOREGROUND);
    }

    static ValueMarker thresholdLine(TrendChart.Threshold threshold) {
        var line = new ValueMarker(threshold.value(), ChartStyle.INK, ChartStyle.DASHED);
        line.setLabel(threshold.label());
        line.setLabelBackgroundColor(LABEL_BACKGROUND);
        line.setLabelFont(ChartStyle.TICK);
        line.setLabelPaint(ChartStyle.INK);
        line.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
        line.setLabelTextAnchor(TextAnchor.BOTTOM_RIGHT);
        return line;
    }

    private static LegendItemCollection legend(TrendChart spec) {
        var items = new LegendItemCollection();
        Set<TrendChart.Flag> flags = EnumSet.noneOf(TrendChart.Flag.class);
        spec.points().forEach(point -> flags.add(point.flag()));
        for (var flag : flags) {
            String label = flag == TrendChart.Flag.NOT_JUDGED ? "Value" : "Value " + flag.words();
            var item = new LegendItem(label, null, null, null, ChartStyle.shape(flag), ChartStyle.colour(flag),
                    new BasicStroke(1f), ChartStyle.INK);
            item.setLabelFont(ChartStyle.LABEL);
            items.add(item);
        }
        Set<Censoring> censors = EnumSet.noneOf(Censoring.class);
        spec.points().forEach(point -> censors.add(point.censor()));
        censors.remove(Censoring.EXACT);
        for (var censor : censors) {
            var item = new LegendItem(censor.legend(), null, null, null, ChartStyle.censored(censor), Color.WHITE,
                    CENSORED_OUTLINE, ChartStyle.INK);
            item.setLabelFont(ChartStyle.LABEL);
            items.add(item);
        }
        if (!spec.expectedCurve().isEmpty()) {
            items.add(lineItem("Expected", ChartStyle.GREY, ChartStyle.DASHED));
        }
        var band = spec.referenceBand();
        if (band != null) {
            items.add(new LegendItem(band.label(), null, null, null, new Rectangle2D.Double(-6, -6, 12, 12),
                    new Color(0x00, 0x9E, 0x73, 0x60)));
        }
        return items;
    }

    private static final BasicStroke CENSORED_OUTLINE = new BasicStroke(1.8f);

    /** A legend entry drawn as a short stretch of line in the given colour and stroke. */
    static LegendItem lineItem(String label, Paint paint, Stroke stroke) {
        var item = new LegendItem(label, null, null, null, false, new Rectangle2D.Double(-6, -1, 12, 2), false,
                paint, false, paint, stroke, true, new Line2D.Double(-8, 0, 8, 0), stroke, paint);
        item.setLabelFont(ChartStyle.LABEL);
        return item;
    }

    /**
     * Draws each point with the shape and fill of its flag; the joining line stays one neutral colour. A
     * censored point is open (white inside, outlined in its flag's colour) with an arrow beyond its limit.
     */
    private static final class PointRenderer extends XYLineAndShapeRenderer {

        @Serial
        private static final long serialVersionUID = 1L;

        private final List<TrendChart.Flag> flags;
        private final List<Censoring> censors;

        PointRenderer(List<TrendChart.Point> points) {
            super(true, true);
            this.flags = points.stream().map(TrendChart.Point::flag).toList();
            this.censors = points.stream().map(TrendChart.Point::censor).toList();
            setSeriesPaint(0, ChartStyle.BLUE);
            setSeriesStroke(0, ChartStyle.LINE);
            setUseFillPaint(true);
            setUseOutlinePaint(true);
            setDefaultOutlinePaint(ChartStyle.INK);
            setDefaultOutlineStroke(new BasicStroke(1f));
            setDrawOutlines(true);
        }

        private boolean censored(int item) {
            return censors.get(item) != Censoring.EXACT;
        }

        @Override
        public java.awt.Shape getItemShape(int series, int item) {
            return censored(item) ? ChartStyle.censored(censors.get(item)) : ChartStyle.shape(flags.get(item));
        }

        @Override
        public Paint getItemFillPaint(int series, int item) {
            return censored(item) ? Color.WHITE : ChartStyle.colour(flags.get(item));
        }

        @Override
        public Paint getItemOutlinePaint(int series, int item) {
            return censored(item) ? ChartStyle.colour(flags.get(item)) : super.getItemOutlinePaint(series, item);
        }

        @Override
        public java.awt.Stroke getItemOutlineStroke(int series, int item) {
            return censored(item) ? CENSORED_OUTLINE : super.getItemOutlineStroke(series, item);
        }
    }
}
