package com.hpgdesk.lab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.hpgdesk.base.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MarkerEvaluationTest {

    private static final MarkerCatalogue CATALOGUE = MarkerCatalogue.standard();
    private final Marker tt = CATALOGUE.get(MarkerKey.TOTAL_TESTOSTERONE);
    private final Marker psa = CATALOGUE.get(new MarkerKey("PSA"));
    private final Marker shbg = CATALOGUE.get(MarkerKey.SHBG);

    @ParameterizedTest(name = "{0} {1} → {2}")
    @CsvSource({
            "263, ng/dL, BELOW_RANGE",
            "264, ng/dL, IN_RANGE",
            "916, ng/dL, IN_RANGE",
            "917, ng/dL, ABOVE_RANGE",
            "10, nmol/L, IN_RANGE",
            "5, nmol/L, BELOW_RANGE",
            "40, nmol/L, ABOVE_RANGE",
    })
    void flagsAgainstTheDefaultRangeInAnyUnit(String value, String unit, Flag expected) {
        FlaggedValue flagged = tt.evaluate(Quantity.of(value, Unit.parse(unit).orElseThrow()), null, 35);
        assertThat(flagged.flag()).isEqualTo(expected);
        assertThat(flagged.rangeOrigin()).isEqualTo(RangeOrigin.DEFAULT);
        assertThat(flagged.rangeSource()).contains("Endocrine Sciences");
        assertThat(flagged.canonical().unit()).isEqualTo(Unit.NG_PER_DL);
    }

    @Test
    void theLabsOwnRangeWinsOverTheDefaultEvenInAnotherUnit() {
        // 250 ng/dL is below the default 264 but inside this lab's 8.0–29.0 nmol/L (231–836 ng/dL).
        Quantity value = Quantity.of("250", Unit.NG_PER_DL);
        assertThat(tt.evaluate(value, null, 35).flag()).isEqualTo(Flag.BELOW_RANGE);

        FlaggedValue withLabRange = tt.evaluate(value, ReferenceRange.between("8.0", "29.0", Unit.NMOL_PER_L), 35);
        assertThat(withLabRange.flag()).isEqualTo(Flag.IN_RANGE);
        assertThat(withLabRange.rangeOrigin()).isEqualTo(RangeOrigin.LAB);
        assertThat(withLabRange.range()).isEqualTo(ReferenceRange.between("8.0", "29.0", Unit.NMOL_PER_L));
        assertThat(withLabRange.rangeSource()).isEqualTo("Reporting laboratory");
    }

    @Test
    void refusesALabRangeInAUnitTheMarkerDoesNotAccept() {
        assertThatThrownBy(() -> tt.evaluate(Quantity.of("500", Unit.NG_PER_DL), ReferenceRange.between("1", "9", Unit.IU_PER_L), 35))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("\"IU/L\" is not accepted for Total testosterone");
    }

    @ParameterizedTest(name = "PSA 3.0 ng/mL at {0} y → {1}")
    @CsvSource({
            "35, ABOVE_RANGE",
            "45, ABOVE_RANGE",
            "49, ABOVE_RANGE",
            "50, IN_RANGE",
            "65, IN_RANGE",
            "85, IN_RANGE",
    })
    void psaUpperLimitFollowsAge(int age, Flag expected) {
        assertThat(psa.evaluate(Quantity.of("3.0", Unit.NG_PER_ML), null, age).flag()).isEqualTo(expected);
    }

    @Test
    void psaAgeBandsMatchTheTable() {
        assertThat(psa.defaultRange(39)).map(ReferenceRange::high).hasValueSatisfying(h -> assertThat(h).isEqualByComparingTo("2.0"));
        assertThat(psa.defaultRange(40)).map(ReferenceRange::high).hasValueSatisfying(h -> assertThat(h).isEqualByComparingTo("2.5"));
        assertThat(psa.defaultRange(59)).map(ReferenceRange::high).hasValueSatisfying(h -> assertThat(h).isEqualByComparingTo("3.5"));
        assertThat(psa.defaultRange(60)).map(ReferenceRange::high).hasValueSatisfying(h -> assertThat(h).isEqualByComparingTo("4.5"));
        assertThat(psa.defaultRange(70)).map(ReferenceRange::high).hasValueSatisfying(h -> assertThat(h).isEqualByComparingTo("6.5"));
    }

    @Test
    void shbgRangeChangesAtFifty() {
        Quantity value = Quantity.of("60", Unit.NMOL_PER_L);
        assertThat(shbg.evaluate(value, null, 49).flag()).isEqualTo(Flag.ABOVE_RANGE);
        assertThat(shbg.evaluate(value, null, 50).flag()).isEqualTo(Flag.IN_RANGE);
        assertThat(shbg.evaluate(Quantity.of("18", Unit.NMOL_PER_L), null, 50).flag()).isEqualTo(Flag.BELOW_RANGE);
        assertThat(shbg.evaluate(Quantity.of("18", Unit.NMOL_PER_L), null, 30).flag()).isEqualTo(Flag.IN_RANGE);
    }

    @Test
    void anAgeBandedMarkerWithoutAgeGetsNoDefaultRangeRatherThanAGuess() {
        FlaggedValue flagged = psa.evaluate(Quantity.of("3.0", Unit.NG_PER_ML), null, null);
        assertThat(flagged.flag()).isEqualTo(Flag.NO_RANGE);
        assertThat(flagged.rangeOrigin()).isEqualTo(RangeOrigin.NONE);
        assertThat(flagged.range()).isNull();
        // A lab range still applies.
        assertThat(psa.evaluate(Quantity.of("3.0", Unit.NG_PER_ML), ReferenceRange.atMost("4.0", Unit.NG_PER_ML), null).flag())
                .isEqualTo(Flag.IN_RANGE);
    }

    @Test
    void anUnbandedRangeAppliesWithoutAge() {
        assertThat(tt.evaluate(Quantity.of("100", Unit.NG_PER_DL), null, null).flag()).isEqualTo(Flag.BELOW_RANGE);
    }

    @Test
    void refusesAnImpossibleValueNamingMarkerValueUnitAndLimits() {
        assertThatThrownBy(() -> tt.evaluate(Quantity.of("50000", Unit.NG_PER_DL), null, 35))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("Total testosterone 50,000 ng/dL is not physically possible (accepted 0–15,000 ng/dL). "
                        + "Check the value and unit.");
    }

    @Test
    void givesThePlausibleLimitsInTheUnitTheValueWasEnteredIn() {
        assertThat(tt.implausibility(Quantity.of("2000", Unit.NMOL_PER_L))).contains(
                "Total testosterone 2,000 nmol/L is not physically possible (accepted 0–520.111 nmol/L). Check the value and unit.");
    }

    @ParameterizedTest(name = "{0} {1} {2} is refused")
    @CsvSource(delimiter = '|', value = {
            "HEMATOCRIT | 101 | %",
            "HEMATOCRIT | 1.2 | L/L",
            "LH | -0.5 | IU/L",
            "ESTRADIOL | -1 | pg/mL",
            "HBA1C | 1.0 | %",
            "ALBUMIN | 45 | g/dL",
    })
    void refusesImpossibleValues(String key, String value, String unit) {
        Marker marker = CATALOGUE.get(new MarkerKey(key));
        Quantity quantity = Quantity.of(value, Unit.parse(unit).orElseThrow());
        assertThat(marker.implausibility(quantity)).hasValueSatisfying(message -> assertThat(message)
                .startsWith(marker.name() + " " + quantity + " is not physically possible")
                .endsWith("Check the value and unit."));
        assertThatThrownBy(() -> marker.requirePlausible(quantity)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void acceptsAbnormalButPossibleValuesWithAFlag() {
        Marker hct = CATALOGUE.get(new MarkerKey("HEMATOCRIT"));
        assertThat(hct.implausibility(Quantity.of("58", Unit.PERCENT))).isEmpty();
        assertThat(hct.evaluate(Quantity.of("58", Unit.PERCENT), null, 40).flag()).isEqualTo(Flag.ABOVE_RANGE);
        assertThat(tt.evaluate(Quantity.of("0", Unit.NG_PER_DL), null, 40).flag()).isEqualTo(Flag.BELOW_RANGE);
    }
}
