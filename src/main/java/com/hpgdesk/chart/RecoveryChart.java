package com.hpgdesk.chart;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a recovery curve shows: several of a patient's markers against months since the end of treatment,
 * each in its own panel in its own unit on one shared time axis, read against published expectations
 * (criteria as horizontal lines, milestones as vertical ones, an expected curve on a percentage axis of its
 * own), with the protocol phases as a lane of bands beneath. Plain numbers and words, like
 * {@link TrendChart}: the caller says what the lines mean and which source they come from.
 *
 * @param panels drawn top to bottom
 * @param phases protocol phases for the lane beneath; none leaves the lane out
 * @param sources full citations, printed under the legend so the drawing carries its sources
 * @param words the drawing's own words (time axis, fixed legend entries) and the language of its numbers
 */
public record RecoveryChart(String title, List<Panel> panels, List<TrendChart.Phase> phases, List<String> sources,
                            Words words) implements ChartDrawing {

    /** Tall enough for three panels, the phase lane, the legend and the sources. */
    public static final int DEFAULT_WIDTH = 760;
    public static final int DEFAULT_HEIGHT = 780;

    public RecoveryChart {
        if (panels.isEmpty()) {
            throw new IllegalArgumentException("A recovery chart needs at least one panel");
        }
        panels = List.copyOf(panels);
        phases = List.copyOf(phases);
        sources = List.copyOf(sources);
        Objects.requireNonNull(words);
    }

    /** In English, as on screen. */
    public RecoveryChart(String title, List<Panel> panels, List<TrendChart.Phase> phases, List<String> sources) {
        this(title, panels, phases, sources, Words.ENGLISH);
    }

    /**
     * What the drawing itself says, whatever it shows: a handout in another language passes its own.
     *
     * @param locale writes the axes' decimals ("0,5" in Spanish)
     * @param monthsAxis the shared time axis
     * @param endOfTreatment the legend entry of the dotted line at month 0
     * @param patientValues the legend entry of the patient's own points
     * @param beyondLimit the legend entry of an open point, a value beyond the lab's limit
     */
    public record Words(Locale locale, String monthsAxis, String endOfTreatment, String patientValues,
                        String beyondLimit) {

        public static final Words ENGLISH = new Words(Locale.ENGLISH, TrendChart.MONTHS_SINCE_END,
                "End of treatment (month 0)", "Patient's values", "Beyond the lab's limit, e.g. \"< 0.2\"");
    }

    @Override
    public String toSvg(int width, int height) {
        return ChartOutput.svg(RecoveryPlot.build(this), title, summary(), width, height);
    }

    @Override
    public byte[] toPng(int width, int height) {
        return ChartOutput.png(RecoveryPlot.build(this), width, height);
    }

    @Override
    public void draw(Graphics2D graphics, Rectangle2D area) {
        ChartOutput.draw(RecoveryPlot.build(this), graphics, area);
    }

    /**
     * Each panel in words, then what its expected curve says at the patient's latest value, e.g. "Sperm
     * concentration: 3 values from 2.1 to 7.9 months; latest 12.5 million/mL at 7.9 months. Expected by 7.9
     * months: 77 % of men with sperm ≥ 20 million/mL (Liu 2006)."
     */
    @Override
    public String summary() {
        var text = new StringBuilder();
        for (var panel : panels) {
            if (!text.isEmpty()) {
                text.append(' ');
            }
            text.append(panel.summary()).append('.');
            var expectation = panel.expectation();
            if (expectation != null && !panel.readings().isEmpty()) {
                double at = panel.readings().getLast().months();
                text.append(" Expected by ").append(TrendChart.number(at, 1)).append(" months: ")
                        .append(TrendChart.number(expectation.valueAt(at), 0)).append(" % ")
                        .append(expectation.words()).append('.');
            }
        }
        if (phases.isEmpty()) {
            text.append(" No protocol phases recorded.");
        } else {
            text.append(" Protocol phases: ");
            for (int i = 0; i < phases.size(); i++) {
                var phase = phases.get(i);
                text.append(i == 0 ? "" : "; ").append(phase.label()).append(" from ")
                        .append(TrendChart.number(phase.fromMonths(), 1)).append(phase.toMonths() == null
                                ? " months, ongoing" : " to " + TrendChart.number(phase.toMonths(), 1) + " months");
            }
            text.append('.');
        }
        return text.toString();
    }

    /** Whether any value is only known to lie beyond a lab's limit; the legend then explains the open markers. */
    public boolean hasCensoredReadings() {
        return panels.stream().flatMap(panel -> panel.readings().stream())
                .anyMatch(reading -> reading.censoring() != Censoring.EXACT);
    }

    /**
     * One of the patient's values; a censored value sits at the lab's limit.
     *
     * @param months negative while still on treatment
     */
    public record Reading(double months, double value, Censoring censoring) {
        public Reading {
            Objects.requireNonNull(censoring);
        }

        public static Reading exact(double months, double value) {
            return new Reading(months, value, Censoring.EXACT);
        }
    }

    /**
     * A published value a marker is read against, drawn as a horizontal line.
     *
     * @param label on the line, e.g. "&gt; 340 ng/dL"
     * @param legend what the line is and who says so, e.g. "Hormonal recovery criteria (Lykhonosov 2020)";
     *     lines with the same legend share one entry
     */
    public record Criterion(double value, String label, String legend) {
    }

    /** A point in time the literature attaches an expectation to, drawn as a vertical line; like {@link Criterion}. */
    public record Milestone(double months, String label, String legend) {
    }

    /**
     * A population curve on a percentage axis of its own, e.g. the share of men whose sperm has recovered.
     *
     * @param legend names the source and says how the line between the published points was drawn
     * @param axisLabel the right-hand axis, 0 to 100 %
     * @param words completes "Expected by 7.9 months: 77 % ..." in the summary
     * @param curve the line, dense enough to be drawn as straight segments
     * @param published the points the source itself reports, drawn as markers on the line
     */
    public record Expectation(String legend, String axisLabel, String words, List<TrendChart.CurvePoint> curve,
                              List<TrendChart.CurvePoint> published) {
        public Expectation {
            curve = curve.stream().sorted(Comparator.comparingDouble(TrendChart.CurvePoint::months)).toList();
            published = List.copyOf(published);
            if (curve.isEmpty()) {
                throw new IllegalArgumentException("An expectation needs a curve");
            }
        }

        /** The drawn line's value at {@code months}, flat beyond its ends. */
        public double valueAt(double months) {
            TrendChart.CurvePoint previous = curve.getFirst();
            if (months <= previous.months()) {
                return previous.value();
            }
            for (var point : curve) {
                if (months <= point.months()) {
                    double share = (months - previous.months()) / (point.months() - previous.months());
                    return previous.value() + share * (point.value() - previous.value());
                }
                previous = point;
            }
            return previous.value();
        }
    }

    /**
     * One marker's panel.
     *
     * @param quantity the panel's heading, e.g. "Total testosterone"
     * @param unit the left axis, e.g. "ng/dL"
     * @param readings drawn in order of time
     * @param expectation a population curve on a right-hand axis, or null
     */
    public record Panel(String quantity, String unit, List<Reading> readings, List<Criterion> criteria,
                        List<Milestone> milestones, @Nullable Expectation expectation) {
        public Panel {
            readings = readings.stream().sorted(Comparator.comparingDouble(Reading::months)).toList();
            criteria = List.copyOf(criteria);
            milestones = List.copyOf(milestones);
        }

        public static Panel of(String quantity, String unit, List<Reading> readings) {
            return new Panel(quantity, unit, readings, List.of(), List.of(), null);
        }

        public Panel withCriterion(Criterion criterion) {
            var more = new ArrayList<>(criteria);
            more.add(criterion);
            return new Panel(quantity, unit, readings, more, milestones, expectation);
        }

        public Panel withMilestone(Milestone milestone) {
            var more = new ArrayList<>(milestones);
            more.add(milestone);
            return new Panel(quantity, unit, readings, criteria, more, expectation);
        }

        public Panel withExpectation(Expectation curve) {
            return new Panel(quantity, unit, readings, criteria, milestones, curve);
        }

        /** E.g. "LH: 4 values from 0.5 to 7.9 months; latest &lt; 0.2 IU/L at 7.9 months". */
        public String summary() {
            if (readings.isEmpty()) {
                return quantity + ": no values yet";
            }
            Reading first = readings.getFirst();
            Reading latest = readings.getLast();
            var text = new StringBuilder(quantity).append(": ");
            if (readings.size() == 1) {
                text.append("1 value");
            } else {
                text.append(readings.size()).append(" values from ").append(TrendChart.number(first.months(), 1))
                        .append(" to ").append(TrendChart.number(latest.months(), 1)).append(" months");
            }
            text.append("; latest ").append(latest.censoring().written(TrendChart.number(latest.value(), 2)));
            if (!unit.isBlank()) {
                text.append(' ').append(unit);
            }
            return text.append(" at ").append(TrendChart.number(latest.months(), 1)).append(" months").toString();
        }
    }
}
