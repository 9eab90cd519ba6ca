package com.hpgdesk.chart;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a trend chart shows: one quantity over months since the end of treatment, with the ranges,
 * thresholds, protocol phases and expected curve it is read against. Plain values, so every feature
 * (labs, lifestyle, the recovery curve) can describe its chart without this package knowing them.
 *
 * @param title shown above the plot and as the SVG's title
 * @param quantity what is measured, e.g. "Total testosterone"
 * @param unit e.g. "ng/dL"; the y axis reads "quantity (unit)"
 * @param xAxisLabel normally {@link #MONTHS_SINCE_END}
 * @param points the patient's values; drawn in order of x
 * @param referenceBand shaded behind the plot, either end open
 * @param thresholds horizontal lines with their labels
 * @param phases protocol phases, drawn as bands under the plot
 * @param expectedCurve a population curve to compare against, empty for none
 */
public record TrendChart(String title, String quantity, String unit, String xAxisLabel, List<Point> points,
                         @Nullable Band referenceBand, List<Threshold> thresholds, List<Phase> phases,
                         List<CurvePoint> expectedCurve) implements ChartDrawing {

    public static final String MONTHS_SINCE_END = "Months since end of treatment";

    public TrendChart {
        points = points.stream().sorted(Comparator.comparingDouble(Point::months)).toList();
        thresholds = List.copyOf(thresholds);
        phases = List.copyOf(phases);
        expectedCurve = expectedCurve.stream().sorted(Comparator.comparingDouble(CurvePoint::months)).toList();
    }

    /** A chart of {@code points} against months since the end of treatment, with nothing else on it yet. */
    public static TrendChart of(String title, String quantity, String unit, List<Point> points) {
        return new TrendChart(title, quantity, unit, MONTHS_SINCE_END, points, null, List.of(), List.of(),
                List.of());
    }

    public TrendChart withXAxisLabel(String label) {
        return new TrendChart(title, quantity, unit, label, points, referenceBand, thresholds, phases, expectedCurve);
    }

    public TrendChart withReferenceBand(Band band) {
        return new TrendChart(title, quantity, unit, xAxisLabel, points, band, thresholds, phases, expectedCurve);
    }

    public TrendChart withThreshold(double value, String label) {
        var more = new ArrayList<>(thresholds);
        more.add(new Threshold(value, label));
        return new TrendChart(title, quantity, unit, xAxisLabel, points, referenceBand, more, phases, expectedCurve);
    }

    public TrendChart withPhase(Phase phase) {
        var more = new ArrayList<>(phases);
        more.add(phase);
        return new TrendChart(title, quantity, unit, xAxisLabel, points, referenceBand, thresholds, more, expectedCurve);
    }

    public TrendChart withExpectedCurve(List<CurvePoint> curve) {
        return new TrendChart(title, quantity, unit, xAxisLabel, points, referenceBand, thresholds, phases, curve);
    }

    @Override
    public String toSvg(int width, int height) {
        return ChartOutput.svg(TrendPlot.build(this), title, summary(), width, height);
    }

    @Override
    public byte[] toPng(int width, int height) {
        return ChartOutput.png(TrendPlot.build(this), width, height);
    }

    @Override
    public void draw(Graphics2D graphics, Rectangle2D area) {
        ChartOutput.draw(TrendPlot.build(this), graphics, area);
    }

    public String yAxisLabel() {
        return unit.isBlank() ? quantity : quantity + " (" + unit + ")";
    }

    /**
     * The data in words, for screen readers and as the image's alternative text, e.g. "Total
     * testosterone, 5 values from 1.2 to 7.9 months; latest 412 ng/dL, in range".
     */
    @Override
    public String summary() {
        if (points.isEmpty()) {
            return quantity + ": no values yet";
        }
        Point first = points.getFirst();
        Point latest = points.getLast();
        var text = new StringBuilder(quantity).append(", ");
        if (points.size() == 1) {
            text.append("1 value at ").append(number(latest.months(), 1)).append(" months");
        } else {
            text.append(points.size()).append(" values from ").append(number(first.months(), 1)).append(" to ")
                    .append(number(latest.months(), 1)).append(" months");
        }
        text.append("; latest ").append(latest.censor().prefix()).append(number(latest.value(), 2));
        if (!unit.isBlank()) {
            text.append(' ').append(unit);
        }
        if (latest.flag() != Flag.NOT_JUDGED) {
            text.append(", ").append(latest.flag().words());
        }
        return text.toString();
    }

    /** Up to {@code decimals} places, no trailing zeros, never scientific notation. */
    static String number(double value, int decimals) {
        return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    /** How a value compares with its reference; drawn with a different shape as well as a different colour. */
    public enum Flag {
        BELOW("below range"),
        IN_RANGE("in range"),
        ABOVE("above range"),
        /** A limit of the assay that spans a limit of the range: neither in nor out of range. */
        UNKNOWN("not known against the range"),
        NOT_JUDGED("not judged");

        private final String words;

        Flag(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    /**
     * One of the patient's values; {@code months} is negative while still on treatment.
     *
     * @param value the measured value, or the assay's limit when {@code censor} is not {@link Censoring#EXACT}
     */
    public record Point(double months, double value, Flag flag, Censoring censor) {
        public Point {
            Objects.requireNonNull(flag);
            Objects.requireNonNull(censor);
        }

        /** A measured value. */
        public Point(double months, double value, Flag flag) {
            this(months, value, flag, Censoring.EXACT);
        }
    }

    /** A point of an expected (population) curve. */
    public record CurvePoint(double months, double value) {
    }

    /** A shaded range of values; a null end is open. */
    public record Band(@Nullable Double low, @Nullable Double high, String label) {
        public Band {
            if (low == null && high == null) {
                throw new IllegalArgumentException("A band needs at least one end");
            }
            if (low != null && high != null && low > high) {
                throw new IllegalArgumentException("Band low " + low + " is above high " + high);
            }
        }

        /** Which side of the band a value lies on. */
        public Flag flag(double value) {
            if (low != null && value < low) {
                return Flag.BELOW;
            }
            if (high != null && value > high) {
                return Flag.ABOVE;
            }
            return Flag.IN_RANGE;
        }
    }

    /** A horizontal line, e.g. "Recovery threshold 340 ng/dL". */
    public record Threshold(double value, String label) {
    }

    /**
     * A protocol phase such as "hCG" or "SERM", from and to in months since the end of treatment.
     *
     * @param toMonths null while the phase is ongoing
     */
    public record Phase(String label, double fromMonths, @Nullable Double toMonths) {
        public Phase {
            if (toMonths != null && toMonths < fromMonths) {
                throw new IllegalArgumentException("Phase " + label + " ends before it starts");
            }
        }

        public static Phase ongoing(String label, double fromMonths) {
            return new Phase(label, fromMonths, null);
        }
    }
}
