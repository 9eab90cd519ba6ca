package com.hpgdesk.lifestyle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.assertj.core.api.Assertions;
import com.hpgdesk.base.InvalidInputException;

class LifestyleRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 11); // a Wednesday
    private static final LifestyleLimits LIMITS = LifestyleLimits.standard();

    private static java.util.Map<String, String> refusals(LifestyleDetails details) {
        try {
            LifestyleRules.check(details, TODAY, LIMITS).throwIfAny();
            return java.util.Map.of();
        } catch (InvalidInputException e) {
            return e.fieldErrors();
        }
    }

    @Test
    void aValueOutsideItsBoundsIsRefusedAtItsFieldNamingBoundsAndUnit() {
        var errors = refusals(LifestyleDetails.weekOf(TODAY)
                .with(LifestyleMeasure.SLEEP_HOURS, "17")
                .with(LifestyleMeasure.FIBRE, "-1")
                .with(LifestyleMeasure.ALCOHOL_DRINKS, "151")
                .with(LifestyleMeasure.STRESS, "11")
                .with(LifestyleMeasure.WEIGHT, "12"));

        assertThat(errors).containsEntry("sleepHours", "Sleep must be between 0 and 16 hours a night.")
                .containsEntry("fibre", "Fibre must be between 0 and 150 g a day.")
                .containsEntry("alcoholDrinks", "Alcohol must be between 0 and 150 standard drinks a week.")
                .containsEntry("stress", "Stress rating must be between 0 and 10 (0 none, 10 extreme).")
                .containsEntry("weight", "Weight must be between 30 and 300 kg.");
    }

    @Test
    void theBoundsThemselvesAreAccepted() {
        assertThat(refusals(LifestyleDetails.weekOf(TODAY).with(LifestyleMeasure.SLEEP_HOURS, "16")
                .with(LifestyleMeasure.SLEEP_QUALITY, "1").with(LifestyleMeasure.REST_DAYS, "0"))).isEmpty();
    }

    @Test
    void tooManyDecimalsAreRefused() {
        var errors = refusals(LifestyleDetails.weekOf(TODAY)
                .with(LifestyleMeasure.RESISTANCE_SESSIONS, "2.5")
                .with(LifestyleMeasure.WEIGHT, "80.25")
                .with(LifestyleMeasure.SLEEP_HOURS, "7.50"));

        assertThat(errors).containsEntry("resistanceSessions", "Resistance sessions must be a whole number.")
                .containsEntry("weight", "Weight takes at most 1 decimal place.")
                .doesNotContainKey("sleepHours");
    }

    @Test
    void aWeekIsNeededAndCannotLieAfterThisWeek() {
        assertThat(refusals(LifestyleDetails.weekOf(null).with(LifestyleMeasure.SLEEP_HOURS, "7")))
                .containsEntry("weekOf", "Choose the week this entry is about.");
        assertThat(refusals(LifestyleDetails.weekOf(LocalDate.of(2026, 3, 16)).with(LifestyleMeasure.SLEEP_HOURS, "7")))
                .containsEntry("weekOf", "The week cannot be after this week (starting 9 Mar 2026).");
        assertThat(refusals(LifestyleDetails.weekOf(LocalDate.of(2026, 3, 15)).with(LifestyleMeasure.SLEEP_HOURS, "7")))
                .as("Sunday of this week").isEmpty();
    }

    @Test
    void anEmptyWeekAndADerivedValueAreRefused() {
        assertThat(refusals(LifestyleDetails.weekOf(TODAY)))
                .containsEntry("entry", "Record at least one value for the week.");
        assertThat(refusals(LifestyleDetails.weekOf(TODAY).with(LifestyleMeasure.BMI, "24")))
                .containsEntry("bmi", "BMI is worked out, not typed.");
    }

    @Test
    void onlyYesNoAnswersAreRecordedWithYesOrNo() {
        assertThat(refusals(LifestyleDetails.weekOf(TODAY).answer(LifestyleMeasure.SUSPECTED_SLEEP_APNOEA, true)))
                .isEmpty();
        assertThat(refusals(LifestyleDetails.weekOf(TODAY).answer(LifestyleMeasure.WEIGHT, true)))
                .containsEntry("weight", "Weight is a number, not yes or no.");
    }

    @Test
    void entriesAreKeptUnderTheMondayOfTheirWeek() {
        assertThat(LifestyleRules.weekStart(LocalDate.of(2026, 3, 8))).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(LifestyleRules.weekStart(LocalDate.of(2026, 3, 2))).isEqualTo(LocalDate.of(2026, 3, 2));
    }

    @Test
    void bodyMassIndexIsWeightOverHeightSquaredToOneDecimal() {
        assertThat(BodyMassIndex.of(new BigDecimal("80"), new BigDecimal("180"))).contains(new BigDecimal("24.7"));
        assertThat(BodyMassIndex.of(new BigDecimal("102.5"), new BigDecimal("175.5"))).contains(new BigDecimal("33.3"));
        assertThat(BodyMassIndex.of(new BigDecimal("80"), null)).isEmpty();
    }

    @Test
    void theLimitsFileCoversEveryNumericMeasureAndABrokenOneFailsNamingTheMeasure() {
        LifestyleMeasure.numeric().forEach(measure -> assertThat(LIMITS.of(measure)).as(measure.name()).isPresent());
        assertThat(LIMITS.of(LifestyleMeasure.ENERGY_DEFICIT)).isEmpty();

        String broken = "{\"measures\": {\"FIBRE\": {\"low\": 10, \"high\": 5, \"decimals\": 1}}}";
        Assertions.assertThatThrownBy(() -> LifestyleLimits.load(
                        new ByteArrayInputStream(broken.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("FIBRE: needs numbers low < high")
                .hasMessageContaining("SLEEP_HOURS: no bounds");
    }
}
