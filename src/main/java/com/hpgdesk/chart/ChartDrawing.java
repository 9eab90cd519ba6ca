package com.hpgdesk.chart;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;

/**
 * A chart that can be shown on the page and printed: the same Java2D drawing written as SVG, as PNG or
 * onto a PDF page's Graphics2D, with its title and a summary in words for whoever cannot see it.
 */
public interface ChartDrawing {

    String title();

    /** The data in words: the SVG's description and the image's alternative text. */
    String summary();

    /** A standalone SVG document, with the title and the summary for screen readers. */
    String toSvg(int width, int height);

    byte[] toPng(int width, int height);

    /** Draws onto any Graphics2D, e.g. a PDF page's, so the handout shows the same chart as the screen. */
    void draw(Graphics2D graphics, Rectangle2D area);
}
