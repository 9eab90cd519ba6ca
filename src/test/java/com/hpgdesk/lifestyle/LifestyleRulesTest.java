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
    void theEnergyAndGutInputsHaveTheirOwnBounds() {
        var errors = refusals(LifestyleDetails.weekOf(TODAY)
                .with(LifestyleMeasure.CALORIE_DEFICIT, "-200")
                .with(LifestyleMeasure.WEIGHT_LOST, "50.5")
                .with(LifestyleMeasure.GLYCAEMIC_LOAD, "120.5")
                .with(LifestyleMeasure.ENDURANCE_MINUTES, "3001")
                .with(LifestyleMeasure.FERMENTABLE_FIBRE, "101"));

        assertThat(errors)
                .containsEntry("calorieDeficit",
                        "Calorie deficit below estimated needs must be between 0 and 3000 kcal a day.")
                .containsEntry("weightLost", "Weight lost in the past 4 weeks must be between 0 and 50 kg.")
                .containsEntry("glycaemicLoad", "Glycaemic load must be a whole number.")
                .containsEntry("enduranceMinutes", "Endurance training must be between 0 and 3000 minutes a week.")
                .containsEntry("fermentableFibre", "Fermentable fibre must be between 0 and 100 g a day.");
        assertThat(refusals(LifestyleDetails.weekOf(TODAY).with(LifestyleMeasure.PSS10, "40")
                .with(LifestyleMeasure.CALORIE_DEFICIT, "0").with(LifestyleMeasure.WEIGHT_LOST, "0.5"))).isEmpty();
    }

    @Test
    void aLimitsFileWithoutANewMeasureOrWithAnUnknownOneFailsNamingIt() {
        var standard = new StringBuilder("{\"version\": \"test\", \"measures\": {");
        LifestyleMeasure.numeric().stream().filter(measure -> measure != LifestyleMeasure.ENDURANCE_MINUTES)
                .forEach(measure -> standard.append('"').append(measure.name())
                        .append("\": {\"low\": 0, \"high\": 10, \"decimals\": 0},"));
        standard.append("\"ENERGY_DEFICIT\": {\"low\": 0, \"high\": 1, \"decimals\": 0},");
        standard.append("\"PSS10_TYPO\": {\"low\": 0, \"high\": 40, \"decimals\": 0}}}");

        Assertions.assertThatThrownBy(() -> LifestyleLimits.load(
                        new ByteArrayInputStream(standard.toString().getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("ENDURANCE_MINUTES: no bounds")
                .hasMessageContaining("ENERGY_DEFICIT: not a numeric lifestyle measure")
                .hasMessageContaining("PSS10_TYPO: not a numeric lifestyle measure");
    }

    @Test
    void theStandardLimitsBoundThePss10ToItsScale() {
        var pss = LIMITS.of(LifestyleMeasure.PSS10).orElseThrow();
        assertThat(pss.low()).isEqualByComparingTo("0");
        assertThat(pss.high()).isEqualByComparingTo("40");
        assertThat(pss.decimals()).isZero();
        assertThat(LIMITS.version()).isEqualTo("2026-12-1");
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
