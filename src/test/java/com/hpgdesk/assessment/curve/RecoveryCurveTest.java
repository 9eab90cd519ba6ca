package com.hpgdesk.assessment.curve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.hpgdesk.chart.Censoring;
import com.hpgdesk.chart.RecoveryChart;
import com.hpgdesk.chart.TrendChart;
import com.hpgdesk.lab.Quantity;
import com.hpgdesk.lab.Unit;
import com.hpgdesk.patient.RecoveryClock;
import com.hpgdesk.protocol.ProtocolTimeline;
import com.hpgdesk.protocol.TreatmentBand;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RecoveryCurveTest {

    static final LocalDate END = LocalDate.of(2025, 1, 10);

    /** A man 6.6 months after his last cycle: TT back over 340, LH first below the assay's limit, sperm still short of 20. */
    static RecoveryCurve recovering() {
        var tt = List.of(
                CurveReading.exact(END.plusDays(200), Quantity.of("470", Unit.NG_PER_DL)),
                CurveReading.exact(END.minusDays(20), Quantity.of("890", Unit.NG_PER_DL)),
                CurveReading.exact(END.plusDays(30), Quantity.of("95.4", Unit.NG_PER_DL)),
                CurveReading.exact(END.plusDays(130), Quantity.of("355", Unit.NG_PER_DL)));
        var lh = List.of(
                new CurveReading(END.plusDays(30), Quantity.of("0.2", Unit.IU_PER_L), Censoring.BELOW_LIMIT),
                CurveReading.exact(END.plusDays(130), Quantity.of("3.4", Unit.IU_PER_L)),
                CurveReading.exact(END.plusDays(200), Quantity.of("4.82", Unit.IU_PER_L)));
        var sperm = List.of(
                CurveReading.exact(END.plusDays(130), Quantity.of("6.5", Unit.MILLION_PER_ML)),
                CurveReading.exact(END.plusDays(200), Quantity.of("18.04", Unit.MILLION_PER_ML)));
        var phases = List.of(
                new ProtocolTimeline.Phase(TreatmentBand.HCG, END.plusDays(3), END.plusDays(92), false, 7, "hCG + SERM"),
                new ProtocolTimeline.Phase(TreatmentBand.SERM, END.plusDays(3), END.plusDays(210), true, 7, "hCG + SERM"));
        return RecoveryCurve.of(END, Map.of(RecoveryMarker.TOTAL_TESTOSTERONE, tt, RecoveryMarker.LH, lh,
                RecoveryMarker.SPERM_CONCENTRATION, sperm), phases);
    }

    @Test
    void drawsTheThreeMarkersInTheirOwnPanelsAgainstMonthsSinceTheEnd() {
        RecoveryChart chart = recovering().chart();

        assertThat(chart.title()).isEqualTo(RecoveryCurve.TITLE);
        assertThat(chart.panels()).extracting(RecoveryChart.Panel::quantity)
                .containsExactly("Total testosterone", "LH", "Sperm concentration");
        assertThat(chart.panels()).extracting(RecoveryChart.Panel::unit).containsExactly("ng/dL", "IU/L", "million/mL");
        var testosterone = chart.panels().getFirst().readings();
        assertThat(testosterone).extracting(RecoveryChart.Reading::value).containsExactly(890.0, 95.4, 355.0, 470.0);
        assertThat(testosterone.getFirst().months()).isCloseTo(-20 / RecoveryClock.DAYS_PER_MONTH, within(1e-9));
        assertThat(testosterone.get(1).months()).isCloseTo(0.986, within(0.001));
    }

    @Test
    void aValueBelowTheLabsLimitStaysCensoredOnTheChart() {
        var lh = recovering().chart().panels().get(1).readings();

        assertThat(lh.getFirst()).isEqualTo(new RecoveryChart.Reading(30 / RecoveryClock.DAYS_PER_MONTH, 0.2,
                Censoring.BELOW_LIMIT));
        assertThat(lh.get(1).censoring()).isEqualTo(Censoring.EXACT);
    }

    @Test
    void theHormonalCriteriaAndMilestonesNameLykhonosov2020() {
        var panels = recovering().chart().panels();

        assertThat(panels.get(0).criteria()).containsExactly(
                new RecoveryChart.Criterion(340, "> 340 ng/dL", "Hormonal recovery criteria (Lykhonosov 2020)"));
        assertThat(panels.get(1).criteria()).containsExactly(
                new RecoveryChart.Criterion(1.24, "> 1.24 IU/L", "Hormonal recovery criteria (Lykhonosov 2020)"));
        assertThat(panels.get(0).milestones()).extracting(RecoveryChart.Milestone::months).containsExactly(3.0, 6.0);
        assertThat(panels.get(0).milestones()).extracting(RecoveryChart.Milestone::label).containsExactly("3 mo", "6 mo");
        assertThat(panels.get(1).milestones()).extracting(RecoveryChart.Milestone::label).containsExactly("", "");
        assertThat(panels.get(0).milestones().getFirst().legend()).endsWith("(Lykhonosov 2020)");
        assertThat(panels.get(2).milestones()).isEmpty();
    }

    @Test
    void theSpermPanelCarriesLiu2006sCurveWithItsPublishedPointsAndThreshold() {
        var sperm = recovering().chart().panels().get(2);

        assertThat(sperm.criteria()).containsExactly(
                new RecoveryChart.Criterion(20, "20 million/mL", "Sperm recovery threshold (Liu 2006)"));
        var expectation = sperm.expectation();
        assertThat(expectation).isNotNull();
        assertThat(expectation.legend()).contains("Liu 2006", "published points", "interpolation");
        assertThat(expectation.published()).containsExactly(new TrendChart.CurvePoint(3.4, 50),
                new TrendChart.CurvePoint(6, 67), new TrendChart.CurvePoint(12, 90), new TrendChart.CurvePoint(16, 96),
                new TrendChart.CurvePoint(24, 100));
        assertThat(expectation.curve().getFirst()).isEqualTo(new TrendChart.CurvePoint(0, 0));
        assertThat(expectation.curve().getLast().months()).isEqualTo(25);
        assertThat(expectation.valueAt(6)).isCloseTo(67, within(1e-9));
        assertThat(expectation.valueAt(12)).isCloseTo(90, within(1e-9));
        assertThat(recovering().chart().panels().get(0).expectation()).isNull();
    }

    @Test
    void printsBothSourcesInFullUnderTheChart() {
        assertThat(recovering().chart().sources()).containsExactly(
                "Hormonal criteria and milestones: " + HormonalRecoveryCriteria.SOURCE.full(),
                "Sperm recovery: " + SpermRecoveryCurve.SOURCE.full());
        assertThat(RecoveryCurve.sources()).extracting(Citation::shortName)
                .containsExactly("Lykhonosov 2020", "Liu 2006");
    }

    @Test
    void protocolPhasesBecomeBandsInMonthsAndAnOngoingOneStopsAtToday() {
        var phases = recovering().chart().phases();

        assertThat(phases).extracting(TrendChart.Phase::label).containsExactly("hCG", "SERM");
        assertThat(phases.getFirst().fromMonths()).isCloseTo(3 / RecoveryClock.DAYS_PER_MONTH, within(1e-9));
        assertThat(phases.getFirst().toMonths()).isCloseTo(92 / RecoveryClock.DAYS_PER_MONTH, within(1e-9));
        assertThat(phases.get(1).toMonths()).isCloseTo(210 / RecoveryClock.DAYS_PER_MONTH, within(1e-9));
    }

    @Test
    void theTableHasOneRowPerCollectionDateWithValuesAsTheLabWroteThem() {
        var rows = recovering().table();

        assertThat(rows).extracting(RecoveryCurve.Row::collectedOn).containsExactly(END.minusDays(20),
                END.plusDays(30), END.plusDays(130), END.plusDays(200));
        var early = rows.get(1);
        assertThat(early.value(RecoveryMarker.TOTAL_TESTOSTERONE)).isEqualTo("95");
        assertThat(early.value(RecoveryMarker.LH)).isEqualTo("< 0.2");
        assertThat(early.value(RecoveryMarker.SPERM_CONCENTRATION)).isEmpty();
        var latest = rows.getLast();
        assertThat(latest.value(RecoveryMarker.LH)).isEqualTo("4.82");
        assertThat(latest.value(RecoveryMarker.SPERM_CONCENTRATION)).isEqualTo("18.0");
        assertThat(latest.monthsSinceEnd()).isCloseTo(6.57, within(0.01));
        assertThat(rows.getFirst().monthsSinceEnd()).isNegative();
    }

    @Test
    void theSummarySaysWhatTheExpectedCurveShowsAtTheLatestSpermCount() {
        String summary = recovering().chart().summary();

        assertThat(summary).contains("Total testosterone: 4 values from -0.7 to 6.6 months; latest 470 ng/dL at 6.6 months.",
                "LH: 3 values from 1 to 6.6 months; latest 4.82 IU/L at 6.6 months.",
                "Expected by 6.6 months: 70 % of men had sperm ≥ 20 million/mL (Liu 2006",
                "Protocol phases: hCG from 0.1 to 3 months; SERM from 0.1 to 6.9 months.");
    }

    @Test
    void aPatientWithoutResultsGetsEmptyPanelsStillOverTheExpectations() {
        var chart = RecoveryCurve.of(END, Map.of(), List.of()).chart();

        assertThat(chart.panels()).allSatisfy(panel -> assertThat(panel.readings()).isEmpty());
        assertThat(chart.panels().get(2).expectation()).isNotNull();
        assertThat(chart.summary()).startsWith("Total testosterone: no values yet. LH: no values yet.")
                .endsWith("No protocol phases recorded.");
        assertThat(RecoveryCurve.of(END, Map.of(), List.of()).table()).isEmpty();
    }

    @Test
    void refusesAValueNotInItsMarkersCanonicalUnit() {
        var nmol = List.of(CurveReading.exact(END, Quantity.of("12", Unit.NMOL_PER_L)));

        assertThatThrownBy(() -> RecoveryCurve.of(END, Map.of(RecoveryMarker.TOTAL_TESTOSTERONE, nmol), List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Total testosterone must be in ng/dL for the recovery curve, not nmol/L");
    }
}
