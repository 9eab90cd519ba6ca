package com.hpgdesk.lab.ui;

import com.hpgdesk.chart.Censoring;
import com.hpgdesk.chart.TrendChart;
import com.hpgdesk.lab.Flag;
import com.hpgdesk.lab.Marker;
import com.hpgdesk.lab.ReportedValue;
import com.hpgdesk.lab.results.TrendPoint;
import com.hpgdesk.patient.RecoveryClock;
import com.hpgdesk.protocol.ProtocolTimeline;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Turns a marker's results into the shared trend chart: months since the end of treatment on the x axis,
 * the reference band, the published recovery thresholds, and the protocol phases underneath.
 */
public final class LabTrendChart {

    /** Published thresholds a clinician reads a recovering man's values against, with who says so. */
    private static final Map<String, List<TrendChart.Threshold>> THRESHOLDS = Map.of(
            "TOTAL_TESTOSTERONE", List.of(new TrendChart.Threshold(340, "Recovery criterion 340 ng/dL (Lykhonosov 2020)")),
            "LH", List.of(new TrendChart.Threshold(1.24, "Recovery criterion 1.24 IU/L (Lykhonosov 2020)")),
            "SPERM_CONCENTRATION", List.of(
                    new TrendChart.Threshold(16, "WHO 2021 lower limit 16 million/mL"),
                    new TrendChart.Threshold(20, "Liu 2006 recovery threshold 20 million/mL")));

    static final String ON_TREATMENT_AXIS = "Months since the first result (on treatment: no end of treatment yet)";

    private LabTrendChart() {
    }

    public static TrendChart of(Marker marker, List<TrendPoint> series, @Nullable RecoveryClock clock,
                                @Nullable ProtocolTimeline timeline) {
        // On treatment there is no end to count from: the axis counts from the first result, as without a course.
        Optional<LocalDate> end = clock == null ? Optional.empty() : clock.endOfTreatment();
        LocalDate origin = end.orElseGet(() -> series.isEmpty() ? LocalDate.now() : series.getFirst().collectedOn());
        var points = series.stream()
                .map(point -> new TrendChart.Point(months(origin, point.collectedOn()),
                        point.canonical().quantity().value().doubleValue(), flag(point.flag()), censor(point.canonical())))
                .toList();
        var chart = TrendChart.of(marker.name(), marker.name(), marker.canonicalUnit().symbol(), points);
        if (clock == null) {
            chart = chart.withXAxisLabel("Months since the first result (no androgen course recorded)");
        } else if (end.isEmpty()) {
            chart = chart.withXAxisLabel(ON_TREATMENT_AXIS);
        }
        if (!series.isEmpty() && series.getLast().canonicalRange() != null) {
            var range = series.getLast().canonicalRange();
            chart = chart.withReferenceBand(new TrendChart.Band(
                    range.low() == null ? null : range.low().doubleValue(),
                    range.high() == null ? null : range.high().doubleValue(),
                    "Reference range (" + series.getLast().rangeOrigin().name().toLowerCase(java.util.Locale.ROOT) + ")"));
        }
        for (var threshold : THRESHOLDS.getOrDefault(marker.key().value(), List.of())) {
            chart = chart.withThreshold(threshold.value(), threshold.label());
        }
        if (timeline != null) {
            for (var phase : timeline.phases()) {
                double from = months(origin, phase.from());
                chart = chart.withPhase(phase.to() == null || phase.ongoing()
                        ? TrendChart.Phase.ongoing(phase.label(), from)
                        : new TrendChart.Phase(phase.label(), from, months(origin, phase.to())));
            }
        }
        return chart;
    }

    /** A censored value is drawn at its limit, with the way the true value lies. */
    static Censoring censor(ReportedValue value) {
        if (value.censoring().isUpperBound()) {
            return Censoring.BELOW_LIMIT;
        }
        return value.censoring().isLowerBound() ? Censoring.ABOVE_LIMIT : Censoring.EXACT;
    }

    static double months(LocalDate origin, LocalDate day) {
        return ChronoUnit.DAYS.between(origin, day) / RecoveryClock.DAYS_PER_MONTH;
    }

    private static TrendChart.Flag flag(Flag flag) {
        return switch (flag) {
            case BELOW_RANGE -> TrendChart.Flag.BELOW;
            case IN_RANGE -> TrendChart.Flag.IN_RANGE;
            case ABOVE_RANGE -> TrendChart.Flag.ABOVE;
            case INDETERMINATE -> TrendChart.Flag.UNKNOWN;
            case NO_RANGE -> TrendChart.Flag.NOT_JUDGED;
        };
    }
}
