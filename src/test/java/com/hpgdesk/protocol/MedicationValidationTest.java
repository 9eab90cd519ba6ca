package com.hpgdesk.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.hpgdesk.base.InvalidInputException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class MedicationValidationTest {

    private static final LocalDate MARCH_1 = LocalDate.of(2026, 3, 1);

    private static MedicationPlan plan(Drug drug, String dose, DoseUnit unit) {
        return plan(drug, dose, unit, Frequency.DAILY);
    }

    private static MedicationPlan plan(Drug drug, String dose, DoseUnit unit, Frequency frequency) {
        return MedicationPlan.of(drug, dose, unit, Route.ORAL, frequency, MARCH_1, null);
    }

    private static InvalidInputException refusalOf(MedicationPlan plan) {
        try {
            RestartProtocol.checkMedication(plan, Fixtures.LIMITS);
        } catch (InvalidInputException refusal) {
            return refusal;
        }
        throw new AssertionError("expected " + plan + " to be refused");
    }

    @Test
    void acceptsTheDosesAndSchedulesOfTheReportedProtocols() {
        for (var plan : List.of(plan(Drug.HCG, "3000", DoseUnit.IU, Frequency.EVERY_OTHER_DAY),
                plan(Drug.HCG, "1500", DoseUnit.IU, Frequency.THREE_TIMES_WEEKLY),
                plan(Drug.HCG, "4000", DoseUnit.IU, Frequency.THREE_TIMES_WEEKLY),
                plan(Drug.CLOMIPHENE, "25", DoseUnit.MG), plan(Drug.CLOMIPHENE, "50", DoseUnit.MG),
                plan(Drug.CLOMIPHENE, "50", DoseUnit.MG, Frequency.EVERY_OTHER_DAY),
                plan(Drug.ENCLOMIPHENE, "12.5", DoseUnit.MG), plan(Drug.ENCLOMIPHENE, "25", DoseUnit.MG),
                plan(Drug.TAMOXIFEN, "20", DoseUnit.MG), plan(Drug.TAMOXIFEN, "20", DoseUnit.MG, Frequency.TWICE_DAILY),
                plan(Drug.ANASTROZOLE, "0.5", DoseUnit.MG, Frequency.TWICE_WEEKLY),
                plan(Drug.ANASTROZOLE, "1", DoseUnit.MG, Frequency.THREE_TIMES_WEEKLY),
                plan(Drug.ANASTROZOLE, "1", DoseUnit.MG),
                plan(Drug.GONADORELIN, "100", DoseUnit.MICROGRAM, Frequency.TWICE_DAILY),
                plan(Drug.FSH, "75", DoseUnit.IU, Frequency.THREE_TIMES_WEEKLY),
                plan(Drug.FSH, "150", DoseUnit.IU, Frequency.EVERY_OTHER_DAY),
                plan(Drug.FSH, "300", DoseUnit.IU, Frequency.THREE_TIMES_WEEKLY))) {
            assertThatCode(() -> RestartProtocol.checkMedication(plan, Fixtures.LIMITS)).as(plan.toString())
                    .doesNotThrowAnyException();
        }
    }

    @Test
    void refusesAMedicationThatEndsBeforeItStarts() {
        var plan = MedicationPlan.of(Drug.HCG, "3000", DoseUnit.IU, Route.SUBCUTANEOUS, Frequency.EVERY_OTHER_DAY,
                MARCH_1, MARCH_1.minusDays(1));
        assertThat(refusalOf(plan).fieldErrors()).containsOnlyKeys("endOn")
                .containsEntry("endOn", "The medication would end before it starts: the last day must be on or "
                        + "after 1 Mar 2026.");
    }

    @Test
    void acceptsAOneDayMedication() {
        var plan = MedicationPlan.of(Drug.HCG, "3000", DoseUnit.IU, Route.SUBCUTANEOUS, Frequency.EVERY_OTHER_DAY,
                MARCH_1, MARCH_1);
        assertThatCode(() -> RestartProtocol.checkMedication(plan, Fixtures.LIMITS)).doesNotThrowAnyException();
    }

    @Test
    void refusesZeroAndNegativeDoses() {
        assertThat(refusalOf(plan(Drug.CLOMIPHENE, "0", DoseUnit.MG)).fieldErrors())
                .containsEntry("dose", "The dose must be more than zero.");
        assertThat(refusalOf(plan(Drug.CLOMIPHENE, "-25", DoseUnit.MG)).fieldErrors())
                .containsEntry("dose", "The dose must be more than zero.");
    }

    @Test
    void refusesADoseAboveThePlausibleMaximumOfTheDrug() {
        assertThat(refusalOf(plan(Drug.HCG, "30000", DoseUnit.IU)).fieldErrors()).containsOnlyKeys("dose")
                .containsEntry("dose", "30,000 IU per dose is more than the plausible maximum of 10,000 IU for hCG. "
                        + "Check the dose.");
        assertThat(refusalOf(plan(Drug.ANASTROZOLE, "2.5", DoseUnit.MG)).fieldErrors()).containsKey("dose");
        assertThat(refusalOf(plan(Drug.CLOMIPHENE, "150", DoseUnit.MG)).fieldErrors()).containsKey("dose");
        assertThatCode(() -> RestartProtocol.checkMedication(plan(Drug.HCG, "10000", DoseUnit.IU, Frequency.WEEKLY),
                Fixtures.LIMITS)).as("the maximum itself is plausible").doesNotThrowAnyException();
    }

    @Test
    void refusesASchedulePlausiblePerDoseButNotPerWeekNamingTheLimitAndItsSource() {
        assertThat(refusalOf(plan(Drug.ANASTROZOLE, "2", DoseUnit.MG, Frequency.TWICE_DAILY)).fieldErrors())
                .containsOnlyKeys("frequency")
                .containsEntry("frequency", "2 mg twice daily comes to 28 mg a week, more than the weekly maximum of "
                        + "7 mg for Anastrozole (Arimidex label: 1 mg once daily). Check the dose and how often it "
                        + "is given.");
        assertThat(refusalOf(plan(Drug.HCG, "10000", DoseUnit.IU)).fieldErrors()).containsOnlyKeys("frequency")
                .containsEntry("frequency", "10,000 IU daily comes to 70,000 IU a week, more than the weekly "
                        + "maximum of 12,000 IU for hCG (Pregnyl label). Check the dose and how often it is given.");
    }

    @Test
    void worksOutTheWeekFromEveryKindOfSchedule() {
        assertThat(DoseLimits.weeklyAmount(new BigDecimal("3000"), Frequency.EVERY_OTHER_DAY))
                .isEqualByComparingTo("10500");
        assertThat(DoseLimits.weeklyAmount(new BigDecimal("2"), Frequency.TWICE_DAILY)).isEqualByComparingTo("28");
        assertThat(DoseLimits.weeklyAmount(new BigDecimal("75"), Frequency.THREE_TIMES_WEEKLY))
                .isEqualByComparingTo("225");
        assertThat(DoseLimits.weeklyAmount(new BigDecimal("0.5"), Frequency.TWICE_WEEKLY)).isEqualByComparingTo("1");
        assertThat(DoseLimits.weeklyAmount(new BigDecimal("25"), Frequency.WEEKLY)).isEqualByComparingTo("25");
        // Every other day is 3.5 a week: 3,500 IU of hCG comes to 12,250 IU, over the weekly 12,000.
        assertThat(refusalOf(plan(Drug.HCG, "3500", DoseUnit.IU, Frequency.EVERY_OTHER_DAY)).fieldErrors())
                .containsOnlyKeys("frequency");
        assertThat(refusalOf(plan(Drug.ENCLOMIPHENE, "25", DoseUnit.MG, Frequency.TWICE_DAILY)).fieldErrors())
                .containsOnlyKeys("frequency");
        assertThat(refusalOf(plan(Drug.FSH, "300", DoseUnit.IU, Frequency.EVERY_OTHER_DAY)).fieldErrors())
                .containsOnlyKeys("frequency");
    }

    @Test
    void leavesAnAsDirectedScheduleAndADrugWithoutWeeklyMaximumToTheClinician() {
        var asDirected = new MedicationPlan(Drug.ANASTROZOLE, null, new BigDecimal("2"), DoseUnit.MG, Route.ORAL,
                Frequency.AS_DIRECTED, "on days estradiol is high", MARCH_1, null);
        assertThatCode(() -> RestartProtocol.checkMedication(asDirected, Fixtures.LIMITS)).doesNotThrowAnyException();
        var perDoseOnly = DoseLimits.of(java.util.Map.of(Drug.ANASTROZOLE,
                new DoseLimits.Limit(DoseUnit.MG, new BigDecimal("2"))));
        assertThatCode(() -> RestartProtocol.checkMedication(plan(Drug.ANASTROZOLE, "2", DoseUnit.MG,
                Frequency.TWICE_DAILY), perDoseOnly)).doesNotThrowAnyException();
    }

    @Test
    void templatesAreCheckedAgainstTheWeeklyMaximumToo() {
        var template = new TemplateMedicationPlan(Drug.ANASTROZOLE, null, new BigDecimal("1"), DoseUnit.MG,
                Route.ORAL, Frequency.TWICE_DAILY, null, 0, null);
        assertThatThrownBy(() -> ProtocolTemplate.checkMedication(template, Fixtures.LIMITS))
                .isInstanceOfSatisfying(InvalidInputException.class, refusal -> assertThat(refusal.fieldErrors())
                        .containsOnlyKeys("frequency"));
    }

    @Test
    void planningNamesTheMedicationWhoseWeekIsTooMuch() {
        var details = new ProtocolDetails("hCG + anastrozole", ProtocolKind.MEDICATED, MARCH_1, null);
        var anastrozole = MedicationPlan.of(Drug.ANASTROZOLE, "2", DoseUnit.MG, Route.ORAL, Frequency.TWICE_DAILY,
                MARCH_1, null);
        assertThatThrownBy(() -> RestartProtocol.plan(1L, details, List.of(Fixtures.hcg(MARCH_1, null), anastrozole),
                null, Fixtures.LIMITS, Fixtures.NOW))
                .isInstanceOfSatisfying(InvalidInputException.class, refusal -> assertThat(refusal.fieldErrors())
                        .containsOnlyKeys("medications[1].frequency")
                        .hasEntrySatisfying("medications[1].frequency", message -> assertThat(message)
                                .startsWith("Medication 2 (Anastrozole): 2 mg twice daily comes to 28 mg a week")));
    }

    @Test
    void refusesTheWrongUnitForTheDrug() {
        assertThat(refusalOf(plan(Drug.CLOMIPHENE, "25", DoseUnit.IU)).fieldErrors()).containsOnlyKeys("unit")
                .containsEntry("unit", "Clomiphene is dosed in mg, not in IU.");
        assertThat(refusalOf(plan(Drug.GONADORELIN, "100", DoseUnit.MG)).fieldErrors())
                .containsEntry("unit", "Gonadorelin is dosed in µg, not in mg.");
    }

    @Test
    void namesEveryMissingFieldAtOnce() {
        var empty = new MedicationPlan(null, null, null, null, null, null, null, null, null);
        assertThat(refusalOf(empty).fieldErrors())
                .containsOnlyKeys("drug", "dose", "unit", "route", "frequency", "startOn");
    }

    @Test
    void anOtherDrugNeedsItsNameButHasNoMaximum() {
        var unnamed = new MedicationPlan(Drug.OTHER, " ", new BigDecimal("5000"), DoseUnit.MG, Route.ORAL,
                Frequency.DAILY, null, MARCH_1, null);
        assertThat(refusalOf(unnamed).fieldErrors()).containsOnlyKeys("otherName");
        var named = new MedicationPlan(Drug.OTHER, "Letrozole", new BigDecimal("2.5"), DoseUnit.MG, Route.ORAL,
                Frequency.WEEKLY, null, MARCH_1, null);
        assertThatCode(() -> RestartProtocol.checkMedication(named, Fixtures.LIMITS)).doesNotThrowAnyException();
    }

    @Test
    void anIrregularScheduleNeedsANote() {
        var plan = MedicationPlan.of(Drug.ANASTROZOLE, "0.5", DoseUnit.MG, Route.ORAL, Frequency.AS_DIRECTED,
                MARCH_1, null);
        assertThat(refusalOf(plan).fieldErrors()).containsOnlyKeys("frequencyNote");
    }

    @Test
    void planningSaysWhichMedicationIsWrongAndKeepsNothing() {
        var details = new ProtocolDetails("hCG + clomiphene", ProtocolKind.MEDICATED, MARCH_1, null);
        var good = Fixtures.hcg(MARCH_1, MARCH_1.plusDays(90));
        var bad = MedicationPlan.of(Drug.CLOMIPHENE, "25", DoseUnit.IU, Route.ORAL, Frequency.DAILY, MARCH_1, null);
        assertThatThrownBy(() -> RestartProtocol.plan(1L, details, List.of(good, bad), null, Fixtures.LIMITS,
                Fixtures.NOW))
                .isInstanceOfSatisfying(InvalidInputException.class, refusal -> assertThat(refusal.fieldErrors())
                        .containsOnlyKeys("medications[1].unit")
                        .containsEntry("medications[1].unit",
                                "Medication 2 (Clomiphene): Clomiphene is dosed in mg, not in IU."));
    }

    @Test
    void refusesAProtocolWithoutNameOrStartAndANaturalRecoveryWithMedication() {
        var details = new ProtocolDetails(" ", ProtocolKind.NATURAL, null, null);
        assertThatThrownBy(() -> RestartProtocol.plan(1L, details, List.of(Fixtures.hcg(MARCH_1, MARCH_1)), null,
                Fixtures.LIMITS, Fixtures.NOW))
                .isInstanceOfSatisfying(InvalidInputException.class, refusal -> assertThat(refusal.fieldErrors())
                        .containsOnlyKeys("name", "plannedStart", "medications"));
    }
}
