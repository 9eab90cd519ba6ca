package com.hpgdesk.demo;

import com.hpgdesk.lab.MarkerKey;
import com.hpgdesk.lab.Unit;
import com.hpgdesk.lab.results.EnteredResult;
import com.hpgdesk.lifestyle.LifestyleDetails;
import com.hpgdesk.lifestyle.LifestyleMeasure;
import com.hpgdesk.patient.CourseDetails;
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
import java.util.SplittableRandom;

/**
 * What happened to a synthetic patient after treatment ended: a restart protocol (every status occurs in
 * the practice), lab reports every 4 to 8 weeks whose values recover, stall or relapse in believable ways,
 * and weekly lifestyle entries. Deterministic per patient, like {@link DemoPracticeGenerator}.
 */
final class DemoClinicalHistory {

    enum Course { RECOVERS, STALLS, RELAPSES }

    /** The lowest LH a typical immunoassay reports, in IU/L; below it the lab prints "< 0.2". */
    private static final double LH_ASSAY_LIMIT = 0.2;

    record LabReportPlan(LocalDate collectedOn, String labName, List<EnteredResult> results) {}

    record History(Course course, List<ProtocolRecord> protocols, List<LabReportPlan> labs,
                   List<LifestyleDetails> lifestyle) {}

    private final LocalDate today;

    DemoClinicalHistory(LocalDate today) {
        this.today = today;
    }

    History of(DemoPracticeGenerator.PatientPlan plan, long seed) {
        var random = new SplittableRandom(seed * 31 + plan.index());
        LocalDate end = plan.courses().stream()
                .map(course -> RecoveryClock.endOf(course.lastDoseOn(), course.dosingIntervalDays()))
                .max(LocalDate::compareTo).orElse(today);
        int roll = random.nextInt(20);
        Course course = roll < 12 ? Course.RECOVERS : roll < 17 ? Course.STALLS : Course.RELAPSES;
        boolean steroids = plan.courses().stream().anyMatch(c -> c.kind() == com.hpgdesk.patient.CourseKind.ANABOLIC_STEROIDS);
        return new History(course, protocols(plan.index(), end, random), labs(plan, end, course, steroids, random),
                lifestyle(random));
    }

    private List<ProtocolRecord> protocols(int index, LocalDate end, SplittableRandom random) {
        LocalDate start = end.plusDays(3);
        if (!start.isBefore(today)) {
            return List.of(planned("hCG + clomiphene", today.plusDays(7), hcgAndClomiphene(today.plusDays(7), null)));
        }
        return switch (index % 5) {
            case 0 -> List.of(new ProtocolRecord(details("hCG + clomiphene", ProtocolKind.MEDICATED, start),
                    hcgAndClomiphene(start, null), ProtocolStatus.ACTIVE, start, null, null));
            case 1 -> {
                LocalDate stop = start.plusDays(90 + random.nextInt(60));
                yield stop.isBefore(today)
                        ? List.of(new ProtocolRecord(details("Clomiphene alone", ProtocolKind.MEDICATED, start),
                                List.of(MedicationPlan.of(Drug.CLOMIPHENE, "25", DoseUnit.MG, Route.ORAL, Frequency.DAILY,
                                        start, stop)), ProtocolStatus.COMPLETED, start, stop, null))
                        : List.of(new ProtocolRecord(details("Clomiphene alone", ProtocolKind.MEDICATED, start),
                                List.of(MedicationPlan.of(Drug.CLOMIPHENE, "25", DoseUnit.MG, Route.ORAL, Frequency.DAILY,
                                        start, null)), ProtocolStatus.ACTIVE, start, null, null));
            }
            case 2 -> {
                LocalDate stop = start.plusDays(20 + random.nextInt(20));
                if (!stop.isBefore(today)) {
                    stop = today;
                }
                yield List.of(new ProtocolRecord(details("Enclomiphene alone", ProtocolKind.MEDICATED, start),
                        List.of(MedicationPlan.of(Drug.ENCLOMIPHENE, "25", DoseUnit.MG, Route.ORAL, Frequency.DAILY,
                                start, stop)), ProtocolStatus.STOPPED, start, stop,
                        "Blurred vision reported; stopped at the patient's request"));
            }
            case 3 -> List.of(planned("hCG + anastrozole", today.plusDays(5 + random.nextInt(10)), List.of(
                    MedicationPlan.of(Drug.HCG, "1500", DoseUnit.IU, Route.SUBCUTANEOUS, Frequency.THREE_TIMES_WEEKLY,
                            today.plusDays(14), null))));
            default -> List.of(new ProtocolRecord(details("Natural recovery", ProtocolKind.NATURAL, start), List.of(),
                    ProtocolStatus.ACTIVE, start, null, null));
        };
    }

    private static ProtocolRecord planned(String name, LocalDate on, List<MedicationPlan> medications) {
        return new ProtocolRecord(details(name, ProtocolKind.MEDICATED, on), medications.stream()
                .map(m -> new MedicationPlan(m.drug(), m.otherName(), m.dose(), m.unit(), m.route(), m.frequency(),
                        m.frequencyNote(), on, m.endOn()))
                .toList(), ProtocolStatus.PLANNED, null, null, null);
    }

    private static List<MedicationPlan> hcgAndClomiphene(LocalDate start, @org.jspecify.annotations.Nullable LocalDate stop) {
        return List.of(
                MedicationPlan.of(Drug.HCG, "3000", DoseUnit.IU, Route.SUBCUTANEOUS, Frequency.EVERY_OTHER_DAY, start, stop),
                MedicationPlan.of(Drug.CLOMIPHENE, "25", DoseUnit.MG, Route.ORAL, Frequency.DAILY, start, stop));
    }

    private static ProtocolDetails details(String name, ProtocolKind kind, LocalDate plannedStart) {
        return new ProtocolDetails(name, kind, plannedStart, null);
    }

    private List<LabReportPlan> labs(DemoPracticeGenerator.PatientPlan plan, LocalDate end, Course course,
                                     boolean steroids, SplittableRandom random) {
        var reports = new ArrayList<LabReportPlan>();
        boolean siUnits = random.nextInt(3) == 0;
        String lab = siUnits ? "Northgate Pathology" : "City Clinical Labs";
        double low = steroids ? 60 + random.nextInt(80) : 120 + random.nextInt(100);
        double target = switch (course) {
            case RECOVERS -> 430 + random.nextInt(300);
            case STALLS -> 240 + random.nextInt(80);
            case RELAPSES -> 420 + random.nextInt(150);
        };
        double tau = 1.2 + random.nextDouble() * 2.0;
        boolean fertility = random.nextInt(3) == 0;
        LocalDate day = end.minusDays(random.nextInt(10));
        if (day.isBefore(plan.details().dateOfBirth().plusYears(18))) {
            return reports;
        }
        int n = 0;
        while (!day.isAfter(today) && n < 14) {
            double months = ChronoUnit.DAYS.between(end, day) / RecoveryClock.DAYS_PER_MONTH;
            double progress = months <= 0 ? 0 : 1 - Math.exp(-months / tau);
            if (course == Course.RELAPSES && months > 5) {
                progress = Math.max(0.35, progress - (months - 5) * 0.18);
            }
            double noise = 1 + (random.nextDouble() - 0.5) * 0.16;
            double testosterone = (low + (target - low) * progress) * noise;
            double lhTarget = course == Course.STALLS ? 0.9 + random.nextDouble() * 0.5 : 3 + random.nextDouble() * 3;
            double lh = (0.2 + (lhTarget - 0.2) * progress) * noise;
            double fsh = (0.3 + (lhTarget + 1 - 0.3) * progress) * noise;
            var results = new ArrayList<EnteredResult>();
            results.add(siUnits ? value(MarkerKey.TOTAL_TESTOSTERONE, testosterone * 0.0347, 1, Unit.NMOL_PER_L)
                    : value(MarkerKey.TOTAL_TESTOSTERONE, testosterone, 0, Unit.NG_PER_DL));
            // A suppressed LH is reported as the assay's limit, as labs print it.
            results.add(lh < LH_ASSAY_LIMIT
                    ? new EnteredResult(new MarkerKey("LH"), "< " + LH_ASSAY_LIMIT, siUnits ? Unit.IU_PER_L : Unit.MIU_PER_ML,
                            null, null, null)
                    : value(new MarkerKey("LH"), lh, 2, siUnits ? Unit.IU_PER_L : Unit.MIU_PER_ML));
            results.add(value(new MarkerKey("FSH"), fsh, 2, siUnits ? Unit.IU_PER_L : Unit.MIU_PER_ML));
            double estradiol = (14 + 20 * progress) * noise;
            results.add(siUnits ? value(MarkerKey.ESTRADIOL, estradiol / 0.2724, 0, Unit.PMOL_PER_L)
                    : value(MarkerKey.ESTRADIOL, estradiol, 1, Unit.PG_PER_ML));
            results.add(value(MarkerKey.SHBG, (22 + random.nextInt(20)) * noise, 0, Unit.NMOL_PER_L));
            if (n % 2 == 0) {
                results.add(value(new MarkerKey("HS_CRP"), 0.4 + random.nextDouble() * 5, 1, Unit.MG_PER_L));
                double glucose = 84 + random.nextInt(26);
                results.add(siUnits ? value(MarkerKey.FASTING_GLUCOSE, glucose / 18.016, 1, Unit.MMOL_PER_L)
                        : value(MarkerKey.FASTING_GLUCOSE, glucose, 0, Unit.MG_PER_DL));
                results.add(value(MarkerKey.FASTING_INSULIN, 4 + random.nextDouble() * 16, 1, Unit.UIU_PER_ML));
                results.add(value(new MarkerKey("HBA1C"), 4.9 + random.nextDouble() * 1.2, 1, Unit.PERCENT));
                results.add(value(new MarkerKey("VITAMIN_D_25OH"), 14 + random.nextDouble() * 34, 1, Unit.NG_PER_ML));
                results.add(value(new MarkerKey("HEMATOCRIT"), 41 + random.nextDouble() * 9, 1, Unit.PERCENT));
            }
            if (n % 3 == 0) {
                results.add(value(MarkerKey.ALBUMIN, 4.0 + random.nextDouble() * 0.8, 1, Unit.G_PER_DL));
            }
            if (fertility && n % 2 == 1) {
                double sperm = months <= 1 ? 0 : Math.max(0, (40 + random.nextInt(40)) * progress * progress * noise
                        - (course == Course.STALLS ? 10 : 0));
                results.add(value(new MarkerKey("SPERM_CONCENTRATION"), sperm, 1, Unit.MILLION_PER_ML));
            }
            reports.add(new LabReportPlan(day, lab, results));
            day = day.plusWeeks(4 + random.nextInt(5));
            n++;
        }
        return reports;
    }

    private static EnteredResult value(MarkerKey marker, double value, int decimals, Unit unit) {
        return new EnteredResult(marker, BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).toPlainString(),
                unit, null, null, null);
    }

    private List<LifestyleDetails> lifestyle(SplittableRandom random) {
        var weeks = new ArrayList<LifestyleDetails>();
        LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
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
