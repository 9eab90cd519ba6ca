package com.hpgdesk.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;

/**
 * The look of every chart: white, print-friendly, readable on paper in black and white. Colours are from
 * the Okabe-Ito palette, which stays distinguishable with the common colour-vision deficiencies; every
 * flag also has its own shape, so nothing depends on colour alone.
 */
final class ChartStyle {

    static final Color INK = new Color(0x1A, 0x1A, 0x1A);
    static final Color GRID = new Color(0xD9, 0xD9, 0xD9);
    static final Color BLUE = new Color(0x00, 0x72, 0xB2);
    static final Color ORANGE = new Color(0xE6, 0x9F, 0x00);
    static final Color VERMILLION = new Color(0xD5, 0x5E, 0x00);
    static final Color GREEN = new Color(0x00, 0x9E, 0x73);
    static final Color GREY = new Color(0x6E, 0x6E, 0x6E);
    static final Color BAND = new Color(0x00, 0x9E, 0x73, 0x26);
    /** Phases alternate between these light fills; their labels say which phase is which. */
    static final Color[] PHASE_FILLS = {
            new Color(0x56, 0xB4, 0xE9, 0x30), new Color(0xE6, 0x9F, 0x00, 0x30), new Color(0xCC, 0x79, 0xA7, 0x30)};

    static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 16);
    static final Font LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
    static final Font TICK = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    static final Font NOTE = new Font(Font.SANS_SERIF, Font.ITALIC, 13);

    static final Stroke LINE = new BasicStroke(2f);
    static final Stroke DASHED = new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
            new float[] {6f, 4f}, 0f);
    static final Stroke DOTTED = new BasicStroke(1.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 10f,
            new float[] {1.5f, 4f}, 0f);

    private static final double SIZE = 9;

    private ChartStyle() {
    }

    static Color colour(TrendChart.Flag flag) {
        return switch (flag) {
            case BELOW -> VERMILLION;
            case ABOVE -> ORANGE;
            case IN_RANGE -> BLUE;
            case UNKNOWN, NOT_JUDGED -> GREY;
        };
    }

    /** Below points down, above points up, in range is a circle, not judged a square, not known a diamond. */
    static Shape shape(TrendChart.Flag flag) {
        double half = SIZE / 2;
        return switch (flag) {
            case BELOW -> triangle(half, false);
            case ABOVE -> triangle(half, true);
            case IN_RANGE -> new Ellipse2D.Double(-half, -half, SIZE, SIZE);
            case NOT_JUDGED -> new Rectangle2D.Double(-half + 0.5, -half + 0.5, SIZE - 1, SIZE - 1);
            case UNKNOWN -> diamond(half + 1);
        };
    }

    /**
     * A censored value: an open circle at the limit with an arrow the way the true value lies (down for
     * "&lt;", up for "&gt;"), so it cannot be mistaken for a measured point even in black and white.
     */
    static Shape censored(Censoring censor) {
        double half = SIZE / 2;
        var path = new Path2D.Double(new Ellipse2D.Double(-half, -half, SIZE, SIZE));
        // Screen y grows downwards: a value below the limit points down, to larger y.
        double direction = censor == Censoring.ABOVE_LIMIT ? -1 : 1;
        double tip = direction * (half + 9);
        path.moveTo(0, direction * half);
        path.lineTo(0, tip);
        path.moveTo(-3.5, tip - direction * 4);
        path.lineTo(0, tip);
        path.lineTo(3.5, tip - direction * 4);
        return path;
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

    private static Shape triangle(double half, boolean up) {
        double tip = up ? -half - 1 : half + 1;
        double base = up ? half : -half;
        var path = new Path2D.Double();
        path.moveTo(0, tip);
        path.lineTo(half + 1, base);
        path.lineTo(-half - 1, base);
        path.closePath();
        return path;
    }
}
