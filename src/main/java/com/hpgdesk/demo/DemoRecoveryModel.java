package com.hpgdesk.demo;

import com.hpgdesk.patient.Compound;
import com.hpgdesk.patient.CourseDetails;
import com.hpgdesk.patient.CourseKind;
import com.hpgdesk.patient.RecoveryClock;
import com.hpgdesk.protocol.Drug;
import com.hpgdesk.protocol.DrugClass;
import com.hpgdesk.protocol.ProtocolRecord;
import com.hpgdesk.protocol.ProtocolStatus;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;

/**
 * How one synthetic patient's hormones, semen and hematocrit move once androgens stop, without measurement
 * scatter (the demo adds that). The stories it tells are the ones a clinician expects to see:
 * <ul>
 * <li>Exogenous testosterone does not vanish at the end of treatment: after undecanoate, enanthate or cypionate
 * depots and pellets it keeps falling for weeks, and LH stays suppressed until it has washed out; only then does
 * the man's own testosterone climb.</li>
 * <li>hCG acts on the testis directly: testosterone and, disproportionately, estradiol rise, and LH and FSH are
 * held down by the feedback. SERMs block estrogen feedback, so LH and FSH rise. Anastrozole lowers estradiol.</li>
 * <li>Sperm concentration follows the pooled recovery of Liu et al. (Lancet 2006): median about 3.4 months to
 * 20 ×10^6/mL, 67 % by 6 months, 90 % by 12, all by 24; counts level off near 85 % of the man's own baseline
 * (WHO recovery model, Hum Reprod 2005).</li>
 * <li>Hematocrit, raised on androgens, falls back over the months after stopping.</li>
 * </ul>
 * The pace draws one number per patient: most recover, some are delayed, a few stay behind the curve.
 */
final class DemoRecoveryModel {

    /** How this man's axis recovers compared with the published curves. */
    enum Pace { RECOVERS, DELAYED, BEHIND_THE_CURVE }

    /**
     * What the last androgen course leaves behind at the end of treatment (last dose + one interval).
     *
     * @param exogenousAtEnd testosterone from the drug still in the blood at the end of treatment, ng/dL
     * @param halfLifeDays how fast that remainder clears
     * @param suppressedWeeks weeks after the end during which LH stays suppressed and the man's own
     *        testosterone cannot climb; total testosterone only falls in this time
     */
    record Washout(double exogenousAtEnd, double halfLifeDays, int suppressedWeeks) {}

    /** Liu 2006: cumulative share of men at 20 ×10^6/mL by month (median 3.4, 67 % at 6, 90 % at 12, 96 % at 16). */
    private static final double[][] LIU_2006 = {{1.5, 0}, {3.4, 0.50}, {6, 0.67}, {12, 0.90}, {16, 0.96}, {24, 1}};

    private static final Set<Compound> NINETEEN_NOR_DEPOTS = EnumSet.of(Compound.NANDROLONE, Compound.TRENBOLONE,
            Compound.BOLDENONE);

    private final LocalDate end;
    private final Washout washout;
    private final Pace pace;
    private final double monthsToSpermTwenty;
    private final List<ProtocolRecord> protocols;
    private final double suppressedTestosterone;
    private final double targetTestosterone;
    private final double recoveryMonths;
    private final double suppressedLh;
    private final double targetLh;
    private final double targetFsh;
    private final double hcgTestosterone;
    private final double aromatisation;
    private final double onTreatmentHematocrit;
    private final double ownHematocrit;
    private final double spermPlateau;
    private final double suppressedShbg;
    private final double ownShbg;

    /**
     * @param spermChance a uniform draw in [0, 1): the man's place on the Liu 2006 curve, which also sets his pace
     * @param baselineSperm his own count before androgens, 10^6/mL, when known
     */
    DemoRecoveryModel(List<CourseDetails> courses, LocalDate end, double spermChance, @Nullable Double baselineSperm,
                      List<ProtocolRecord> protocols, SplittableRandom random) {
        this.end = end;
        this.protocols = List.copyOf(protocols);
        this.pace = paceOf(spermChance);
        this.monthsToSpermTwenty = monthsToSpermTwenty(spermChance);
        var last = lastCourse(courses);
        boolean steroids = last.kind() == CourseKind.ANABOLIC_STEROIDS;
        this.washout = washoutOf(last, random);
        this.suppressedTestosterone = steroids ? 20 + random.nextInt(40) : 40 + random.nextInt(50);
        this.targetTestosterone = switch (pace) {
            case RECOVERS -> 450 + random.nextInt(250);
            case DELAYED -> 380 + random.nextInt(200);
            case BEHIND_THE_CURVE -> 200 + random.nextInt(90);
        };
        this.recoveryMonths = switch (pace) {
            case RECOVERS -> 1.2 + random.nextDouble() * 0.8;
            case DELAYED -> 3 + random.nextDouble() * 1.5;
            case BEHIND_THE_CURVE -> 5 + random.nextDouble() * 2;
        };
        this.suppressedLh = 0.1 + random.nextDouble() * 0.2;
        this.targetLh = switch (pace) {
            case RECOVERS -> 3 + random.nextDouble() * 3;
            case DELAYED -> 2.5 + random.nextDouble() * 2.5;
            case BEHIND_THE_CURVE -> 1.0 + random.nextDouble() * 0.8;
        };
        this.targetFsh = targetLh + 1 + random.nextDouble() * 1.5;
        this.hcgTestosterone = 550 + random.nextInt(200);
        this.aromatisation = 0.9 + random.nextDouble() * 0.4;
        this.onTreatmentHematocrit = steroids ? 50 + random.nextDouble() * 5 : 48.5 + random.nextDouble() * 4;
        this.ownHematocrit = 42 + random.nextDouble() * 4;
        double baseline = baselineSperm != null ? baselineSperm : 35 + random.nextInt(80);
        this.spermPlateau = Math.max(30, 0.85 * baseline);
        boolean oralAas = last.compounds().contains(Compound.OXANDROLONE) || last.compounds().contains(Compound.STANOZOLOL);
        this.ownShbg = 24 + random.nextInt(20);
        this.suppressedShbg = oralAas ? 8 + random.nextInt(6) : steroids ? 15 + random.nextInt(6) : ownShbg;
    }

    static CourseDetails lastCourse(List<CourseDetails> courses) {
        return courses.stream().max(Comparator.comparing(c -> Objects.requireNonNull(c.lastDoseOn()))).orElseThrow();
    }

    /**
     * Undecanoate and pellets clear over weeks to months; enanthate and cypionate over a couple of weeks; gel
     * within days. Nandrolone, trenbolone and boldenone keep LH down longer although the testosterone assay does
     * not see them.
     */
    static Washout washoutOf(CourseDetails course, SplittableRandom random) {
        var compounds = course.compounds();
        if (course.kind() == CourseKind.ANABOLIC_STEROIDS) {
            boolean longEster = compounds.contains(Compound.TESTOSTERONE_ENANTHATE)
                    || compounds.contains(Compound.TESTOSTERONE_CYPIONATE);
            int extra = compounds.stream().anyMatch(NINETEEN_NOR_DEPOTS::contains) ? 2 : 0;
            return longEster ? new Washout(700 + random.nextInt(700), 6, 4 + extra)
                    : new Washout(300 + random.nextInt(300), 2, 2 + extra);
        }
        if (compounds.contains(Compound.TESTOSTERONE_UNDECANOATE)) {
            return new Washout(300 + random.nextInt(120), 30, 10);
        }
        if (compounds.contains(Compound.TESTOSTERONE_PELLETS)) {
            return new Washout(250 + random.nextInt(100), 21, 8);
        }
        if (compounds.contains(Compound.TESTOSTERONE_GEL)) {
            return new Washout(200 + random.nextInt(100), 1.5, 1);
        }
        if (compounds.contains(Compound.TESTOSTERONE_ENANTHATE)) {
            return new Washout(220 + random.nextInt(100), 7, 4);
        }
        return new Washout(300 + random.nextInt(150), 8, 4);
    }

    static Pace paceOf(double spermChance) {
        return spermChance < 0.6 ? Pace.RECOVERS : spermChance < 0.9 ? Pace.DELAYED : Pace.BEHIND_THE_CURVE;
    }

    /** The month by which a man at {@code chance} on the Liu 2006 curve reaches 20 ×10^6/mL. */
    static double monthsToSpermTwenty(double chance) {
        for (int i = 1; i < LIU_2006.length; i++) {
            double[] from = LIU_2006[i - 1];
            double[] to = LIU_2006[i];
            if (chance <= to[1]) {
                return from[0] + (to[0] - from[0]) * (chance - from[1]) / (to[1] - from[1]);
            }
        }
        return LIU_2006[LIU_2006.length - 1][0];
    }

    /** The drugs being taken on {@code day}: of protocols that started, from each medication's first to last day. */
    static Set<Drug> drugsOn(List<ProtocolRecord> protocols, LocalDate day) {
        var drugs = EnumSet.noneOf(Drug.class);
        for (var protocol : protocols) {
            if (protocol.status() == ProtocolStatus.PLANNED || protocol.startedOn() == null
                    || day.isBefore(protocol.startedOn())
                    || (protocol.endedOn() != null && day.isAfter(protocol.endedOn()))) {
                continue;
            }
            for (var medication : protocol.medications()) {
                var first = Objects.requireNonNull(medication.startOn());
                if (!day.isBefore(first) && (medication.endOn() == null || !day.isAfter(medication.endOn()))) {
                    drugs.add(Objects.requireNonNull(medication.drug()));
                }
            }
        }
        return drugs;
    }

    static boolean hasSerm(Set<Drug> drugs) {
        return drugs.stream().anyMatch(d -> d.drugClass() == DrugClass.SERM);
    }

    Pace pace() {
        return pace;
    }

    Washout washout() {
        return washout;
    }

    double monthsToSpermTwenty() {
        return monthsToSpermTwenty;
    }

    private long daysSinceEnd(LocalDate day) {
        return ChronoUnit.DAYS.between(end, day);
    }

    /** Testosterone from the drug itself: level until the end of treatment, then cleared by half-lives. */
    double exogenousTestosterone(LocalDate day) {
        long days = daysSinceEnd(day);
        return days <= 0 ? washout.exogenousAtEnd()
                : washout.exogenousAtEnd() * Math.pow(0.5, days / washout.halfLifeDays());
    }

    /** 0 while suppressed, then rising towards 1 at the man's pace. */
    private double recovery(LocalDate day, double monthsScale) {
        double days = daysSinceEnd(day) - washout.suppressedWeeks() * 7.0;
        return days <= 0 ? 0 : 1 - Math.exp(-days / RecoveryClock.DAYS_PER_MONTH / (recoveryMonths * monthsScale));
    }

    /** The man's own testosterone without restart drugs. */
    double ownTestosterone(LocalDate day) {
        return suppressedTestosterone + (targetTestosterone - suppressedTestosterone) * recovery(day, 1);
    }

    double testosterone(LocalDate day) {
        var drugs = drugsOn(protocols, day);
        double own = ownTestosterone(day);
        if (drugs.contains(Drug.HCG)) {
            own = Math.max(own, hcgTestosterone);
        } else if (hasSerm(drugs)) {
            own = own + (Math.max(own, targetTestosterone) * 1.15 - own) * 0.6;
        }
        if (drugs.contains(Drug.ANASTROZOLE)) {
            own *= 1.1;
        }
        return exogenousTestosterone(day) + own;
    }

    private double naturalLh(LocalDate day) {
        return suppressedLh + (targetLh - suppressedLh) * recovery(day, 0.8);
    }

    private double naturalFsh(LocalDate day) {
        return suppressedLh * 1.5 + (targetFsh - suppressedLh * 1.5) * recovery(day, 0.9);
    }

    /**
     * hCG alone holds LH below where it was in the weeks before it started; a SERM raises it; both together
     * leave it a little above its natural course.
     */
    double lh(LocalDate day) {
        return gonadotropin(day, naturalLh(day), this::naturalLh, 0.4, 1.8, 2.5);
    }

    double fsh(LocalDate day) {
        return gonadotropin(day, naturalFsh(day), this::naturalFsh, 0.45, 1.6, 1.5);
    }

    private double gonadotropin(LocalDate day, double natural, java.util.function.Function<LocalDate, Double> course,
                                double hcgShare, double sermFactor, double sermAdd) {
        var drugs = drugsOn(protocols, day);
        boolean hcg = drugs.contains(Drug.HCG);
        boolean serm = hasSerm(drugs);
        if (hcg && !serm) {
            var hcgStart = firstDayOf(Drug.HCG, day);
            return hcgShare * Math.min(course.apply(hcgStart), course.apply(hcgStart.minusWeeks(8)));
        }
        if (hcg) {
            return natural * 1.2 + sermAdd * 0.3;
        }
        return serm ? natural * sermFactor + sermAdd : natural;
    }

    /** First day of the unbroken run of {@code drug} that includes {@code day}. */
    private LocalDate firstDayOf(Drug drug, LocalDate day) {
        var first = day;
        while (drugsOn(protocols, first.minusDays(1)).contains(drug)) {
            first = first.minusDays(1);
        }
        return first;
    }

    /** Follows testosterone by aromatisation; hCG raises it disproportionately, anastrozole lowers it. */
    double estradiol(LocalDate day) {
        var drugs = drugsOn(protocols, day);
        double e2 = testosterone(day) / 24 * aromatisation;
        if (drugs.contains(Drug.HCG)) {
            e2 *= 1.6;
        }
        if (drugs.contains(Drug.ANASTROZOLE)) {
            e2 *= 0.45;
        }
        return Math.max(5, e2);
    }

    /** Raised on androgens; falls back to the man's own level over the months after stopping. */
    double hematocrit(LocalDate day) {
        long days = Math.max(0, daysSinceEnd(day));
        return ownHematocrit + (onTreatmentHematocrit - ownHematocrit) * Math.exp(-days / 50.0);
    }

    /** Oral anabolic steroids push SHBG down hard; it comes back over a few months. */
    double shbg(LocalDate day) {
        long days = Math.max(0, daysSinceEnd(day));
        return ownShbg - (ownShbg - suppressedShbg) * Math.exp(-days / 60.0);
    }

    /**
     * Azoospermic until about half-way to the Liu 2006 month, then rising towards the plateau and crossing
     * 20 ×10^6/mL at that month.
     */
    double spermConcentration(LocalDate day) {
        double months = daysSinceEnd(day) / RecoveryClock.DAYS_PER_MONTH;
        double onset = monthsToSpermTwenty * 0.5;
        if (months <= onset) {
            return 0;
        }
        double scale = (monthsToSpermTwenty - onset) / -Math.log(1 - 20 / spermPlateau);
        return spermPlateau * (1 - Math.exp(-(months - onset) / scale));
    }
}
