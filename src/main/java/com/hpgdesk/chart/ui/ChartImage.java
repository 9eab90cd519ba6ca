package com.hpgdesk.chart.ui;

import com.hpgdesk.chart.ChartDrawing;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;

/**
 * A chart on the page: the SVG drawn on the server, shown as an image whose alternative text says
 * what the chart shows in words. As an image the SVG cannot run script, and its text was escaped when it
 * was written, so labels typed by users are safe in it.
 *
 * <p>The component keeps only the chart's data. The picture is drawn when the browser asks for it, through
 * a resource of this session, and drawn pictures are shared by content ({@link DrawnCharts}): a data URL
 * would keep every picture in the session and send it, base64-encoded, inside each page update.
 */
public class ChartImage extends Composite<Image> {

    public static final int DEFAULT_WIDTH = 720;
    public static final int DEFAULT_HEIGHT = 400;

    private final int width;
    private final int height;
    private ChartDrawing chart;

    public ChartImage(ChartDrawing chart) {
        this(chart, DEFAULT_WIDTH, DEFAULT_HEIGHT);
    }

    /** {@code width} and {@code height} are the drawing's size; the image scales down to fit its place. */
    public ChartImage(ChartDrawing chart, int width, int height) {
        this.chart = chart;
        this.width = width;
        this.height = height;
        getContent().addClassName("chart-image");
        getContent().getStyle().setMaxWidth("100%").setHeight("auto");
        getContent().setWidth(width + "px");
        show();
    }

    public void setChart(ChartDrawing chart) {
        this.chart = chart;
        show();
    }

    public ChartDrawing getChart() {
        return chart;
    }

    /** The words a screen reader speaks instead of the picture. */
    public String getAltText() {
        return getContent().getAlt().orElse("");
    }

    /** The SVG the browser receives when it asks for the picture. */
    public String getSvg() {
        return new String(DrawnCharts.svg(chart, width, height), java.nio.charset.StandardCharsets.UTF_8);
    }

    private void show() {
        ChartDrawing shown = chart;
        int w = width;
        int h = height;
        getContent().setSrc(DownloadHandler.fromInputStream(request -> {
            byte[] svg = DrawnCharts.svg(shown, w, h);
            return new DownloadResponse(new ByteArrayInputStream(svg), "chart.svg", "image/svg+xml", svg.length);
        }).inline());
        getContent().setAlt(chart.title() + ". " + chart.summary());
    }
}
