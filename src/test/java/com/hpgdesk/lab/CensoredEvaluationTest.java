package com.hpgdesk.lab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.hpgdesk.base.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A censored value is flagged as the interval it stands for, never as if its limit were measured. */
class CensoredEvaluationTest {

    private static final MarkerCatalogue CATALOGUE = MarkerCatalogue.standard();
    private final Marker lh = CATALOGUE.get(new MarkerKey("LH"));
    private final Marker tt = CATALOGUE.get(MarkerKey.TOTAL_TESTOSTERONE);
    private final Marker crp = CATALOGUE.get(new MarkerKey("HS_CRP"));

    @ParameterizedTest(name = "{0} against {1}–{2} → {3}")
    @CsvSource(delimiter = '|', value = {
            // Certainly below: the whole interval lies under the lower limit.
            "< 0.5  | 1.7 | 9.6  | BELOW_RANGE",
            "< 1.7  | 1.7 | 9.6  | BELOW_RANGE",
            // Not known: "< 5" may be below 3 or between 3 and 5.
            "< 5    | 3   | 9.6  | INDETERMINATE",
            "≤ 1.7  | 1.7 | 9.6  | INDETERMINATE",
            "> 5    | 1.3 | 9.6  | INDETERMINATE",
            // Certainly above.
            "> 9.6  | 1.3 | 9.6  | ABOVE_RANGE",
            "> 15   | 1.3 | 9.6  | ABOVE_RANGE",
            "≥ 9.6  | 1.3 | 9.6  | INDETERMINATE",
            // An exact value is flagged as before.
            "5      | 1.3 | 9.6  | IN_RANGE",
    })
    void flagsTheWholeIntervalAgainstTheLabRange(String value, String low, String high, Flag expected) {
        FlaggedValue flagged = lh.evaluate(ReportedValue.parse(value, Unit.IU_PER_L),
                ReferenceRange.between(low, high, Unit.IU_PER_L), 35);
        assertThat(flagged.flag()).isEqualTo(expected);
    }

    @Test
    void aValueBelowTheAssayLimitIsInRangeWhenTheRangeHasOnlyAnUpperLimit() {
        FlaggedValue flagged = crp.evaluate(ReportedValue.parse("< 0.3", Unit.MG_PER_L), null, 40);
        assertThat(flagged.range()).hasToString("≤ 3 mg/L");
        assertThat(flagged.flag()).isEqualTo(Flag.IN_RANGE);
    }

    @Test
    void moreThanTheUpperLimitIsAboveForCertain() {
        FlaggedValue flagged = tt.evaluate(ReportedValue.parse("> 1500", Unit.NG_PER_DL), null, 35);
        assertThat(flagged.range()).hasToString("264–916 ng/dL");
        assertThat(flagged.flag()).isEqualTo(Flag.ABOVE_RANGE);
        assertThat(tt.evaluate(ReportedValue.parse("> 500", Unit.NG_PER_DL), null, 35).flag())
                .isEqualTo(Flag.INDETERMINATE);
    }

    @Test
    void keepsTheComparatorThroughTheConversionToTheCanonicalUnit() {
        FlaggedValue flagged = tt.evaluate(ReportedValue.parse("< 0.5", Unit.NMOL_PER_L), null, 35);
        assertThat(flagged.reported()).hasToString("< 0.5 nmol/L");
        assertThat(flagged.canonical().censoring()).isEqualTo(Censoring.LESS_THAN);
        assertThat(flagged.canonical().quantity().value()).isEqualByComparingTo("14.42");
        assertThat(flagged.flag()).isEqualTo(Flag.BELOW_RANGE);
    }

    @Test
    void aLimitThatLeavesNoPossibleValueIsRefused() {
        assertThatThrownBy(() -> lh.evaluate(ReportedValue.parse("< 0", Unit.IU_PER_L), null, 35))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors().get("value"))
                        .isEqualTo("LH < 0 IU/L is not physically possible (accepted 0–500 IU/L). Check the value and unit."));
        assertThatThrownBy(() -> lh.evaluate(ReportedValue.parse("> 900", Unit.IU_PER_L), null, 35))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aGenericMarkerIsNotJudgedAgainstTheSpecificRange() {
        Marker glucose = CATALOGUE.get(MarkerKey.GLUCOSE);
        FlaggedValue random = glucose.evaluate(Quantity.of("140", Unit.MG_PER_DL), null, 40);
        assertThat(random.flag()).isEqualTo(Flag.NO_RANGE);
        assertThat(random.rangeOrigin()).isEqualTo(RangeOrigin.NONE);
        assertThat(glucose.note()).hasValueSatisfying(note -> assertThat(note).contains("HOMA-IR"));
        // The same number as fasting glucose is judged against the fasting range.
        assertThat(CATALOGUE.get(MarkerKey.FASTING_GLUCOSE).evaluate(Quantity.of("140", Unit.MG_PER_DL), null, 40).flag())
                .isEqualTo(Flag.ABOVE_RANGE);
        // The lab's own range is used when the report gives one.
        assertThat(glucose.evaluate(Quantity.of("140", Unit.MG_PER_DL), ReferenceRange.between("70", "140", Unit.MG_PER_DL),
                40).flag()).isEqualTo(Flag.IN_RANGE);
        for (String key : new String[] {"CORTISOL", "ESTRADIOL_METHOD_UNKNOWN", "FREE_TESTOSTERONE_METHOD_UNKNOWN", "INSULIN"}) {
            assertThat(CATALOGUE.get(new MarkerKey(key)).defaultRanges()).as(key).isEmpty();
        }
    }

    @Test
    void siUnitCodesArriveAtMarkersThatAcceptTheirUnit() {
        assertThat(CATALOGUE.byLoinc("14913-8").orElseThrow().accepts(Unit.NMOL_PER_L)).isTrue();
        assertThat(CATALOGUE.byLoinc("14715-7").orElseThrow().accepts(Unit.PMOL_PER_L)).isTrue();
        assertThat(CATALOGUE.byLoinc("59261-8").orElseThrow().accepts(Unit.MMOL_PER_MOL)).isTrue();
        assertThat(CATALOGUE.byLoinc("14635-7").orElseThrow().accepts(Unit.NMOL_PER_L)).isTrue();
        assertThat(CATALOGUE.byLoinc("14771-0").orElseThrow().accepts(Unit.MMOL_PER_L)).isTrue();
        assertThat(CATALOGUE.byLoinc("14749-6").orElseThrow().accepts(Unit.MMOL_PER_L)).isTrue();
        assertThat(CATALOGUE.byLoinc("14675-3").orElseThrow().accepts(Unit.NMOL_PER_L)).isTrue();
        assertThat(CATALOGUE.byLoinc("2601-3").orElseThrow().accepts(Unit.MMOL_PER_L)).isTrue();
    }
}
