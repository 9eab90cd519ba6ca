package com.hpgdesk.lab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.hpgdesk.base.InvalidInputException;
import org.junit.jupiter.api.Test;

/** Derived markers read a censored input as an interval: a bound when the formula allows one, else nothing. */
class CensoredDerivedMarkersTest {

    private static final MarkerCatalogue CATALOGUE = MarkerCatalogue.standard();
    private final TestosteroneEstradiolRatio ratio = new TestosteroneEstradiolRatio(CATALOGUE);
    private final HomaIr homaIr = new HomaIr(CATALOGUE);
    private final CalculatedFreeTestosterone freeT = new CalculatedFreeTestosterone(CATALOGUE);
    private final Marker estradiol = CATALOGUE.get(MarkerKey.ESTRADIOL);

    private static ReportedValue value(String text, Unit unit) {
        return ReportedValue.parse(text, unit);
    }

    @Test
    void anEstradiolBelowTheAssayLimitGivesALowerBoundOfTheRatio() {
        var result = ratio.calculate(value("500", Unit.NG_PER_DL), value("< 5", Unit.PG_PER_ML), estradiol);
        assertThat(result.censoring()).isEqualTo(Censoring.GREATER_THAN);
        assertThat(result.ratio()).isEqualByComparingTo("100");
        assertThat(result.caveats()).singleElement().asString()
                .isEqualTo("estradiol < 5 pg/mL is a limit of the assay, not a measured value: the ratio is only known "
                        + "to be at least the number shown.");
    }

    @Test
    void anEstradiolAboveTheAssayLimitGivesAnUpperBound() {
        var result = ratio.calculate(value("500", Unit.NG_PER_DL), value("> 100", Unit.PG_PER_ML), estradiol);
        assertThat(result.censoring()).isEqualTo(Censoring.LESS_THAN);
        assertThat(result.ratio()).isEqualByComparingTo("5");
    }

    @Test
    void theRatioOfTwoLowerThanValuesCannotBeCalculated() {
        assertThatThrownBy(() -> ratio.calculate(value("< 20", Unit.NG_PER_DL), value("< 5", Unit.PG_PER_ML), estradiol))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.getMessage())
                        .contains("total testosterone < 20 ng/dL and estradiol < 5 pg/mL are limits of the assay that pull "
                                + "the ratio in opposite directions"));
    }

    @Test
    void anEstradiolOfUnknownMethodEntersTheRatioWithACaveat() {
        var result = ratio.calculate(value("500", Unit.NG_PER_DL), value("25", Unit.PG_PER_ML),
                CATALOGUE.get(MarkerKey.ESTRADIOL_METHOD_UNKNOWN));
        assertThat(result.censoring()).isEqualTo(Censoring.EXACT);
        assertThat(result.ratio()).isEqualByComparingTo("20");
        assertThat(result.caveats()).containsExactly(TestosteroneEstradiolRatio.METHOD_NOT_STATED);
    }

    @Test
    void homaIrRisesWithBothInputsSoAnInsulinBelowTheLimitBoundsItFromAbove() {
        var result = homaIr.calculate(value("90", Unit.MG_PER_DL), value("< 2", Unit.UIU_PER_ML));
        assertThat(result.censoring()).isEqualTo(Censoring.LESS_THAN);
        assertThat(result.value().doubleValue()).isCloseTo(0.444, within(0.001));
        assertThat(result.caveats()).singleElement().asString().contains("HOMA-IR is only known to be at most");
        assertThat(homaIr.calculate(value("≥ 400", Unit.MG_PER_DL), value("10", Unit.UIU_PER_ML)).censoring())
                .isEqualTo(Censoring.AT_LEAST);
    }

    @Test
    void homaIrWithInputsCensoredOppositeWaysCannotBeCalculated() {
        assertThatThrownBy(() -> homaIr.calculate(value("> 400", Unit.MG_PER_DL), value("< 2", Unit.UIU_PER_ML)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("opposite directions");
    }

    @Test
    void aTotalTestosteroneBelowTheLimitBoundsFreeTestosteroneFromAbove() {
        var bound = freeT.calculate(value("< 1", Unit.NMOL_PER_L), value("40", Unit.NMOL_PER_L), null);
        var atTheLimit = freeT.calculate(Quantity.of("1", Unit.NMOL_PER_L), Quantity.of("40", Unit.NMOL_PER_L), null);
        assertThat(bound.censoring()).isEqualTo(Censoring.LESS_THAN);
        assertThat(bound.freeNmolPerL()).isEqualTo(atTheLimit.freeNmolPerL());
        assertThat(bound.assumptions()).anySatisfy(text -> assertThat(text)
                .contains("total testosterone < 1 nmol/L is a limit of the assay")
                .contains("free testosterone is only known to be at most"));
        // Monotonic: any total testosterone under the limit gives less free testosterone than the bound.
        var below = freeT.calculate(Quantity.of("0.5", Unit.NMOL_PER_L), Quantity.of("40", Unit.NMOL_PER_L), null);
        assertThat(below.freeNmolPerL().value()).isLessThan(bound.freeNmolPerL().value());
        assertThat(below.freePercentOfTotal()).isLessThanOrEqualTo(bound.freePercentOfTotal());
        assertThat(below.bioavailableNgPerDl().value()).isLessThan(bound.bioavailableNgPerDl().value());
    }

    @Test
    void anShbgAboveTheLimitBoundsFreeTestosteroneFromAboveAndBelowTheLimitFromBelow() {
        assertThat(freeT.calculate(value("10", Unit.NMOL_PER_L), value("> 180", Unit.NMOL_PER_L), null).censoring())
                .isEqualTo(Censoring.LESS_THAN);
        assertThat(freeT.calculate(value("10", Unit.NMOL_PER_L), value("< 5", Unit.NMOL_PER_L), null).censoring())
                .isEqualTo(Censoring.GREATER_THAN);
        assertThatThrownBy(() -> freeT.calculate(value("< 1", Unit.NMOL_PER_L), value("< 5", Unit.NMOL_PER_L), null))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("opposite directions");
    }

    @Test
    void aCensoredAlbuminGivesNoFreeTestosterone() {
        assertThatThrownBy(() -> freeT.calculate(value("10", Unit.NMOL_PER_L), value("40", Unit.NMOL_PER_L),
                value("< 2", Unit.G_PER_DL)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsKey("albumin"));
    }

    @Test
    void theWorkedExamplesStillHoldForExactInputs() {
        var free = freeT.calculate(value("10", Unit.NMOL_PER_L), value("40", Unit.NMOL_PER_L), value("4.3", Unit.G_PER_DL));
        assertThat(free.censoring()).isEqualTo(Censoring.EXACT);
        assertThat(free.freeNmolPerL().value().doubleValue()).isCloseTo(0.174, within(0.0005));
        assertThat(ratio.calculate(Quantity.of("500", Unit.NG_PER_DL), Quantity.of("25", Unit.PG_PER_ML)).ratio())
                .isEqualByComparingTo("20");
    }
}
