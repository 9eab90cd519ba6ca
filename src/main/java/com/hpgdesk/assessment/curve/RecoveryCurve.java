package com.hpgdesk.assessment.curve;

import com.hpgdesk.chart.RecoveryChart;
import com.hpgdesk.chart.TrendChart;
import com.hpgdesk.patient.RecoveryClock;
import com.hpgdesk.protocol.ProtocolTimeline;
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

    public RecoveryChart chart() {
        var testosterone = panel(RecoveryMarker.TOTAL_TESTOSTERONE)
                .withCriterion(new RecoveryChart.Criterion(HormonalRecoveryCriteria.TOTAL_TESTOSTERONE.value().doubleValue(),
                        "> " + HormonalRecoveryCriteria.TOTAL_TESTOSTERONE, CRITERIA_LEGEND))
                .withMilestone(milestone(HormonalRecoveryCriteria.EXPECTED_BY_MONTHS, true))
                .withMilestone(milestone(HormonalRecoveryCriteria.DELAYED_AFTER_MONTHS, true));
        var lh = panel(RecoveryMarker.LH)
                .withCriterion(new RecoveryChart.Criterion(HormonalRecoveryCriteria.LH.value().doubleValue(),
                        "> " + HormonalRecoveryCriteria.LH, CRITERIA_LEGEND))
                .withMilestone(milestone(HormonalRecoveryCriteria.EXPECTED_BY_MONTHS, false))
                .withMilestone(milestone(HormonalRecoveryCriteria.DELAYED_AFTER_MONTHS, false));
        var sperm = panel(RecoveryMarker.SPERM_CONCENTRATION)
                .withCriterion(new RecoveryChart.Criterion(SpermRecoveryCurve.THRESHOLD.value().doubleValue(),
                        "20 million/mL", SPERM_THRESHOLD_LEGEND))
                .withExpectation(spermExpectation());
        return new RecoveryChart(TITLE, List.of(testosterone, lh, sperm), phases, List.of(
                "Hormonal criteria and milestones: " + HormonalRecoveryCriteria.SOURCE.full(),
                "Sperm recovery: " + SpermRecoveryCurve.SOURCE.full()));
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

    private RecoveryChart.Panel panel(RecoveryMarker marker) {
        return RecoveryChart.Panel.of(marker.label(), marker.unitWords(), readings.get(marker).stream()
                .map(reading -> new RecoveryChart.Reading(months(endOfTreatment, reading.collectedOn()),
                        reading.value().value().doubleValue(), reading.censoring()))
                .toList());
    }

    private static RecoveryChart.Milestone milestone(int months, boolean labelled) {
        return new RecoveryChart.Milestone(months, labelled ? months + " mo" : "", MILESTONES_LEGEND);
    }

    private RecoveryChart.Expectation spermExpectation() {
        double latest = readings.values().stream().flatMap(List::stream)
                .mapToDouble(reading -> months(endOfTreatment, reading.collectedOn())).max().orElse(0);
        double until = Math.max(SpermRecoveryCurve.fullRecoveryMonths(), latest) + 1;
        var curve = SpermRecoveryCurve.sampled(CURVE_STEP_MONTHS, until).stream()
                .map(point -> new TrendChart.CurvePoint(point[0], point[1])).toList();
        var published = SpermRecoveryCurve.published().stream()
                .map(point -> new TrendChart.CurvePoint(point.months(), point.percent())).toList();
        return new RecoveryChart.Expectation(SPERM_CURVE_LEGEND, "% of men recovered",
                "of men had sperm ≥ 20 million/mL (" + SpermRecoveryCurve.SOURCE.shortName()
                        + ", interpolated between the published points)", curve, published);
    }

    static double months(LocalDate endOfTreatment, LocalDate day) {
        return RecoveryClock.endedOn(endOfTreatment, day).monthsSinceEnd().orElseThrow();
    }
}
