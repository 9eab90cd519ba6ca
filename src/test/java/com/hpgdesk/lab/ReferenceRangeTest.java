package com.hpgdesk.lab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ReferenceRangeTest {

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "264-916 | 264 | 916",
            "1.3 – 9.6 | 1.3 | 9.6",
            "1,3 - 9,6 | 1.3 | 9.6",
            "2.6 to 24.9 | 2.6 | 24.9",
            "<6.4 | - | 6.4",
            "≤ 2.0 | - | 2.0",
            "<= 3 | - | 3",
            "> 16 | 16 | -",
            "≥30 | 30 | -",
    })
    void readsRangesAsPrintedOnReports(String text, BigDecimal low, BigDecimal high) {
        ReferenceRange range = ReferenceRange.parse(text, Unit.IU_PER_L).orElseThrow();
        assertSameNumber(range.low(), low);
        assertSameNumber(range.high(), high);
        assertThat(range.unit()).isEqualTo(Unit.IU_PER_L);
    }

    private static void assertSameNumber(@Nullable BigDecimal actual, @Nullable BigDecimal expected) {
        if (expected == null) {
            assertThat(actual).isNull();
        } else {
            assertThat(actual).isEqualByComparingTo(expected);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "see comment", "9.6-1.3", "abc-def", "1.3-", "--"})
    void refusesWhatIsNotARange(String text) {
        assertThat(ReferenceRange.parse(text, Unit.IU_PER_L)).isEmpty();
    }

    @Test
    void boundariesCountAsInside() {
        ReferenceRange range = ReferenceRange.between("1.3", "9.6", Unit.IU_PER_L);
        assertThat(range.classify(new BigDecimal("1.3"))).isEqualTo(Flag.IN_RANGE);
        assertThat(range.classify(new BigDecimal("9.6"))).isEqualTo(Flag.IN_RANGE);
        assertThat(range.classify(new BigDecimal("1.29"))).isEqualTo(Flag.BELOW_RANGE);
        assertThat(range.classify(new BigDecimal("9.61"))).isEqualTo(Flag.ABOVE_RANGE);
    }

    @Test
    void openEndsNeverFlagOnThatSide() {
        assertThat(ReferenceRange.atMost("6.4", Unit.PG_PER_ML).classify(BigDecimal.ZERO)).isEqualTo(Flag.IN_RANGE);
        assertThat(ReferenceRange.atLeast("16", Unit.MILLION_PER_ML).classify(new BigDecimal("900"))).isEqualTo(Flag.IN_RANGE);
    }

    @Test
    void refusesInvertedOrEmptyRanges() {
        assertThatThrownBy(() -> ReferenceRange.between("10", "1", Unit.IU_PER_L)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ReferenceRange(null, null, Unit.IU_PER_L)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void printsForTheScreen() {
        assertThat(ReferenceRange.between("264", "916", Unit.NG_PER_DL)).hasToString("264–916 ng/dL");
        assertThat(ReferenceRange.atMost("6.4", Unit.PG_PER_ML)).hasToString("≤ 6.4 pg/mL");
    }
}
