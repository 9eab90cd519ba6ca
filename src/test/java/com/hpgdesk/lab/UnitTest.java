package com.hpgdesk.lab;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class UnitTest {

    @ParameterizedTest
    @EnumSource(Unit.class)
    void everyCanonicalSpellingParsesToItsUnit(Unit unit) {
        assertThat(Unit.parse(unit.symbol())).contains(unit);
        assertThat(Unit.parse(" " + unit.symbol().toUpperCase() + " ")).contains(unit);
    }

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', value = {
            "mIU/ml | MIU_PER_ML",
            "MIU/ML | MIU_PER_ML",
            "mU/mL | MIU_PER_ML",
            "iu/l | IU_PER_L",
            "U/L | IU_PER_L",
            "µIU/mL | UIU_PER_ML",
            "\u03BCIU/mL | UIU_PER_ML",
            "uIU/mL | UIU_PER_ML",
            "mcIU/mL | UIU_PER_ML",
            "µU/mL | UIU_PER_ML",
            "uU/ml | UIU_PER_ML",
            "mcg/dL | UG_PER_DL",
            "ug/dl | UG_PER_DL",
            "\u03BCmol/L | UMOL_PER_L",
            "umol/l | UMOL_PER_L",
            "nmol / l | NMOL_PER_L",
            "pmol/l | PMOL_PER_L",
            "x10^6/mL | MILLION_PER_ML",
            "×10⁶/mL | MILLION_PER_ML",
            "10E6/ml | MILLION_PER_ML",
            "million/mL | MILLION_PER_ML",
            "mill/ml | MILLION_PER_ML",
            "10^9/L | MILLION_PER_ML",
            "x10^6 | MILLION",
            "l/l | L_PER_L",
            "percent | PERCENT",
            "mmol/mol | MMOL_PER_MOL",
            "mU/L | MIU_PER_L",
    })
    void recognisesCommonSpellings(String spelling, Unit expected) {
        assertThat(Unit.parse(spelling)).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "abc", "ng", "mg/kg", "IU", "10^6/L", "mmol"})
    void refusesWhatIsNotAUnit(String spelling) {
        assertThat(Unit.parse(spelling)).isEmpty();
    }

    @Test
    void microSpellingsAllMeanTheSameUnit() {
        // U+00B5 micro sign and U+03BC Greek mu look alike and both occur in lab exports.
        assertThat(Unit.parse("\u00B5g/L")).isEqualTo(Unit.parse("\u03BCg/L")).contains(Unit.UG_PER_L);
        assertThat(Unit.UG_PER_L.symbol()).isEqualTo("\u00B5g/L");
    }
}
