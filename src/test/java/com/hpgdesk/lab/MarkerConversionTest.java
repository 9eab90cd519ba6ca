package com.hpgdesk.lab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.hpgdesk.base.InvalidInputException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class MarkerConversionTest {

    private static final MarkerCatalogue CATALOGUE = MarkerCatalogue.standard();

    static Stream<Arguments> everyAcceptedUnitOfEveryMarker() {
        return CATALOGUE.markers().stream()
                .flatMap(m -> m.acceptedUnits().stream().map(u -> Arguments.of(m.key().value(), u)));
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("everyAcceptedUnitOfEveryMarker")
    void everyAcceptedUnitConvertsToCanonicalAndBack(String key, Unit unit) {
        Marker marker = CATALOGUE.get(new MarkerKey(key));
        for (String text : new String[] {"0.37", "1", "12.5", "48", "288.4", "4321.123"}) {
            Quantity reported = Quantity.of(text, unit);
            Quantity canonical = marker.toCanonical(reported);
            assertThat(canonical.unit()).isEqualTo(marker.canonicalUnit());
            Quantity back = marker.convert(canonical, unit);
            assertThat(back.unit()).isEqualTo(unit);
            assertThat(back.value().setScale(reported.value().scale(), RoundingMode.HALF_UP))
                    .as("%s %s → %s → back", text, unit, canonical)
                    .isEqualByComparingTo(reported.value());
            assertThat(back.value().subtract(reported.value()).abs())
                    .isLessThan(reported.value().abs().max(BigDecimal.ONE).scaleByPowerOfTen(-12));
        }
    }

    @ParameterizedTest(name = "{0}: {1} {2} = {3} {4}")
    @CsvSource(delimiter = '|', value = {
            "TOTAL_TESTOSTERONE | 10     | nmol/L   | 288.4  | 1",
            "TOTAL_TESTOSTERONE | 3.4    | ng/mL    | 340    | 0",
            "ESTRADIOL          | 100    | pmol/L   | 27.24  | 2",
            "FASTING_GLUCOSE    | 5.5    | mmol/L   | 99.09  | 2",
            "HBA1C              | 48     | mmol/mol | 6.54   | 2",
            "VITAMIN_D_25OH     | 75     | nmol/L   | 30.0   | 1",
            "FREE_TESTOSTERONE  | 100    | pmol/L   | 28.84  | 2",
            "LH                 | 5.2    | mIU/mL   | 5.2    | 1",
            "PROLACTIN          | 212    | mIU/L    | 10.0   | 1",
            "FASTING_INSULIN    | 60     | pmol/L   | 10.0   | 1",
            "CORTISOL_AM        | 275.9  | nmol/L   | 10.0   | 1",
            "ZINC               | 10     | µmol/L   | 65.38  | 2",
            "MAGNESIUM          | 1      | mmol/L   | 2.431  | 3",
            "HEMATOCRIT         | 0.45   | L/L      | 45.0   | 1",
            "ALBUMIN            | 43     | g/L      | 4.3    | 1",
            "HS_CRP             | 0.5    | mg/dL    | 5.0    | 1",
            "PSA                | 1.7    | µg/L     | 1.7    | 1",
    })
    void convertsKnownValuesFromTheDomainNotes(String key, String value, String unit, String expected, int decimals) {
        Marker marker = CATALOGUE.get(new MarkerKey(key));
        Quantity canonical = marker.toCanonical(Quantity.of(value, Unit.parse(unit).orElseThrow()));
        assertThat(canonical.value().setScale(decimals, RoundingMode.HALF_UP)).isEqualByComparingTo(expected);
    }

    @Test
    void convertsBetweenTwoNonCanonicalUnits() {
        Marker tt = CATALOGUE.get(MarkerKey.TOTAL_TESTOSTERONE);
        // 3.4 ng/mL = 340 ng/dL = 11.79 nmol/L
        Quantity nmol = tt.convert(Quantity.of("3.4", Unit.NG_PER_ML), Unit.NMOL_PER_L);
        assertThat(nmol.value().setScale(2, RoundingMode.HALF_UP)).isEqualByComparingTo("11.79");
    }

    @Test
    void hba1cConversionIsAffineNotAFactor() {
        Marker hba1c = CATALOGUE.get(new MarkerKey("HBA1C"));
        Quantity percent = Quantity.of("6.5", Unit.PERCENT);
        // (6.5 − 2.15) × 10.929 = 47.54 mmol/mol; a pure factor would give zero at zero.
        assertThat(hba1c.convert(percent, Unit.MMOL_PER_MOL).value().setScale(2, RoundingMode.HALF_UP))
                .isEqualByComparingTo("47.54");
        assertThat(hba1c.toCanonical(Quantity.of("0", Unit.MMOL_PER_MOL)).value()).isEqualByComparingTo("2.15");
    }

    @Test
    void refusesAUnitTheMarkerDoesNotAccept() {
        Marker lh = CATALOGUE.get(new MarkerKey("LH"));
        assertThatThrownBy(() -> lh.toCanonical(Quantity.of("5", Unit.NG_PER_DL)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("Unit \"ng/dL\" is not accepted for LH (accepted: IU/L, mIU/mL).")
                .extracting(e -> ((InvalidInputException) e).fieldErrors().keySet())
                .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.COLLECTION)
                .containsExactly("unit");
    }
}
