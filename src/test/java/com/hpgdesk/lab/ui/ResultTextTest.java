package com.hpgdesk.lab.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.hpgdesk.lab.Censoring;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** A calculated value reads as the bound it is, rounded so that it never claims more than is known. */
class ResultTextTest {

    @Test
    void aCalculatedBoundKeepsItsComparatorAndIsRoundedOutwards() {
        assertThat(ResultText.calculated(Censoring.GREATER_THAN, new BigDecimal("69.06"), 1)).isEqualTo("> 69.0");
        assertThat(ResultText.calculated(Censoring.AT_LEAST, new BigDecimal("69.06"), 1)).isEqualTo("≥ 69.0");
        assertThat(ResultText.calculated(Censoring.LESS_THAN, new BigDecimal("0.441"), 2)).isEqualTo("< 0.45");
        assertThat(ResultText.calculated(Censoring.EXACT, new BigDecimal("69.06"), 1)).isEqualTo("69.1");
        assertThat(ResultText.calculated(Censoring.EXACT, new BigDecimal("69.04"), 1)).isEqualTo("69.0");
    }
}
