package com.hpgdesk.chart;

import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.io.Serial;
import org.jfree.chart.annotations.AbstractXYAnnotation;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;

/**
 * A short arrow from a censored value's marker towards where the true value lies: down for "&lt; 0.2",
 * up for "&gt; 1500". Its length is in pixels, not data units, so it reads the same on every axis scale.
 */
final class CensoredArrow extends AbstractXYAnnotation {

    @Serial
    private static final long serialVersionUID = 1L;
    private static final double GAP = 6;
    private static final double LENGTH = 16;
    private static final double HEAD = 4;

    private final double months;
    private final double value;
    private final boolean down;
    private final transient Paint paint;

    CensoredArrow(double months, double value, Censoring censoring, Paint paint) {
        if (censoring == Censoring.EXACT) {
            throw new IllegalArgumentException("Only a censored value gets an arrow");
        }
        this.months = months;
        this.value = value;
        this.down = censoring == Censoring.BELOW_LIMIT;
        this.paint = paint;
    }

    boolean pointsDown() {
        return down;
    }

    @Override
    public void draw(Graphics2D g2, XYPlot plot, Rectangle2D dataArea, ValueAxis domainAxis, ValueAxis rangeAxis,
                     int rendererIndex, PlotRenderingInfo info) {
        double x = domainAxis.valueToJava2D(months, dataArea, plot.getDomainAxisEdge());
        double y = rangeAxis.valueToJava2D(value, dataArea, plot.getRangeAxisEdge());
        double direction = down ? 1 : -1;
        double start = y + direction * GAP;
        double tip = start + direction * LENGTH;
        g2.setPaint(paint);
        g2.setStroke(new BasicStroke(1.5f));
        g2.draw(new Line2D.Double(x, start, x, tip));
        var head = new Path2D.Double();
        head.moveTo(x, tip + direction * 1.5);
        head.lineTo(x - HEAD, tip - direction * HEAD);
        head.lineTo(x + HEAD, tip - direction * HEAD);
        head.closePath();
        g2.fill(head);
    }
}
