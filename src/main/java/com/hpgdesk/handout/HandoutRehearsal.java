package com.hpgdesk.handout;

import com.hpgdesk.assessment.curve.CurveReading;
import com.hpgdesk.assessment.curve.RecoveryCurve;
import com.hpgdesk.assessment.curve.RecoveryMarker;
import com.hpgdesk.assessment.engine.AssessmentInput;
import com.hpgdesk.assessment.engine.AssessmentRules;
import com.hpgdesk.assessment.engine.LabObservation;
import com.hpgdesk.assessment.engine.LifestyleObservation;
import com.hpgdesk.assessment.engine.MarkerTables;
import com.hpgdesk.assessment.engine.PatientInputs;
import com.hpgdesk.assessment.engine.TreatmentState;
import com.hpgdesk.lab.Flag;
import com.hpgdesk.lab.MarkerKey;
import com.hpgdesk.lab.Quantity;
import com.hpgdesk.lab.ReferenceRange;
import com.hpgdesk.lab.ReportedValue;
import com.hpgdesk.lab.Unit;
import com.hpgdesk.patient.RecoveryClock;
import com.hpgdesk.protocol.Frequency;
import com.hpgdesk.protocol.Route;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A made-up man's handout facts, the same every time: laid out once per language at start-up to warm the
 * fonts and PDFBox up, and the fixed input of tests and the benchmark. His treatment ended a year before the
 * handout; every six weeks since, a panel of hormones and a few other markers, rising the way a recovery does.
 */
public final class HandoutRehearsal {

    static final Instant CREATED = Instant.parse("2026-01-15T09:30:00Z");
    static final LocalDate DATE = LocalDate.of(2026, 1, 15);

    private HandoutRehearsal() {
    }

    public static HandoutFacts facts(String practice) {
        return facts(practice, "Ζωή Ødegård-Łukasiewicz Дмитриевич", 9);
    }

    /**
     * @param visits how many six-weekly lab visits lie behind him, the latest just before the handout's date;
     *               more visits make a longer results history
     */
    public static HandoutFacts facts(String practice, String patientName, int visits) {
        LocalDate end = DATE.minusWeeks(6L * visits + 2);
        List<LabObservation> labs = new ArrayList<>();
        List<HandoutFacts.Result> results = new ArrayList<>();
        Map<RecoveryMarker, List<CurveReading>> curve = new EnumMap<>(RecoveryMarker.class);
        for (int visit = 1; visit <= visits; visit++) {
            LocalDate day = end.plusWeeks(6L * visit);
            double progress = Math.min(1.0, visit / 8.0);
            add(results, labs, curve, day, "TOTAL_TESTOSTERONE", 120 + 480 * progress, 0, Unit.NG_PER_DL, "264", "916");
            add(results, labs, curve, day, "LH", 0.4 + 5 * progress, 1, Unit.IU_PER_L, "1.7", "8.6");
            add(results, labs, curve, day, "FSH", 0.6 + 4 * progress, 1, Unit.IU_PER_L, "1.5", "12.4");
            add(results, labs, curve, day, "ESTRADIOL", 18 + 10 * progress, 1, Unit.PG_PER_ML, "10", "40");
            add(results, labs, curve, day, "HS_CRP", 2.6 - progress, 1, Unit.MG_PER_L, null, "3");
            if (visit % 2 == 0) {
                add(results, labs, curve, day, "SPERM_CONCENTRATION", 2 + 22 * progress, 1, Unit.MILLION_PER_ML, "16", null);
                add(results, labs, curve, day, "VITAMIN_D_25OH", 18 + 6 * progress, 0, Unit.NG_PER_ML, "30", "100");
            }
        }
        List<LifestyleObservation> weeks = List.of(
                LifestyleObservation.figure(AssessmentInput.SLEEP_HOURS, DATE.minusWeeks(2), "5.5"),
                LifestyleObservation.figure(AssessmentInput.STRESS, DATE.minusWeeks(2), "4"),
                LifestyleObservation.figure(AssessmentInput.ALCOHOL_DRINKS, DATE.minusWeeks(2), "16"),
                LifestyleObservation.figure(AssessmentInput.RESISTANCE_SESSIONS, DATE.minusWeeks(2), "3"),
                LifestyleObservation.figure(AssessmentInput.VIGOROUS_MINUTES, DATE.minusWeeks(2), "120"));
        var assessment = new MarkerTables(AssessmentRules.standard()).assess(
                new PatientInputs(TreatmentState.endedOn(end), labs, weeks, List.of()), DATE, null);
        var chart = RecoveryCurve.of(end, curve, List.of());
        List<HandoutFacts.Result> latest = new ArrayList<>();
        results.stream().sorted(Comparator.comparing(HandoutFacts.Result::collectedOn).reversed())
                .forEach(result -> {
                    if (latest.stream().noneMatch(seen -> seen.marker().equals(result.marker()))) {
                        latest.add(result);
                    }
                });
        List<HandoutFacts.Result> history = results.stream()
                .sorted(Comparator.comparing(HandoutFacts.Result::collectedOn).reversed()).toList();
        List<HandoutFacts.Dose> medications = List.of(
                new HandoutFacts.Dose("Clomifene", "25 mg", Route.ORAL, Frequency.EVERY_OTHER_DAY, null,
                        DATE.minusWeeks(4), DATE.plusWeeks(4)),
                new HandoutFacts.Dose("hCG", "1,500 IU", Route.SUBCUTANEOUS, Frequency.TWICE_WEEKLY, null,
                        DATE.minusWeeks(4), null));
        List<String> references = new ArrayList<>();
        RecoveryCurve.sources().forEach(citation -> references.add(citation.full()));
        return new HandoutFacts(practice, null, patientName, LocalDate.of(1988, 3, 4), "Dr Maya Hale", DATE,
                RecoveryClock.endedOn(end, DATE), assessment, latest, history, chart, medications, DATE,
                DATE.plusWeeks(HandoutService.SCHEDULE_WEEKS), DATE.plusWeeks(6), references);
    }

    private static void add(List<HandoutFacts.Result> results, List<LabObservation> labs,
                            Map<RecoveryMarker, List<CurveReading>> curve, LocalDate day, String key, double value,
                            int decimals, Unit unit, @org.jspecify.annotations.Nullable String low,
                            @org.jspecify.annotations.Nullable String high) {
        BigDecimal number = BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP);
        var quantity = new Quantity(number, unit);
        ReferenceRange range = low == null ? ReferenceRange.atMost(high, unit)
                : high == null ? ReferenceRange.atLeast(low, unit) : ReferenceRange.between(low, high, unit);
        Flag flag = range.classify(number);
        results.add(new HandoutFacts.Result(new MarkerKey(key), day, ReportedValue.exact(quantity), range, flag));
        AssessmentInput.byKey(key).ifPresent(input -> labs.add(LabObservation.of(input, day, number.toPlainString())));
        for (RecoveryMarker marker : RecoveryMarker.values()) {
            if (marker.key().value().equals(key)) {
                curve.computeIfAbsent(marker, m -> new ArrayList<>()).add(CurveReading.exact(day, quantity));
            }
        }
    }
}
