package com.hpgdesk.lab.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.hpgdesk.chart.TrendChart;
import com.hpgdesk.lab.Flag;
import com.hpgdesk.lab.MarkerCatalogue;
import com.hpgdesk.lab.MarkerKey;
import com.hpgdesk.lab.Quantity;
import com.hpgdesk.lab.ReportedValue;
import com.hpgdesk.lab.RangeOrigin;
import com.hpgdesk.lab.Unit;
import com.hpgdesk.lab.results.TrendPoint;
import com.hpgdesk.patient.RecoveryClock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class LabTrendChartTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

    private static TrendPoint point(long id, LocalDate collectedOn, String ngPerDl) {
        var value = ReportedValue.exact(Quantity.of(ngPerDl, Unit.NG_PER_DL));
        return new TrendPoint(id, collectedOn, value, value, Flag.NO_RANGE, null, RangeOrigin.DEFAULT);
    }

    private static final List<TrendPoint> SERIES = List.of(
            point(1, LocalDate.of(2026, 1, 10), "900"),
            point(2, LocalDate.of(2026, 4, 10), "1100"));

    @Test
    void afterTreatmentTheAxisCountsMonthsSinceTheEnd() {
        var clock = RecoveryClock.endedOn(LocalDate.of(2025, 12, 10), TODAY);
        var chart = LabTrendChart.of(MarkerCatalogue.standard().get(MarkerKey.TOTAL_TESTOSTERONE), SERIES, clock, null);
        assertThat(chart.xAxisLabel()).isEqualTo(TrendChart.MONTHS_SINCE_END);
        assertThat(chart.points().getFirst().months()).isCloseTo(1.0, within(0.05));
    }

    @Test
    void onTreatmentTheAxisSaysSoAndCountsFromTheFirstResult() {
        var clock = RecoveryClock.onTreatmentSince(LocalDate.of(2023, 3, 1), TODAY);
        var chart = LabTrendChart.of(MarkerCatalogue.standard().get(MarkerKey.TOTAL_TESTOSTERONE), SERIES, clock, null);
        assertThat(chart.xAxisLabel()).isEqualTo(LabTrendChart.ON_TREATMENT_AXIS).contains("on treatment")
                .doesNotStartWith(TrendChart.MONTHS_SINCE_END);
        assertThat(chart.points()).extracting(TrendChart.Point::months).allMatch(months -> months >= 0);
        assertThat(chart.points().getFirst().months()).isZero();
        assertThat(chart.points().getLast().months()).isCloseTo(2.96, within(0.05));
    }
}
