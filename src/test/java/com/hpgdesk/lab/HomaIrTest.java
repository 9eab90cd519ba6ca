package com.hpgdesk.lab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.hpgdesk.base.InvalidInputException;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

class HomaIrTest {

    private final HomaIr homaIr = new HomaIr(MarkerCatalogue.standard());

    @Test
    void massFormGivesTheExpectedValue() {
        HomaIr.Result result = homaIr.calculate(Quantity.of("90", Unit.MG_PER_DL), Quantity.of("10", Unit.UIU_PER_ML));
        assertThat(result.value().setScale(2, RoundingMode.HALF_UP)).isEqualByComparingTo("2.22");
        assertThat(result.form()).contains("405");
        assertThat(result.citation()).contains("Matthews").contains("1985");
    }

    @Test
    void molarFormGivesTheSameValue() {
        HomaIr.Result molar = homaIr.calculate(Quantity.of("5.0", Unit.MMOL_PER_L), Quantity.of("10", Unit.UIU_PER_ML));
        HomaIr.Result mass = homaIr.calculate(Quantity.of("90", Unit.MG_PER_DL), Quantity.of("10", Unit.UIU_PER_ML));
        assertThat(molar.value().setScale(2, RoundingMode.HALF_UP)).isEqualByComparingTo("2.22");
        assertThat(molar.form()).contains("22.5");
        assertThat(molar.value().subtract(mass.value()).abs().doubleValue()).isLessThan(0.01);
    }

    @Test
    void insulinInPmolPerLitreIsConvertedFirst() {
        // 60 pmol/L ÷ 6.0 = 10 µIU/mL
        HomaIr.Result result = homaIr.calculate(Quantity.of("90", Unit.MG_PER_DL), Quantity.of("60", Unit.PMOL_PER_L));
        assertThat(result.value().setScale(2, RoundingMode.HALF_UP)).isEqualByComparingTo("2.22");
        assertThat(result.fastingInsulin().quantity()).isEqualTo(Quantity.of("60", Unit.PMOL_PER_L));
    }

    @Test
    void refusesImpossibleInputs() {
        assertThatThrownBy(() -> homaIr.calculate(Quantity.of("-5", Unit.MG_PER_DL), Quantity.of("10", Unit.UIU_PER_ML)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("Fasting glucose");
    }
}
