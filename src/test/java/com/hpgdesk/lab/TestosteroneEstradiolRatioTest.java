package com.hpgdesk.lab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.hpgdesk.base.InvalidInputException;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

class TestosteroneEstradiolRatioTest {

    private final TestosteroneEstradiolRatio ratio = new TestosteroneEstradiolRatio(MarkerCatalogue.standard());

    @Test
    void isTotalTestosteroneInNgPerDlOverEstradiolInPgPerMl() {
        TestosteroneEstradiolRatio.Result result = ratio.calculate(Quantity.of("500", Unit.NG_PER_DL), Quantity.of("25", Unit.PG_PER_ML));
        assertThat(result.ratio()).isEqualByComparingTo("20");
        assertThat(result.form()).isEqualTo("total testosterone (ng/dL) ÷ estradiol (pg/mL)");
        assertThat(result.citation()).isNotBlank();
    }

    @Test
    void convertsSiInputsToTheMassFormFirst() {
        // 17.337 nmol/L = 500 ng/dL; 91.78 pmol/L = 25 pg/mL
        TestosteroneEstradiolRatio.Result result = ratio.calculate(
                Quantity.of("17.337", Unit.NMOL_PER_L), Quantity.of("91.78", Unit.PMOL_PER_L));
        assertThat(result.ratio().setScale(1, RoundingMode.HALF_UP)).isEqualByComparingTo("20.0");
    }

    @Test
    void refusesZeroEstradiol() {
        assertThatThrownBy(() -> ratio.calculate(Quantity.of("500", Unit.NG_PER_DL), Quantity.of("0", Unit.PG_PER_ML)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("estradiol of zero");
    }
}
