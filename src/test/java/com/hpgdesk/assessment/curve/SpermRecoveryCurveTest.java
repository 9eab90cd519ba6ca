package com.hpgdesk.assessment.curve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.hpgdesk.lab.Unit;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpermRecoveryCurveTest {

    @ParameterizedTest(name = "{1} % by {0} months")
    @CsvSource({"3.4, 50", "6, 67", "12, 90", "16, 96", "24, 100"})
    void passesThroughEveryPublishedPointOfLiu2006(double months, double percent) {
        assertThat(SpermRecoveryCurve.percentRecoveredBy(months)).isCloseTo(percent, within(1e-9));
    }

    @Test
    void thePublishedPointsAreThoseOfThePaperWithTheirWording() {
        assertThat(SpermRecoveryCurve.published()).extracting(SpermRecoveryCurve.PublishedPoint::months)
                .containsExactly(3.4, 6.0, 12.0, 16.0, 24.0);
        assertThat(SpermRecoveryCurve.published()).extracting(SpermRecoveryCurve.PublishedPoint::percent)
                .containsExactly(50.0, 67.0, 90.0, 96.0, 100.0);
        assertThat(SpermRecoveryCurve.published().get(1).reported()).contains("67 %", "6 months");
        assertThat(SpermRecoveryCurve.fullRecoveryMonths()).isEqualTo(24);
    }

    @Test
    void noOneHasRecoveredWhenTreatmentEndsAndEveryoneHasBy24Months() {
        assertThat(SpermRecoveryCurve.percentRecoveredBy(0)).isZero();
        assertThat(SpermRecoveryCurve.percentRecoveredBy(-2)).isZero();
        assertThat(SpermRecoveryCurve.percentRecoveredBy(30)).isEqualTo(100);
    }

    @Test
    void theInterpolationNeverFallsAndNeverLeavesTheRangeOfItsNeighbours() {
        double previous = 0;
        for (int step = 0; step <= 2600; step++) {
            double months = step / 100.0;
            double percent = SpermRecoveryCurve.percentRecoveredBy(months);
            assertThat(percent).as("at %.2f months", months).isGreaterThanOrEqualTo(previous - 1e-9)
                    .isBetween(0.0, 100.0);
            previous = percent;
        }
        assertThat(SpermRecoveryCurve.percentRecoveredBy(9)).isStrictlyBetween(67.0, 90.0);
        assertThat(SpermRecoveryCurve.percentRecoveredBy(20)).isStrictlyBetween(96.0, 100.0);
        assertThat(SpermRecoveryCurve.percentRecoveredBy(1)).isStrictlyBetween(0.0, 50.0);
    }

    @Test
    void samplesTheCurveForDrawingUpToTheRequestedMonth() {
        var points = SpermRecoveryCurve.sampled(0.5, 25);

        assertThat(points).hasSize(51);
        assertThat(points.getFirst()).containsExactly(0, 0);
        assertThat(points.get(12)).containsExactly(6, 67);
        assertThat(points.getLast()).containsExactly(25, 100);
        assertThatThrownBy(() -> SpermRecoveryCurve.sampled(0, 24)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void citesThePooledAnalysisWithItsDoiAndItsThresholdCarriesTheUnit() {
        assertThat(SpermRecoveryCurve.SOURCE.shortName()).isEqualTo("Liu 2006");
        assertThat(SpermRecoveryCurve.SOURCE.full()).contains("Lancet. 2006;367(9520):1412-20",
                "doi:10.1016/S0140-6736(06)68614-5");
        assertThat(SpermRecoveryCurve.SOURCE.doiAddress()).isEqualTo("https://doi.org/10.1016/S0140-6736(06)68614-5");
        assertThat(SpermRecoveryCurve.THRESHOLD.unit()).isEqualTo(Unit.MILLION_PER_ML);
        assertThat(SpermRecoveryCurve.THRESHOLD.value()).isEqualByComparingTo(new BigDecimal("20"));
    }
}
