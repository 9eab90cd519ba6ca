package com.hpgdesk.assessment.curve;

import static org.assertj.core.api.Assertions.assertThat;

import com.hpgdesk.lab.MarkerCatalogue;
import com.hpgdesk.lab.MarkerKey;
import com.hpgdesk.lab.Quantity;
import com.hpgdesk.lab.Unit;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class HormonalRecoveryCriteriaTest {

    private static final MarkerCatalogue CATALOGUE = MarkerCatalogue.standard();

    @Test
    void theCriteriaAreThePapersOwnFiguresInTheCataloguesUnits() {
        // The paper writes TT > 3.4 ng/mL and LH > 1.24 mIU/mL.
        var paperTestosterone = Quantity.of("3.4", Unit.NG_PER_ML);
        var paperLh = Quantity.of("1.24", Unit.MIU_PER_ML);

        assertThat(CATALOGUE.get(MarkerKey.TOTAL_TESTOSTERONE).toCanonical(paperTestosterone).value())
                .isEqualByComparingTo(HormonalRecoveryCriteria.TOTAL_TESTOSTERONE.value());
        assertThat(CATALOGUE.get(new MarkerKey("LH")).toCanonical(paperLh).value())
                .isEqualByComparingTo(HormonalRecoveryCriteria.LH.value());
        assertThat(HormonalRecoveryCriteria.TOTAL_TESTOSTERONE.unit())
                .isEqualTo(CATALOGUE.get(MarkerKey.TOTAL_TESTOSTERONE).canonicalUnit());
        assertThat(HormonalRecoveryCriteria.LH.unit()).isEqualTo(CATALOGUE.get(new MarkerKey("LH")).canonicalUnit());
        assertThat(HormonalRecoveryCriteria.TOTAL_TESTOSTERONE.value()).isEqualByComparingTo(new BigDecimal("340"));
    }

    @Test
    void mostMenMetThemBy3MonthsAndLaterCountsAsDelayedAfter6() {
        assertThat(HormonalRecoveryCriteria.EXPECTED_BY_MONTHS).isEqualTo(3);
        assertThat(HormonalRecoveryCriteria.DELAYED_AFTER_MONTHS).isEqualTo(6);
        assertThat(HormonalRecoveryCriteria.PERCENT_RECOVERED_AT_3_MONTHS).isEqualTo(79.5);
    }

    @Test
    void citesTheStudyWithItsDoi() {
        assertThat(HormonalRecoveryCriteria.SOURCE.shortName()).isEqualTo("Lykhonosov 2020");
        assertThat(HormonalRecoveryCriteria.SOURCE.full()).contains("Problems of Endocrinology. 2020;66(1):104-12",
                "doi:10.14341/probl12223");
    }
}
