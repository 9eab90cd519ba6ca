package com.hpgdesk.lab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.hpgdesk.base.InvalidInputException;
import org.junit.jupiter.api.Test;

class CalculatedFreeTestosteroneTest {

    private final CalculatedFreeTestosterone calculator = new CalculatedFreeTestosterone(MarkerCatalogue.standard());

    @Test
    void matchesTheWorkedCheckOfTheDomainNotes() {
        CalculatedFreeTestosterone.Result result = calculator.calculate(
                Quantity.of("10", Unit.NMOL_PER_L), Quantity.of("40", Unit.NMOL_PER_L), Quantity.of("4.3", Unit.G_PER_DL));

        assertThat(result.freeNmolPerL().value().doubleValue()).isCloseTo(0.174, within(0.0005));
        assertThat(result.freePercentOfTotal().doubleValue()).isCloseTo(1.74, within(0.005));
        assertThat(result.freeNgPerDl().value().doubleValue()).isCloseTo(5.0, within(0.05));
        assertThat(result.freePgPerMl().value().doubleValue()).isCloseTo(50.2, within(0.2));
        assertThat(result.bioavailableNgPerDl().value().doubleValue()).isCloseTo(118, within(1.0));
        assertThat(result.freeNgPerDl().unit()).isEqualTo(Unit.NG_PER_DL);
        assertThat(result.freePgPerMl().unit()).isEqualTo(Unit.PG_PER_ML);
        assertThat(result.albuminAssumed()).isFalse();
        assertThat(result.assumptions()).isEmpty();
        assertThat(result.citation()).contains("Vermeulen").contains("1999");
    }

    @Test
    void albuminTermIsTheNOfTheWorkedCheck() {
        // N = 1 + K_alb × [Alb] = 1 + 3.6e4 × (43 g/L ÷ 69,000 g/mol) ≈ 23.43; bioavailable = N × FT.
        CalculatedFreeTestosterone.Result result = calculator.calculate(
                Quantity.of("10", Unit.NMOL_PER_L), Quantity.of("40", Unit.NMOL_PER_L), Quantity.of("43", Unit.G_PER_L));
        double n = result.bioavailableNgPerDl().value().doubleValue() / result.freeNgPerDl().value().doubleValue();
        assertThat(n).isCloseTo(23.43, within(0.01));
    }

    @Test
    void usesTheDefaultAlbuminWhenNoneIsMeasuredAndSaysSo() {
        CalculatedFreeTestosterone.Result assumed = calculator.calculate(
                Quantity.of("10", Unit.NMOL_PER_L), Quantity.of("40", Unit.NMOL_PER_L), null);
        CalculatedFreeTestosterone.Result measured = calculator.calculate(
                Quantity.of("10", Unit.NMOL_PER_L), Quantity.of("40", Unit.NMOL_PER_L), Quantity.of("4.3", Unit.G_PER_DL));

        assertThat(assumed.albuminAssumed()).isTrue();
        assertThat(assumed.albumin().quantity()).isEqualTo(Quantity.of("4.3", Unit.G_PER_DL));
        assertThat(assumed.assumptions()).singleElement().asString().contains("4.3 g/dL");
        assertThat(assumed.freeNmolPerL().value()).isEqualByComparingTo(measured.freeNmolPerL().value());
    }

    @Test
    void acceptsInputsInAnyAcceptedUnit() {
        CalculatedFreeTestosterone.Result inNgPerDl = calculator.calculate(
                Quantity.of("288.4", Unit.NG_PER_DL), Quantity.of("40", Unit.NMOL_PER_L), Quantity.of("43", Unit.G_PER_L));
        assertThat(inNgPerDl.freeNmolPerL().value().doubleValue()).isCloseTo(0.174, within(0.0005));
        assertThat(inNgPerDl.totalTestosterone().quantity()).isEqualTo(Quantity.of("288.4", Unit.NG_PER_DL));
    }

    @Test
    void moreShbgMeansLessFreeTestosterone() {
        double low = calculator.calculate(Quantity.of("15", Unit.NMOL_PER_L), Quantity.of("20", Unit.NMOL_PER_L), null)
                .freeNmolPerL().value().doubleValue();
        double high = calculator.calculate(Quantity.of("15", Unit.NMOL_PER_L), Quantity.of("80", Unit.NMOL_PER_L), null)
                .freeNmolPerL().value().doubleValue();
        assertThat(high).isLessThan(low);
    }

    @Test
    void refusesImpossibleInputsAndZeroTestosterone() {
        assertThatThrownBy(() -> calculator.calculate(Quantity.of("-1", Unit.NMOL_PER_L), Quantity.of("40", Unit.NMOL_PER_L), null))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("Total testosterone");
        assertThatThrownBy(() -> calculator.calculate(Quantity.of("0", Unit.NMOL_PER_L), Quantity.of("40", Unit.NMOL_PER_L), null))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("zero");
        assertThatThrownBy(() -> calculator.calculate(Quantity.of("10", Unit.NMOL_PER_L), Quantity.of("40", Unit.IU_PER_L), null))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("not accepted for SHBG");
    }
}
