package com.hpgdesk.demo;

import com.hpgdesk.patient.Compound;
import com.hpgdesk.patient.CourseDetails;
import com.hpgdesk.patient.CourseKind;
import com.hpgdesk.patient.DoseUnit;
import com.hpgdesk.patient.PatientDetails;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Synthetic patients for the demo and for benchmarks. Deterministic: patient {@code n} is the same for
 * the same seed and date, whatever the total, so a benchmark scaled to 100,000 patients starts with the
 * demo's 60. Names deliberately span scripts and accents; none belongs to a real person.
 */
public final class DemoPracticeGenerator {

    public static final long DEFAULT_SEED = 20261126L;

    private static final String[][] NAMES = {
            {"Daniel", "Whitaker"}, {"Marcus", "Bell"}, {"Tomás", "Álvarez"}, {"Zoë", "Ødegård"},
            {"Дмитрий", "Соколов"}, {"Łukasz", "Wiśniewski"}, {"Γιώργος", "Παπαδόπουλος"}, {"伟", "李"},
            {"Kwame", "Mensah"}, {"Aarav", "Sharma"}, {"Liam", "O'Connor"}, {"Jonas", "Müller"},
            {"Mehmet", "Yılmaz"}, {"Hiroshi", "Tanaka"}, {"Omar", "Haddad"}, {"Lucas", "Ferreira"},
            {"Erik", "Lindqvist"}, {"Ryan", "Mitchell"}, {"Nikolai", "Petrov"}, {"Samuel", "Okonkwo"},
            {"Jakub", "Novák"}, {"Mateo", "Rossi"}, {"Chris", "Nguyen"}, {"Andrés", "Castillo"},
            {"Ben", "Goldberg"}, {"Ivan", "Horvat"}, {"Pierre", "Lefèvre"}, {"Sven", "Bjørnsen"},
            {"Jamal", "Carter"}, {"Tariq", "Rahman"}};

    /** What the user reported taking, in his words as a clinician would note them; weekly totals are of injectables. */
    private static final String[] STACK_NOTES = {
            "Self-reported weekly total",
            "Self-reported weekly total; nandrolone decanoate 200 mg a week alongside",
            "Self-reported weekly total; trenbolone acetate and drostanolone propionate alongside",
            "Self-reported weekly total; oxandrolone and stanozolol tablets in the last six weeks",
            "Self-reported weekly total; boldenone undecylenate, metandienone tablets for the first four weeks",
            "Self-reported weekly total; nandrolone and trenbolone alongside, oxymetholone tablets to start"};

    private final long seed;
    private final LocalDate today;

    public DemoPracticeGenerator(long seed, LocalDate today) {
        this.seed = seed;
        this.today = today;
    }

    /** One synthetic patient: details, androgen courses and a few notes. */
    public record PatientPlan(int index, PatientDetails details, List<CourseDetails> courses, List<NotePlan> notes) {}

    public record NotePlan(LocalDate notedOn, String text) {}

    public PatientPlan patient(int index, List<Long> clinicianIds) {
        var random = new SplittableRandom(seed * 1_000_003L + index);
        // Past the list, pair given and family names differently so names stay plausible and mostly distinct.
        int round = index / NAMES.length;
        String given = NAMES[(index + 7 * round) % NAMES.length][0];
        String family = NAMES[index % NAMES.length][1];
        int age = 22 + random.nextInt(44);
        LocalDate born = today.minusYears(age).minusDays(random.nextInt(365));
        long clinician = clinicianIds.get(index % clinicianIds.size());
        BigDecimal baselineTestosterone = random.nextInt(3) == 0
                ? BigDecimal.valueOf(350 + random.nextInt(450)) : null;
        BigDecimal baselineSperm = random.nextInt(4) == 0 ? BigDecimal.valueOf(25 + random.nextInt(80)) : null;
        var details = new PatientDetails(recordNumber(index), given, family, born,
                given.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z]", "") + index + "@example.org",
                "+44 20 7946 " + String.format("%04d", index % 10000), null, clinician,
                baselineTestosterone, baselineSperm, baselineTestosterone == null ? null : "From a pre-TRT work-up");

        if (stillOnTreatment(index)) {
            return new PatientPlan(index, details, List.of(ongoingTrt(random)), List.of(new NotePlan(
                    today.minusDays(random.nextInt(14)), "Still on weekly cypionate. He and his partner want a child "
                    + "within two years; discussed stopping, what a restart involves and how long recovery may take.")));
        }
        boolean steroids = random.nextInt(5) < 2;
        var courses = steroids ? steroidCycles(random) : List.of(trtCourse(random));
        var notes = new ArrayList<NotePlan>();
        LocalDate lastDose = courses.stream().map(CourseDetails::lastDoseOn).filter(java.util.Objects::nonNull)
                .max(LocalDate::compareTo).orElse(today);
        notes.add(new NotePlan(lastDose.plusDays(7).isAfter(today) ? today : lastDose.plusDays(7),
                steroids ? "Stopped his cycle. Wants to restore natural production and fertility; partner planning pregnancy "
                        + "within a year." : "Stopping TRT on his own wish. Discussed expected time to recovery and symptoms "
                        + "to report."));
        if (random.nextBoolean()) {
            notes.add(new NotePlan(today.minusDays(random.nextInt(20)),
                    "Sleep about " + (5 + random.nextInt(3)) + " h a night, works shifts. Agreed on a wind-down routine."));
        }
        return new PatientPlan(index, details, courses, notes);
    }

    /** One man in twelve is still on treatment: he is weighing a restart, so nothing counts as recovery yet. */
    public static boolean stillOnTreatment(int index) {
        return index % 12 == 5;
    }

    public static String recordNumber(int index) {
        return String.format("HPG-%05d", index + 1);
    }

    private CourseDetails trtCourse(SplittableRandom random) {
        int months = 6 + random.nextInt(90);
        LocalDate lastDose = today.minusDays(10 + random.nextInt(540));
        LocalDate start = lastDose.minusMonths(months);
        return switch (random.nextInt(5)) {
            case 0 -> course(CourseKind.TRT, Set.of(Compound.TESTOSTERONE_UNDECANOATE), "1000", DoseUnit.MG, 84, start,
                    lastDose, "Intramuscular depot");
            case 1 -> course(CourseKind.TRT, Set.of(Compound.TESTOSTERONE_GEL), "50", DoseUnit.MG, 1, start, lastDose,
                    "1 % gel, 5 g a day");
            case 2 -> course(CourseKind.TRT, Set.of(Compound.TESTOSTERONE_ENANTHATE), "250", DoseUnit.MG, 14, start,
                    lastDose, null);
            case 3 -> course(CourseKind.TRT, Set.of(Compound.TESTOSTERONE_PELLETS), "900", DoseUnit.MG, 120, start,
                    lastDose, "Twelve 75 mg pellets");
            default -> course(CourseKind.TRT, Set.of(Compound.TESTOSTERONE_CYPIONATE),
                    Integer.toString(100 + 20 * random.nextInt(6)), DoseUnit.MG, 7, start, lastDose, null);
        };
    }

    private CourseDetails ongoingTrt(SplittableRandom random) {
        LocalDate start = today.minusMonths(18 + random.nextInt(60));
        return new CourseDetails(CourseKind.TRT, Set.of(Compound.TESTOSTERONE_CYPIONATE), null,
                BigDecimal.valueOf(100 + 20 * random.nextInt(4)), DoseUnit.MG, 7, start, null,
                "Weekly intramuscular injection, still taking it", true);
    }

    private List<CourseDetails> steroidCycles(SplittableRandom random) {
        var cycles = new ArrayList<CourseDetails>();
        int count = 1 + random.nextInt(3);
        LocalDate lastDose = today.minusDays(14 + random.nextInt(420));
        for (int i = 0; i < count; i++) {
            int weeks = 8 + random.nextInt(13);
            LocalDate start = lastDose.minusWeeks(weeks);
            // Most users stack: a testosterone base with one to three other compounds, orals often at the end.
            int stack = random.nextInt(6);
            var compounds = switch (stack) {
                case 0 -> Set.of(Compound.TESTOSTERONE_ENANTHATE);
                case 1 -> Set.of(Compound.TESTOSTERONE_ENANTHATE, Compound.NANDROLONE);
                case 2 -> Set.of(Compound.TESTOSTERONE_CYPIONATE, Compound.TRENBOLONE, Compound.DROSTANOLONE);
                case 3 -> Set.of(Compound.TESTOSTERONE_PROPIONATE, Compound.OXANDROLONE, Compound.STANOZOLOL);
                case 4 -> Set.of(Compound.TESTOSTERONE_ENANTHATE, Compound.BOLDENONE, Compound.METANDIENONE);
                default -> Set.of(Compound.TESTOSTERONE_CYPIONATE, Compound.NANDROLONE, Compound.TRENBOLONE,
                        Compound.OXYMETHOLONE);
            };
            cycles.add(0, course(CourseKind.ANABOLIC_STEROIDS, compounds, Integer.toString(250 + 50 * random.nextInt(10)),
                    DoseUnit.MG, 7, start, lastDose, STACK_NOTES[stack]));
            lastDose = start.minusWeeks(8 + random.nextInt(40));
        }
        return cycles;
    }

    private static CourseDetails course(CourseKind kind, Set<Compound> compounds, String dose, DoseUnit unit,
                                        int interval, LocalDate start, LocalDate lastDose,
                                        @org.jspecify.annotations.Nullable String notes) {
        return new CourseDetails(kind, compounds, null, new BigDecimal(dose), unit, interval, start, lastDose, notes);
    }
}
