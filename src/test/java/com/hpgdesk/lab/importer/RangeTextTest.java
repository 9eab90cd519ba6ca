package com.hpgdesk.lab.importer;

import static org.assertj.core.api.Assertions.assertThat;

import com.hpgdesk.lab.ReferenceRange;
import com.hpgdesk.lab.Unit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RangeTextTest {

    @ParameterizedTest(name = "\"{0}\" with decimal \"{1}\" is {2} to {3}")
    @CsvSource(delimiter = '|', nullValues = "open", value = {
            "250-1,100 | . | 250 | 1100",
            "1,000-1,500 | . | 1000 | 1500",
            "250–1.100 | , | 250 | 1100",
            "0.5 - 3.0 | . | 0.5 | 3.0",
            "0,5 - 3,0 | , | 0.5 | 3.0",
            "1,3 – 9,6 | . | 1.3 | 9.6",
            "2.6 to 24.9 | . | 2.6 | 24.9",
            "< 5 | . | open | 5",
            "<=2.0 | . | open | 2.0",
            "> 60 | . | 60 | open",
            "≥ 16 | , | 16 | open",
            "264-916 | , | 264 | 916",
    })
    void readsRangesWithTheFilesDecimalMark(String text, char mark, String low, String high) {
        ReferenceRange range = RangeText.parse(text, Unit.NG_PER_DL, mark).orElseThrow();
        if (low == null) {
            assertThat(range.low()).isNull();
        } else {
            assertThat(range.low()).isEqualByComparingTo(low);
        }
        if (high == null) {
            assertThat(range.high()).isNull();
        } else {
            assertThat(range.high()).isEqualByComparingTo(high);
        }
    }

    @ParameterizedTest(name = "\"{0}\" is refused")
    @CsvSource(delimiter = '|', value = {"see comment", "9-3", "abc-def", "-"})
    void refusesWhatIsNotARange(String text) {
        assertThat(RangeText.parse(text, Unit.NG_PER_DL, '.')).isEmpty();
    }

    @ParameterizedTest(name = "\"{0}\" proves {1}")
    @CsvSource(delimiter = '|', value = {"250-1,100 | POINT", "0,5 - 3,0 | COMMA", "1.3-9.6 | POINT", "250–1.100 | COMMA"})
    void aRangeCanProveTheDecimalMark(String text, DecimalMark mark) {
        assertThat(RangeText.evidence(text)).isEqualTo(mark);
    }
}
