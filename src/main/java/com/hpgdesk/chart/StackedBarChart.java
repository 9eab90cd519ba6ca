package com.hpgdesk.chart;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.StringJoiner;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Counts of several kinds per category, stacked: e.g. patients by recovery status in each band of months since
 * the end of treatment. Plain values, so a feature describes its chart without this package knowing it.
 *
 * @param series the kinds stacked in each bar, in drawing order, e.g. "On track", "Delayed"
 * @param bars one bar per category with a count per series (same order as {@code series})
 */
public record StackedBarChart(String title, String categoryAxis, String valueAxis, List<String> series,
                              List<Bar> bars) implements ChartDrawing {

    public record Bar(String category, List<Long> counts) {
        public Bar {
            counts = List.copyOf(counts);
        }
    }

    /** Colour-blind-safe (Okabe–Ito), in series order. */
    private static final Color[] FILLS = {ChartStyle.GREY, ChartStyle.BLUE, ChartStyle.ORANGE, ChartStyle.VERMILLION,
            ChartStyle.GREEN, new Color(0xCC, 0x79, 0xA7), new Color(0x56, 0xB4, 0xE9)};

    public StackedBarChart {
        series = List.copyOf(series);
        bars = List.copyOf(bars);
        for (var bar : bars) {
            if (bar.counts().size() != series.size()) {
                throw new IllegalArgumentException("Bar " + bar.category() + " has " + bar.counts().size()
                        + " counts for " + series.size() + " series");
            }
        }
    }

    @Override
    public String summary() {
        var words = new StringJoiner("; ");
        for (var bar : bars) {
            var counts = new StringJoiner(", ");
            for (int i = 0; i < series.size(); i++) {
                if (bar.counts().get(i) > 0) {
                    counts.add(series.get(i) + " " + bar.counts().get(i));
                }
            }
            words.add(bar.category() + ": " + (counts.length() == 0 ? "none" : counts.toString()));
        }
        return categoryAxis + ". " + words;
    }

    @Override
    public String toSvg(int width, int height) {
        return ChartOutput.svg(build(), title, summary(), width, height);
    }

    @Override
    public byte[] toPng(int width, int height) {
        return ChartOutput.png(build(), width, height);
    }

    @Override
    public void draw(Graphics2D graphics, Rectangle2D area) {
        ChartOutput.draw(build(), graphics, area);
    }

    private JFreeChart build() {
        var data = new DefaultCategoryDataset();
        for (var bar : bars) {
            for (int i = 0; i < series.size(); i++) {
                data.addValue(bar.counts().get(i), series.get(i), bar.category());
            }
        }
        var renderer = new StackedBarRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        for (int i = 0; i < series.size(); i++) {
            renderer.setSeriesPaint(i, FILLS[i % FILLS.length]);
        }
        var categories = new CategoryAxis(categoryAxis);
        categories.setLabelFont(ChartStyle.LABEL);
        categories.setTickLabelFont(ChartStyle.TICK);
        var values = new NumberAxis(valueAxis);
        values.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        values.setLabelFont(ChartStyle.LABEL);
        values.setTickLabelFont(ChartStyle.TICK);
        var plot = new CategoryPlot(data, categories, values, renderer);
        plot.setOrientation(PlotOrientation.VERTICAL);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(ChartStyle.GRID);
        var chart = new JFreeChart(title, ChartStyle.TITLE, plot, false);
        chart.setTitle(new TextTitle(title, ChartStyle.TITLE));
        var legend = new LegendTitle(plot);
        legend.setItemFont(ChartStyle.TICK);
        legend.setPosition(RectangleEdge.BOTTOM);
        chart.addLegend(legend);
        chart.setBackgroundPaint(Color.WHITE);
        return chart;
    }
}
