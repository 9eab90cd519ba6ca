package com.hpgdesk.demo;

import com.hpgdesk.lab.MarkerKey;
import com.hpgdesk.lab.Unit;
import com.hpgdesk.lab.results.EnteredResult;
import com.hpgdesk.lifestyle.LifestyleDetails;
import com.hpgdesk.lifestyle.LifestyleMeasure;
import com.hpgdesk.patient.Compound;
import com.hpgdesk.patient.CourseDetails;
import com.hpgdesk.patient.CourseKind;
import com.hpgdesk.patient.RecoveryClock;
import com.hpgdesk.protocol.DoseUnit;
import com.hpgdesk.protocol.Drug;
import com.hpgdesk.protocol.Frequency;
import com.hpgdesk.protocol.MedicationPlan;
import com.hpgdesk.protocol.ProtocolDetails;
import com.hpgdesk.protocol.ProtocolKind;
import com.hpgdesk.protocol.ProtocolRecord;
import com.hpgdesk.protocol.ProtocolStatus;
import com.hpgdesk.protocol.Route;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.TreeSet;

/**
 * What happened to a synthetic patient after treatment ended: a restart protocol (every status occurs in the
 * practice), lab reports every 4 to 8 weeks plus the ones a clinician orders around a protocol (a baseline just
 * before it starts, a check three weeks into each drug), and weekly lifestyle entries. The values come from
 * {@link DemoRecoveryModel}, so they tell the clinical stories the screens and handouts are judged on; protocols
 * start at or after the end of treatment and contain the drugs their names say. Deterministic per patient, like
 * {@link DemoPracticeGenerator}.
 */
final class DemoClinicalHistory {

    static final String HCG_AND_CLOMIPHENE = "hCG + clomiphene";
    static final String CLOMIPHENE_ALONE = "Clomiphene alone";
    static final String ENCLOMIPHENE_ALONE = "Enclomiphene alone";
    static final String HCG_AND_ANASTROZOLE = "hCG + anastrozole when estradiol is high";
    static final String HCG_THEN_CLOMIPHENE = "hCG, then clomiphene";
    static final String TAMOXIFEN_ALONE = "Tamoxifen alone";
    static final String NATURAL_RECOVERY = "Natural recovery (no medication)";

    /** The most lab reports one patient gets, so the demo stays quick to seed. */
    private static final int MAX_REPORTS = 16;

    /** The lowest LH a typical immunoassay reports, in IU/L; below it the lab prints "< 0.2". */
    private static final double LH_ASSAY_LIMIT = 0.2;

    record LabReportPlan(LocalDate collectedOn, String labName, List<EnteredResult> results) {}

    record History(DemoRecoveryModel model, List<ProtocolRecord> protocols, List<LabReportPlan> labs,
                   List<LifestyleDetails> lifestyle) {

        DemoRecoveryModel.Pace pace() {
            return model.pace();
        }
    }

    private final LocalDate today;

    DemoClinicalHistory(LocalDate today) {
        this.today = today;
    }

    History of(DemoPracticeGenerator.PatientPlan plan, long seed) {
        var random = new SplittableRandom(seed * 31 + plan.index());
        if (plan.courses().stream().anyMatch(CourseDetails::ongoing)) {
            return onTreatment(plan, random);
        }
        LocalDate end = endOfTreatment(plan);
        var last = DemoRecoveryModel.lastCourse(plan.courses());
        boolean steroids = last.kind() == CourseKind.ANABOLIC_STEROIDS;
        var protocols = protocols(plan.index(), end, last, steroids, random);
        double spermChance = random.nextDouble();
        var baselineSperm = plan.details().baselineSpermMillionPerMl();
        var model = new DemoRecoveryModel(plan.courses(), end, spermChance,
                baselineSperm == null ? null : baselineSperm.doubleValue(), protocols, random);
        return new History(model, protocols, labs(plan, end, protocols, model, steroids, random),
                lifestyle(plan.index(), random));
    }

    /**
     * One man in five on an active restart protocol has missed his latest labs: none for 9 to 12 weeks, so the
     * practice review flags his labs as overdue, as a real practice's would for a few.
     */
    private LocalDate labsUntil(int index, List<ProtocolRecord> protocols) {
        boolean onActiveProtocol = protocols.stream().anyMatch(protocol -> protocol.status() == ProtocolStatus.ACTIVE
                && protocol.startedOn() != null && protocol.startedOn().isBefore(today.minusWeeks(14)));
        return onActiveProtocol && index % 5 == 2 ? today.minusWeeks(9 + index % 4) : today;
    }

    /** End of treatment over all courses: last dose + one dosing interval (the recovery clock's convention). */
    static LocalDate endOfTreatment(DemoPracticeGenerator.PatientPlan plan) {
        return plan.courses().stream()
                .map(course -> RecoveryClock.endOf(Objects.requireNonNull(course.lastDoseOn()),
                        Objects.requireNonNull(course.dosingIntervalDays())))
                .max(LocalDate::compareTo).orElseThrow();
    }

    private List<ProtocolRecord> protocols(int index, LocalDate end, CourseDetails lastCourse, boolean steroids,
                                           SplittableRandom random) {
        boolean depot = lastCourse.compounds().contains(Compound.TESTOSTERONE_UNDECANOATE)
                || lastCourse.compounds().contains(Compound.TESTOSTERONE_PELLETS);
        // After a depot the clinician waits for the remaining testosterone to wash out; after a cycle, for the
        // esters to clear; otherwise the restart follows the end of treatment within days.
        int gap = depot ? 42 + random.nextInt(15) : steroids ? 10 + random.nextInt(8) : 3 + random.nextInt(12);
        int story = index % 7;
        LocalDate start = story == 6 ? end : end.plusDays(gap);
        var kind = story == 6 ? ProtocolKind.NATURAL : ProtocolKind.MEDICATED;
        if (!start.isBefore(today)) {
            // Still on treatment, or it has only just ended: planned, never before the end of treatment.
            LocalDate planned = start.isBefore(today.plusDays(7)) ? today.plusDays(7) : start;
            return List.of(new ProtocolRecord(details(nameOf(story), kind, planned), medications(story, planned, random),
                    ProtocolStatus.PLANNED, null, null, null));
        }
        int weeks = switch (story) {
            case 0 -> 16 + random.nextInt(9);
            case 1 -> 12 + random.nextInt(13);
            case 3 -> 14 + random.nextInt(5);
            case 4 -> 18 + random.nextInt(7);
            case 5 -> 8 + random.nextInt(5);
            default -> 52;
        };
        if (story == 2) {
            LocalDate stop = start.plusDays(20 + random.nextInt(22));
            var medications = medications(story, start, random);
            return stop.isBefore(today)
                    ? List.of(new ProtocolRecord(details(nameOf(story), ProtocolKind.MEDICATED, start), medications,
                            ProtocolStatus.STOPPED, start, stop, "Blurred vision reported; stopped at the patient's request"))
                    : List.of(new ProtocolRecord(details(nameOf(story), ProtocolKind.MEDICATED, start), medications,
                            ProtocolStatus.ACTIVE, start, null, null));
        }
        LocalDate last = start.plusWeeks(weeks).minusDays(1);
        var medications = medications(story, start, random);
        return last.isBefore(today)
                ? List.of(new ProtocolRecord(details(nameOf(story), kind, start), medications, ProtocolStatus.COMPLETED,
                        start, last, null))
                : List.of(new ProtocolRecord(details(nameOf(story), kind, start), medications, ProtocolStatus.ACTIVE,
                        start, null, null));
    }

    private static String nameOf(int story) {
        return switch (story) {
            case 0 -> HCG_AND_CLOMIPHENE;
            case 1 -> CLOMIPHENE_ALONE;
            case 2 -> ENCLOMIPHENE_ALONE;
            case 3 -> HCG_AND_ANASTROZOLE;
            case 4 -> HCG_THEN_CLOMIPHENE;
            case 5 -> TAMOXIFEN_ALONE;
            default -> NATURAL_RECOVERY;
        };
    }

    /** The drugs of each story, dated from the protocol's first day; open-ended ones run until it ends. */
    private static List<MedicationPlan> medications(int story, LocalDate start, SplittableRandom random) {
        return switch (story) {
            case 0 -> List.of(
                    MedicationPlan.of(Drug.HCG, "3000", DoseUnit.IU, Route.SUBCUTANEOUS, Frequency.EVERY_OTHER_DAY,
                            start, null),
                    MedicationPlan.of(Drug.CLOMIPHENE, "25", DoseUnit.MG, Route.ORAL, Frequency.DAILY, start, null));
            case 1 -> List.of(random.nextInt(3) == 0
                    ? MedicationPlan.of(Drug.CLOMIPHENE, "50", DoseUnit.MG, Route.ORAL, Frequency.EVERY_OTHER_DAY,
                            start, null)
                    : MedicationPlan.of(Drug.CLOMIPHENE, "25", DoseUnit.MG, Route.ORAL, Frequency.DAILY, start, null));
            case 2 -> List.of(MedicationPlan.of(Drug.ENCLOMIPHENE, random.nextBoolean() ? "25" : "12.5", DoseUnit.MG,
                    Route.ORAL, Frequency.DAILY, start, null));
            case 3 -> List.of(
                    MedicationPlan.of(Drug.HCG, "1500", DoseUnit.IU, Route.SUBCUTANEOUS, Frequency.THREE_TIMES_WEEKLY,
                            start, null),
                    // Added once the four-week check showed estradiol high on hCG, for eight weeks.
                    new MedicationPlan(Drug.ANASTROZOLE, null, new BigDecimal("0.5"), DoseUnit.MG, Route.ORAL,
                            Frequency.TWICE_WEEKLY, "only while estradiol is high", start.plusDays(28),
                            start.plusDays(83)));
            case 4 -> List.of(
                    MedicationPlan.of(Drug.HCG, "2000", DoseUnit.IU, Route.SUBCUTANEOUS, Frequency.THREE_TIMES_WEEKLY,
                            start, start.plusDays(41)),
                    MedicationPlan.of(Drug.CLOMIPHENE, "25", DoseUnit.MG, Route.ORAL, Frequency.DAILY,
                            start.plusDays(42), null));
            case 5 -> List.of(MedicationPlan.of(Drug.TAMOXIFEN, "20", DoseUnit.MG, Route.ORAL, Frequency.DAILY, start,
                    null));
            default -> List.of();
        };
    }

    private static ProtocolDetails details(String name, ProtocolKind kind, LocalDate plannedStart) {
        return new ProtocolDetails(name, kind, plannedStart, null);
    }

    private List<LabReportPlan> labs(DemoPracticeGenerator.PatientPlan plan, LocalDate end,
                                     List<ProtocolRecord> protocols, DemoRecoveryModel model, boolean steroids,
                                     SplittableRandom random) {
        var reports = new ArrayList<LabReportPlan>();
        boolean siUnits = random.nextInt(3) == 0;
        String lab = siUnits ? "Northgate Pathology" : "City Clinical Labs";
        boolean fertility = steroids || random.nextInt(3) == 0;
        LocalDate first = end.minusDays(random.nextInt(10));
        if (first.isBefore(plan.details().dateOfBirth().plusYears(18))) {
            return reports;
        }
        int n = 0;
        LocalDate until = labsUntil(plan.index(), protocols);
        for (var day : labDays(first, protocols, random)) {
            if (day.isAfter(until)) {
                break;
            }
            double noise = 1 + (random.nextDouble() - 0.5) * 0.10;
            double months = ChronoUnit.DAYS.between(end, day) / RecoveryClock.DAYS_PER_MONTH;
            var results = new ArrayList<EnteredResult>();
            double testosterone = model.testosterone(day) * noise;
            results.add(siUnits ? value(MarkerKey.TOTAL_TESTOSTERONE, testosterone * 0.0347, 1, Unit.NMOL_PER_L)
                    : value(MarkerKey.TOTAL_TESTOSTERONE, testosterone, 0, Unit.NG_PER_DL));
            double lh = model.lh(day) * scatter(random);
            // A suppressed LH is reported as the assay's limit, as labs print it.
            results.add(lh < LH_ASSAY_LIMIT
                    ? new EnteredResult(new MarkerKey("LH"), "< " + LH_ASSAY_LIMIT, siUnits ? Unit.IU_PER_L : Unit.MIU_PER_ML,
                            null, null, null)
                    : value(new MarkerKey("LH"), lh, 2, siUnits ? Unit.IU_PER_L : Unit.MIU_PER_ML));
            results.add(value(new MarkerKey("FSH"), model.fsh(day) * scatter(random), 2,
                    siUnits ? Unit.IU_PER_L : Unit.MIU_PER_ML));
            double estradiol = model.estradiol(day) * scatter(random);
            results.add(siUnits ? value(MarkerKey.ESTRADIOL, estradiol / 0.2724, 0, Unit.PMOL_PER_L)
                    : value(MarkerKey.ESTRADIOL, estradiol, 1, Unit.PG_PER_ML));
            results.add(value(MarkerKey.SHBG, model.shbg(day) * scatter(random), 0, Unit.NMOL_PER_L));
            if (n < 3 || n % 2 == 0) {
                results.add(value(new MarkerKey("HEMATOCRIT"), model.hematocrit(day) + (random.nextDouble() - 0.5) * 0.8,
                        1, Unit.PERCENT));
            }
            if (n % 2 == 0) {
                results.add(value(new MarkerKey("HS_CRP"), 0.4 + random.nextDouble() * 5, 1, Unit.MG_PER_L));
                double glucose = 84 + random.nextInt(26);
                results.add(siUnits ? value(MarkerKey.FASTING_GLUCOSE, glucose / 18.016, 1, Unit.MMOL_PER_L)
                        : value(MarkerKey.FASTING_GLUCOSE, glucose, 0, Unit.MG_PER_DL));
                results.add(value(MarkerKey.FASTING_INSULIN, 4 + random.nextDouble() * 16, 1, Unit.UIU_PER_ML));
                results.add(value(new MarkerKey("HBA1C"), 4.9 + random.nextDouble() * 1.2, 1, Unit.PERCENT));
                results.add(value(new MarkerKey("VITAMIN_D_25OH"), 14 + random.nextDouble() * 34, 1, Unit.NG_PER_ML));
            }
            if (n % 3 == 0) {
                results.add(value(MarkerKey.ALBUMIN, 4.0 + random.nextDouble() * 0.8, 1, Unit.G_PER_DL));
            }
            if (fertility && n % 2 == 1 && months > 0) {
                results.add(value(new MarkerKey("SPERM_CONCENTRATION"), model.spermConcentration(day) * scatter(random),
                        1, Unit.MILLION_PER_ML));
            }
            reports.add(new LabReportPlan(day, lab, results));
            n++;
        }
        return reports;
    }

    private static double scatter(SplittableRandom random) {
        return 1 + (random.nextDouble() - 0.5) * 0.10;
    }

    /**
     * Routine labs every 4 to 8 weeks from the end of treatment, plus what a clinician orders around a started
     * protocol: a baseline a few days before it and a check three weeks into each drug. Ordered labs are at
     * least a week apart, and a routine lab within ten days of an ordered one is dropped.
     */
    private List<LocalDate> labDays(LocalDate first, List<ProtocolRecord> protocols, SplittableRandom random) {
        var ordered = new TreeSet<LocalDate>();
        for (var protocol : protocols) {
            var started = protocol.startedOn();
            if (started == null) {
                continue;
            }
            ordered.add(started.minusDays(4));
            for (var medication : protocol.medications()) {
                var from = Objects.requireNonNull(medication.startOn());
                if (from.isAfter(started)) {
                    ordered.add(from.minusDays(3));
                }
                ordered.add(from.plusDays(21));
            }
            if (protocol.medications().isEmpty()) {
                ordered.add(started.plusDays(21));
            }
        }
        ordered.removeIf(day -> day.isAfter(today) || day.isBefore(first));
        // Two ordered draws within a week would be one visit: keep the earlier.
        LocalDate kept = null;
        for (var day : List.copyOf(ordered)) {
            if (kept != null && day.isBefore(kept.plusDays(7))) {
                ordered.remove(day);
            } else {
                kept = day;
            }
        }
        var days = new TreeSet<>(ordered);
        for (LocalDate day = first; !day.isAfter(today); day = day.plusWeeks(4 + random.nextInt(5))) {
            var near = ordered.ceiling(day.minusDays(10));
            if (near == null || near.isAfter(day.plusDays(10))) {
                days.add(day);
            }
        }
        return days.stream().limit(MAX_REPORTS).toList();
    }

    /**
     * A man still on TRT: no restart yet, two labs on treatment that show what exogenous testosterone does
     * (testosterone high in range, LH and FSH suppressed below the assay's limit, hematocrit up).
     */
    private History onTreatment(DemoPracticeGenerator.PatientPlan plan, SplittableRandom random) {
        var course = plan.courses().getFirst();
        var model = new DemoRecoveryModel(plan.courses(), today.plusYears(1), random.nextDouble(), null, List.of(),
                random);
        var labs = new ArrayList<LabReportPlan>();
        for (LocalDate day : List.of(today.minusWeeks(14 + random.nextInt(4)), today.minusWeeks(1 + random.nextInt(3)))) {
            if (day.isBefore(Objects.requireNonNull(course.startedOn()))) {
                continue;
            }
            labs.add(new LabReportPlan(day, "Practice laboratory", List.of(
                    value(MarkerKey.TOTAL_TESTOSTERONE, 780 + random.nextInt(260), 0, Unit.NG_PER_DL),
                    new EnteredResult(new MarkerKey("LH"), "< 0.2", Unit.IU_PER_L, null, null, null),
                    new EnteredResult(new MarkerKey("FSH"), "< 0.3", Unit.IU_PER_L, null, null, null),
                    value(MarkerKey.ESTRADIOL, 38 + random.nextInt(20), 1, Unit.PG_PER_ML),
                    value(MarkerKey.SHBG, 22 + random.nextInt(10), 0, Unit.NMOL_PER_L),
                    value(new MarkerKey("HEMATOCRIT"), 49.5 + random.nextDouble() * 3, 1, Unit.PERCENT))));
        }
        return new History(model, List.of(), labs, lifestyle(plan.index(), random));
    }

    private static EnteredResult value(MarkerKey marker, double value, int decimals, Unit unit) {
        return new EnteredResult(marker, BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).toPlainString(),
                unit, null, null, null);
    }

    /**
     * Weekly entries up to this week; one man in nine stopped keeping them 5 to 10 weeks ago, so the practice review
     * shows a few with no recent lifestyle data.
     */
    private List<LifestyleDetails> lifestyle(int index, SplittableRandom random) {
        var weeks = new ArrayList<LifestyleDetails>();
        LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                .minusWeeks(index % 9 == 4 ? 5 + index % 6 : 0);
        int count = 4 + random.nextInt(9);
        double sleep = 5 + random.nextDouble() * 3;
        double weight = 72 + random.nextInt(40);
        int height = 168 + random.nextInt(24);
        int stress = 2 + random.nextInt(7);
        for (int i = count - 1; i >= 0; i--) {
            var week = LifestyleDetails.weekOf(monday.minusWeeks(i))
                    .with(LifestyleMeasure.SLEEP_HOURS, decimal(sleep + (random.nextDouble() - 0.5), 1))
                    .with(LifestyleMeasure.STRESS, BigDecimal.valueOf(Math.max(0, Math.min(10, stress + random.nextInt(3) - 1))))
                    .with(LifestyleMeasure.FIBRE, BigDecimal.valueOf(12 + random.nextInt(24)))
                    .with(LifestyleMeasure.ALCOHOL_DRINKS, BigDecimal.valueOf(random.nextInt(18)))
                    .with(LifestyleMeasure.RESISTANCE_SESSIONS, BigDecimal.valueOf(random.nextInt(5)))
                    .with(LifestyleMeasure.MODERATE_MINUTES, BigDecimal.valueOf(30 * random.nextInt(10)))
                    .with(LifestyleMeasure.WEIGHT, decimal(weight - (count - i) * 0.2, 1))
                    .with(LifestyleMeasure.WAIST, BigDecimal.valueOf(Math.round(weight * 0.95 + 5)))
                    .with(LifestyleMeasure.HEIGHT, BigDecimal.valueOf(height))
                    .answer(LifestyleMeasure.FREQUENT_GI_SYMPTOMS, random.nextInt(6) == 0);
            weeks.add(week);
        }
        return weeks;
    }

    private static BigDecimal decimal(double value, int decimals) {
        return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP);
    }
}
