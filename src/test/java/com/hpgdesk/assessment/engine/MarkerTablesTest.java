package com.hpgdesk.assessment.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Properties of the engine as a whole, beyond the clinical scenarios. */
public class MarkerTablesTest {

    private static final MarkerTables TABLES = new MarkerTables(AssessmentRules.standard());
    private static final LocalDate END = LocalDate.of(2025, 1, 6);

    /** Two years of monthly labs and weekly lifestyle after the end of treatment. */
    public static PatientInputs twoYears(long seed) {
        Random random = new Random(seed);
        List<LabObservation> labs = new ArrayList<>();
        List<LifestyleObservation> weeks = new ArrayList<>();
        for (int month = 0; month < 24; month++) {
            LocalDate day = END.plusMonths(month).plusDays(3);
            double recovery = Math.min(1, month / 8.0);
            labs.add(lab(AssessmentInput.TOTAL_TESTOSTERONE, day, 120 + 450 * recovery + random.nextInt(60)));
            labs.add(lab(AssessmentInput.LH, day, 0.2 + 4 * recovery + random.nextDouble()));
            labs.add(lab(AssessmentInput.FSH, day, 0.3 + 3 * recovery + random.nextDouble()));
            labs.add(lab(AssessmentInput.ESTRADIOL, day, 15 + random.nextInt(20)));
            labs.add(lab(AssessmentInput.HS_CRP, day, 0.5 + 4 * random.nextDouble()));
            labs.add(lab(AssessmentInput.IL6, day, 1 + 6 * random.nextDouble()));
            labs.add(lab(AssessmentInput.FASTING_GLUCOSE, day, 80 + random.nextInt(30)));
            labs.add(lab(AssessmentInput.FASTING_INSULIN, day, 3 + 15 * random.nextDouble()));
            labs.add(lab(AssessmentInput.HBA1C, day, 5 + random.nextDouble()));
            labs.add(lab(AssessmentInput.CORTISOL_AM, day, 8 + 14 * random.nextDouble()));
            labs.add(lab(AssessmentInput.VITAMIN_D_25OH, day, 15 + random.nextInt(25)));
            labs.add(lab(AssessmentInput.ZINC, day, 55 + random.nextInt(40)));
            if (month % 3 == 2) {
                labs.add(lab(AssessmentInput.SPERM_CONCENTRATION, day, 2 + 40 * recovery));
            }
        }
        for (int week = 0; week < 104; week++) {
            LocalDate monday = END.plusWeeks(week);
            weeks.add(figure(AssessmentInput.FIBRE, monday, 10 + random.nextInt(30)));
            weeks.add(figure(AssessmentInput.OMEGA3_SERVINGS, monday, random.nextInt(5)));
            weeks.add(figure(AssessmentInput.ADDED_SUGAR, monday, 10 + random.nextInt(80)));
            weeks.add(figure(AssessmentInput.PROCESSED_FOOD_SERVINGS, monday, random.nextInt(14)));
            weeks.add(figure(AssessmentInput.ALCOHOL_DRINKS, monday, random.nextInt(20)));
            weeks.add(figure(AssessmentInput.MODERATE_MINUTES, monday, random.nextInt(300)));
            weeks.add(figure(AssessmentInput.SLEEP_HOURS, monday, 5 + random.nextInt(4)));
            weeks.add(figure(AssessmentInput.STRESS, monday, random.nextInt(11)));
            weeks.add(figure(AssessmentInput.WAIST, monday, 85 + random.nextInt(25)));
            weeks.add(LifestyleObservation.answer(AssessmentInput.FREQUENT_GI_SYMPTOMS, monday, random.nextBoolean()));
        }
        return new PatientInputs(TreatmentState.endedOn(END), labs, weeks,
                List.of(new ProtocolPhase("clomiphene", END.plusWeeks(2), END.plusWeeks(14))));
    }

    private static LabObservation lab(AssessmentInput marker, LocalDate day, double value) {
        String text = BigDecimal.valueOf(value).setScale(1, java.math.RoundingMode.HALF_UP).toPlainString();
        return LabObservation.of(marker, day, text);
    }

    private static LifestyleObservation figure(AssessmentInput measure, LocalDate monday, double value) {
        return LifestyleObservation.figure(measure, monday, BigDecimal.valueOf(value).toPlainString());
    }

    @Test
    void theSameDataAndRulesVersionGiveTheSameAssessmentWhateverTheOrder() {
        PatientInputs inputs = twoYears(7);
        LocalDate on = END.plusMonths(23);
        Assessment first = TABLES.assess(inputs, on, on.minusMonths(1));
        List<LabObservation> shuffledLabs = new ArrayList<>(inputs.labs());
        List<LifestyleObservation> shuffledWeeks = new ArrayList<>(inputs.lifestyle());
        Collections.shuffle(shuffledLabs, new Random(1));
        Collections.shuffle(shuffledWeeks, new Random(2));
        PatientInputs shuffled = new PatientInputs(inputs.treatment(), shuffledLabs, shuffledWeeks, inputs.phases());
        Assessment again = new MarkerTables(AssessmentRules.standard()).assess(shuffled, on, on.minusMonths(1));
        assertThat(again).isEqualTo(first);
        assertThat(first.rulesVersion()).isEqualTo(AssessmentRules.standard().version());
        assertThat(first.rows()).hasSize(10);
    }

    @Test
    void dataAfterTheAssessmentDateIsNotSeen() {
        PatientInputs inputs = twoYears(3);
        LocalDate on = END.plusMonths(10);
        List<LabObservation> upToDate = inputs.labs().stream().filter(lab -> !lab.date().isAfter(on)).toList();
        List<LifestyleObservation> weeksUpToDate = inputs.lifestyle().stream()
                .filter(week -> !week.weekOf().isAfter(on)).toList();
        Assessment withFuture = TABLES.assess(inputs, on, null);
        Assessment without = TABLES.assess(new PatientInputs(inputs.treatment(), upToDate, weeksUpToDate,
                inputs.phases()), on, null);
        assertThat(withFuture).isEqualTo(without);
        assertThat(withFuture.latestData()).isBeforeOrEqualTo(on);
    }

    @Test
    void aPopulatedRowShowsValueUnitDateThresholdAndDirection() {
        PatientInputs inputs = new PatientInputs(TreatmentState.endedOn(END),
                List.of(LabObservation.of(AssessmentInput.HS_CRP, END.plusMonths(5), "5.2")), List.of(), List.of());
        AssessedRow row = TABLES.assess(inputs, END.plusMonths(5).plusDays(2), null)
                .row("SYSTEMIC_INFLAMMATION").orElseThrow();
        assertThat(row.evidence()).singleElement().satisfies(evidence -> {
            assertThat(evidence.input()).isEqualTo("hs-CRP");
            assertThat(evidence.value()).isEqualTo("5.2 mg/L");
            assertThat(evidence.date()).isEqualTo(END.plusMonths(5));
            assertThat(evidence.threshold()).isEqualTo("hinders > 3 mg/L");
            assertThat(evidence.push()).isEqualTo(Push.HINDERS);
            assertThat(evidence.stale()).isFalse();
        });
        assertThat(row.highlightsAnti()).isTrue();
        assertThat(row.highlightsPro()).isFalse();
        assertThat(row.basis()).isEqualTo(Basis.MEASURED);
        assertThat(row.references()).anyMatch(reference -> reference.contains("Pearson"));
        assertThat(row.change()).isEqualTo(Change.NEW);
    }

    @Test
    void intervalsReadCensoredResults() {
        assertThat(Interval.reported("< 0.2")).isEqualTo(new Interval(BigDecimal.ZERO, true, new BigDecimal("0.2"), false));
        assertThat(Interval.reported(">1500")).isEqualTo(new Interval(new BigDecimal("1500"), false, null, false));
        assertThat(Interval.reported("≤ 5").entirelyBelow(new BigDecimal("5"), true)).isTrue();
        assertThat(Interval.reported("< 5").entirelyBelow(new BigDecimal("5"), false)).isTrue();
        assertThat(Interval.reported("5").entirelyBelow(new BigDecimal("5"), false)).isFalse();
        assertThat(Interval.exactly("45").dividedBy(Interval.reported("< 5")).describe(1)).isEqualTo("> 9");
    }
}
