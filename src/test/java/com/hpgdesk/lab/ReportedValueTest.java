package com.hpgdesk.lab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.hpgdesk.base.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReportedValueTest {

    @ParameterizedTest(name = "\"{0}\" is {1} {2}")
    @CsvSource(delimiter = '|', value = {
            "5.5      | EXACT        | 5.5",
            "< 0.2    | LESS_THAN    | 0.2",
            "<0.2     | LESS_THAN    | 0.2",
            "<=0.2    | AT_MOST      | 0.2",
            "=< 0.2   | AT_MOST      | 0.2",
            "≤ 0.2    | AT_MOST      | 0.2",
            "> 1500   | GREATER_THAN | 1500",
            ">=1500   | AT_LEAST     | 1500",
            "≥1500    | AT_LEAST     | 1500",
            "  < 5    | LESS_THAN    | 5",
    })
    void readsTheComparatorsLabsPrint(String text, Censoring censoring, String limit) {
        ReportedValue value = ReportedValue.parse(text, Unit.IU_PER_L);
        assertThat(value.censoring()).isEqualTo(censoring);
        assertThat(value.quantity().value()).isEqualByComparingTo(limit);
        assertThat(value.unit()).isEqualTo(Unit.IU_PER_L);
    }

    @ParameterizedTest(name = "\"{0}\" → {1}")
    @CsvSource(delimiter = '|', value = {
            "<        | Enter the assay's limit after \"<\", e.g. < 0.2.",
            ">=       | Enter the assay's limit after \"≥\", e.g. ≥ 0.2.",
            "< 0,2    | Write the decimal with a point: < 0.2.",
            "0,2      | Write the decimal with a point: 0.2.",
            "<<0.2    | \"<<0.2\" is not a number. Enter a number such as 5.5, or the assay's limit as printed, such as < 0.2 or > 1500.",
            "0.2 <    | \"0.2 <\" is not a number. Enter a number such as 5.5, or the assay's limit as printed, such as < 0.2 or > 1500.",
            "five     | \"five\" is not a number. Enter a number such as 5.5, or the assay's limit as printed, such as < 0.2 or > 1500.",
    })
    void refusesBadFormsSayingWhatIsExpected(String text, String message) {
        assertThatThrownBy(() -> ReportedValue.parse(text, Unit.IU_PER_L))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("value", message));
    }

    @Test
    void showsItselfAsReported() {
        assertThat(ReportedValue.parse("< 0.2", Unit.IU_PER_L)).hasToString("< 0.2 IU/L");
        assertThat(ReportedValue.parse(">=1500", Unit.NG_PER_DL)).hasToString("≥ 1500 ng/dL");
        assertThat(ReportedValue.parse("5.50", Unit.MIU_PER_ML)).hasToString("5.50 mIU/mL");
    }

    @Test
    void aCensoredValueIsAnIntervalNotANumber() {
        ReportedValue below = ReportedValue.of(Censoring.LESS_THAN, "0.2", Unit.IU_PER_L);
        assertThat(below.exactQuantity()).isEmpty();
        assertThat(below.upperBound()).contains(Quantity.of("0.2", Unit.IU_PER_L));
        assertThat(below.lowerBound()).isEmpty();
        ReportedValue above = ReportedValue.of(Censoring.GREATER_THAN, "1500", Unit.NG_PER_DL);
        assertThat(above.lowerBound()).contains(Quantity.of("1500", Unit.NG_PER_DL));
        assertThat(above.upperBound()).isEmpty();
        ReportedValue exact = ReportedValue.exact(Quantity.of("4", Unit.IU_PER_L));
        assertThat(exact.exactQuantity()).contains(Quantity.of("4", Unit.IU_PER_L));
        assertThat(exact.lowerBound()).isEqualTo(exact.upperBound());
    }

    @Test
    void roundsALimitOutwardsSoItStillSaysWhatTheLabSaid() {
        assertThat(ReportedValue.of(Censoring.LESS_THAN, "0.24", Unit.IU_PER_L).rounded(1)).hasToString("< 0.3 IU/L");
        assertThat(ReportedValue.of(Censoring.GREATER_THAN, "1500.9", Unit.NG_PER_DL).rounded(0)).hasToString("> 1500 ng/dL");
        assertThat(ReportedValue.exact(Quantity.of("0.24", Unit.IU_PER_L)).rounded(1)).hasToString("0.2 IU/L");
    }

    @Test
    void combinesBoundsOnlyWhenTheyPushTheSameWay() {
        assertThat(Censoring.combined(Censoring.EXACT, Censoring.EXACT)).contains(Censoring.EXACT);
        assertThat(Censoring.combined(Censoring.EXACT, Censoring.LESS_THAN)).contains(Censoring.LESS_THAN);
        assertThat(Censoring.combined(Censoring.AT_MOST, Censoring.LESS_THAN)).contains(Censoring.LESS_THAN);
        assertThat(Censoring.combined(Censoring.AT_LEAST, Censoring.EXACT)).contains(Censoring.AT_LEAST);
        assertThat(Censoring.combined(Censoring.LESS_THAN, Censoring.GREATER_THAN)).isEmpty();
        assertThat(Censoring.LESS_THAN.reversed()).isEqualTo(Censoring.GREATER_THAN);
        assertThat(Censoring.AT_LEAST.reversed()).isEqualTo(Censoring.AT_MOST);
    }
}
