package com.hpgdesk.chart.ui;

import com.hpgdesk.chart.ChartDrawing;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Image;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * A chart on the page: the SVG drawn on the server, shown as an image whose alternative text says
 * what the chart shows in words. As an image the SVG cannot run script, and its text was escaped when it
 * was written, so labels typed by users are safe in it.
 */
public class ChartImage extends Composite<Image> {

    public static final int DEFAULT_WIDTH = 720;
    public static final int DEFAULT_HEIGHT = 400;

    private final int width;
    private final int height;
    private ChartDrawing chart;
    private String svg = "";

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

    /** The SVG currently shown, as sent to the browser. */
    public String getSvg() {
        return svg;
    }

    private void show() {
        svg = chart.toSvg(width, height);
        // A data URL keeps the picture with the component: no resource to register, expire or guard.
        getContent().setSrc("data:image/svg+xml;base64,"
                + Base64.getEncoder().encodeToString(svg.getBytes(StandardCharsets.UTF_8)));
        getContent().setAlt(chart.title() + ". " + chart.summary());
    }
}
