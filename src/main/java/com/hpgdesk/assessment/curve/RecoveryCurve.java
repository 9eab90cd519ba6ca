package com.hpgdesk.assessment.curve;

import com.hpgdesk.chart.RecoveryChart;
import com.hpgdesk.chart.TrendChart;
import com.hpgdesk.lab.Quantity;
import com.hpgdesk.patient.RecoveryClock;
import com.hpgdesk.protocol.ProtocolTimeline;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A patient's recovery curve: total testosterone, LH and sperm concentration against months since the end
 * of treatment, over the published expectations, with the protocol phases beneath. Gives the chart and the
 * same values as a table, so the drawing always has a text alternative that says exactly what it shows.
 */
public final class RecoveryCurve {

    public static final String TITLE = "Recovery since the end of treatment";
    /** Only the hormonal criteria carry this legend, so TT and LH share one entry. */
    static final String CRITERIA_LEGEND = "Hormonal recovery criteria (" + HormonalRecoveryCriteria.SOURCE.shortName() + ")";
    static final String MILESTONES_LEGEND = HormonalRecoveryCriteria.EXPECTED_BY_MONTHS + " mo: most men met them; "
            + HormonalRecoveryCriteria.DELAYED_AFTER_MONTHS + " mo: delayed if still unmet ("
            + HormonalRecoveryCriteria.SOURCE.shortName() + ")";
    static final String SPERM_THRESHOLD_LEGEND = "Sperm recovery threshold (" + SpermRecoveryCurve.SOURCE.shortName() + ")";
    static final String SPERM_CURVE_LEGEND = "% of men with sperm ≥ 20 million/mL (" + SpermRecoveryCurve.SOURCE.shortName()
            + "): published points, joined by monotone interpolation";
    private static final double CURVE_STEP_MONTHS = 0.25;

    private final LocalDate endOfTreatment;
    private final Map<RecoveryMarker, List<CurveReading>> readings;
    private final List<TrendChart.Phase> phases;

    private RecoveryCurve(LocalDate endOfTreatment, Map<RecoveryMarker, List<CurveReading>> readings,
                          List<TrendChart.Phase> phases) {
        this.endOfTreatment = endOfTreatment;
        this.readings = readings;
        this.phases = phases;
    }

    /**
     * @param readings per marker, each in the marker's canonical unit; a marker may be missing
     * @param phases the protocol timeline's phases; an ongoing one is drawn up to the timeline's today
     * @throws IllegalArgumentException when a value is not in its marker's canonical unit
     */
    public static RecoveryCurve of(LocalDate endOfTreatment, Map<RecoveryMarker, List<CurveReading>> readings,
                                   List<ProtocolTimeline.Phase> phases) {
        Map<RecoveryMarker, List<CurveReading>> sorted = new EnumMap<>(RecoveryMarker.class);
        for (var marker : RecoveryMarker.values()) {
            var values = readings.getOrDefault(marker, List.of());
            values.stream().filter(reading -> reading.value().unit() != marker.unit()).findFirst().ifPresent(wrong -> {
                throw new IllegalArgumentException(marker.label() + " must be in " + marker.unit().symbol()
                        + " for the recovery curve, not " + wrong.value().unit().symbol());
            });
            sorted.put(marker, values.stream().sorted(Comparator.comparing(CurveReading::collectedOn)).toList());
        }
        var bands = new ArrayList<TrendChart.Phase>();
        for (var phase : phases) {
            double from = months(endOfTreatment, phase.from());
            bands.add(phase.to() == null ? TrendChart.Phase.ongoing(phase.label(), from)
                    : new TrendChart.Phase(phase.label(), from, months(endOfTreatment, phase.to())));
        }
        return new RecoveryCurve(endOfTreatment, sorted, List.copyOf(bands));
    }

    /** The published sources behind the expected lines, in the order the chart prints them. */
    public static List<Citation> sources() {
        return List.of(HormonalRecoveryCriteria.SOURCE, SpermRecoveryCurve.SOURCE);
    }

    public LocalDate endOfTreatment() {
        return endOfTreatment;
    }

    public List<CurveReading> readings(RecoveryMarker marker) {
        return readings.get(marker);
    }

    /** The chart in English, as on screen. */
    public RecoveryChart chart() {
        return chart(Words.ENGLISH);
    }

    /** The same chart in other words, e.g. a Spanish handout's; the values and lines are the same. */
    public RecoveryChart chart(Words words) {
        var testosterone = panel(RecoveryMarker.TOTAL_TESTOSTERONE, words)
                .withCriterion(new RecoveryChart.Criterion(HormonalRecoveryCriteria.TOTAL_TESTOSTERONE.value().doubleValue(),
                        "> " + words.quantity(RecoveryMarker.TOTAL_TESTOSTERONE, HormonalRecoveryCriteria.TOTAL_TESTOSTERONE),
                        words.criteriaLegend()))
                .withMilestone(milestone(HormonalRecoveryCriteria.EXPECTED_BY_MONTHS, true, words))
                .withMilestone(milestone(HormonalRecoveryCriteria.DELAYED_AFTER_MONTHS, true, words));
        var lh = panel(RecoveryMarker.LH, words)
                .withCriterion(new RecoveryChart.Criterion(HormonalRecoveryCriteria.LH.value().doubleValue(),
                        "> " + words.quantity(RecoveryMarker.LH, HormonalRecoveryCriteria.LH), words.criteriaLegend()))
                .withMilestone(milestone(HormonalRecoveryCriteria.EXPECTED_BY_MONTHS, false, words))
                .withMilestone(milestone(HormonalRecoveryCriteria.DELAYED_AFTER_MONTHS, false, words));
        var sperm = panel(RecoveryMarker.SPERM_CONCENTRATION, words)
                .withCriterion(new RecoveryChart.Criterion(SpermRecoveryCurve.THRESHOLD.value().doubleValue(),
                        words.quantity(RecoveryMarker.SPERM_CONCENTRATION, SpermRecoveryCurve.THRESHOLD),
                        words.spermThresholdLegend()))
                .withExpectation(spermExpectation(words));
        return new RecoveryChart(words.title(), List.of(testosterone, lh, sperm), phases,
                List.of(words.hormonalSource(), words.spermSource()), words.chart());
    }

    /**
     * Every word the recovery chart prints, so a handout in another language draws the same chart in its own
     * words. Citations stay as published.
     *
     * @param names each marker's panel heading
     * @param units each marker's unit as the axis and the lines read it
     * @param monthsShort after a milestone's month, e.g. "mo" in "3 mo"
     * @param hormonalSource the line under the legend naming the hormonal criteria's full citation; so spermSource
     */
    public record Words(RecoveryChart.Words chart, String title, Map<RecoveryMarker, String> names,
                        Map<RecoveryMarker, String> units, String criteriaLegend, String milestonesLegend,
                        String monthsShort, String spermThresholdLegend, String spermCurveLegend, String percentAxis,
                        String spermCurveWords, String hormonalSource, String spermSource) {

        public static final Words ENGLISH = english();

        public Words {
            names = Map.copyOf(names);
            units = Map.copyOf(units);
            for (RecoveryMarker marker : RecoveryMarker.values()) {
                if (!names.containsKey(marker) || !units.containsKey(marker)) {
                    throw new IllegalArgumentException("The recovery chart's words lack " + marker);
                }
            }
        }

        private static Words english() {
            Map<RecoveryMarker, String> names = new EnumMap<>(RecoveryMarker.class);
            Map<RecoveryMarker, String> units = new EnumMap<>(RecoveryMarker.class);
            for (RecoveryMarker marker : RecoveryMarker.values()) {
                names.put(marker, marker.label());
                units.put(marker, marker.unitWords());
            }
            return new Words(RecoveryChart.Words.ENGLISH, TITLE, names, units, CRITERIA_LEGEND, MILESTONES_LEGEND, "mo",
                    SPERM_THRESHOLD_LEGEND, SPERM_CURVE_LEGEND, "% of men recovered",
                    "of men had sperm ≥ 20 million/mL (" + SpermRecoveryCurve.SOURCE.shortName()
                            + ", interpolated between the published points)",
                    "Hormonal criteria and milestones: " + HormonalRecoveryCriteria.SOURCE.full(),
                    "Sperm recovery: " + SpermRecoveryCurve.SOURCE.full());
        }

        /** E.g. "340 ng/dL", "1,24 UI/L": the published figure with its own decimals, in the words' locale. */
        String quantity(RecoveryMarker marker, Quantity quantity) {
            var format = NumberFormat.getNumberInstance(chart.locale());
            format.setMinimumFractionDigits(Math.max(0, quantity.value().scale()));
            format.setMaximumFractionDigits(Math.max(0, quantity.value().scale()));
            return format.format(quantity.value()) + " " + units.get(marker);
        }
    }

    /** One row per collection date, oldest first: the chart's values as text. */
    public List<Row> table() {
        Map<LocalDate, Map<RecoveryMarker, String>> byDate = new TreeMap<>();
        readings.forEach((marker, values) -> values.forEach(reading -> byDate
                .computeIfAbsent(reading.collectedOn(), day -> new EnumMap<>(RecoveryMarker.class))
                .merge(marker, reading.written(marker.decimals()), (earlier, later) -> earlier + " / " + later)));
        return byDate.entrySet().stream()
                .map(entry -> new Row(entry.getKey(), months(endOfTreatment, entry.getKey()), entry.getValue()))
                .toList();
    }

    /** A collection date's values as the table shows them; a marker not measured that day is absent. */
    public record Row(LocalDate collectedOn, double monthsSinceEnd, Map<RecoveryMarker, String> values) {
        public Row {
            values = Map.copyOf(values);
        }

        public String value(RecoveryMarker marker) {
            return values.getOrDefault(marker, "");
        }
    }

    private RecoveryChart.Panel panel(RecoveryMarker marker, Words words) {
        return RecoveryChart.Panel.of(words.names().get(marker), words.units().get(marker), readings.get(marker).stream()
                .map(reading -> new RecoveryChart.Reading(months(endOfTreatment, reading.collectedOn()),
                        reading.value().value().doubleValue(), reading.censoring()))
                .toList());
    }

    private static RecoveryChart.Milestone milestone(int months, boolean labelled, Words words) {
        return new RecoveryChart.Milestone(months, labelled ? months + " " + words.monthsShort() : "",
                words.milestonesLegend());
    }

    private RecoveryChart.Expectation spermExpectation(Words words) {
        double latest = readings.values().stream().flatMap(List::stream)
                .mapToDouble(reading -> months(endOfTreatment, reading.collectedOn())).max().orElse(0);
        double until = Math.max(SpermRecoveryCurve.fullRecoveryMonths(), latest) + 1;
        var curve = SpermRecoveryCurve.sampled(CURVE_STEP_MONTHS, until).stream()
                .map(point -> new TrendChart.CurvePoint(point[0], point[1])).toList();
        var published = SpermRecoveryCurve.published().stream()
                .map(point -> new TrendChart.CurvePoint(point.months(), point.percent())).toList();
        return new RecoveryChart.Expectation(words.spermCurveLegend(), words.percentAxis(), words.spermCurveWords(),
                curve, published);
    }

    static double months(LocalDate endOfTreatment, LocalDate day) {
        return RecoveryClock.endedOn(endOfTreatment, day).monthsSinceEnd().orElseThrow();
    }
}
