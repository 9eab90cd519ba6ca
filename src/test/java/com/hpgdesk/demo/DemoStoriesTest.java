package com.hpgdesk.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.hpgdesk.lab.MarkerKey;
import com.hpgdesk.patient.Compound;
import com.hpgdesk.patient.CourseKind;
import com.hpgdesk.protocol.Drug;
import com.hpgdesk.protocol.DrugClass;
import com.hpgdesk.protocol.MedicationPlan;
import com.hpgdesk.protocol.ProtocolKind;
import com.hpgdesk.protocol.ProtocolRecord;
import com.hpgdesk.protocol.ProtocolStatus;
import com.hpgdesk.lab.results.EnteredResult;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The demo practice tells true clinical stories: one test per rule, over a practice far larger than the demo's. */
class DemoStoriesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
    private static final int PATIENTS = 240;
    private static final List<Patient> PRACTICE = practice(DemoPracticeGenerator.DEFAULT_SEED);

    record Patient(DemoPracticeGenerator.PatientPlan plan, DemoClinicalHistory.History history, LocalDate end) {

        List<ProtocolRecord> protocols() {
            return history.protocols();
        }

        Set<Drug> drugsOn(LocalDate day) {
            return DemoRecoveryModel.drugsOn(protocols(), day);
        }

        /** The patient's results of one marker, in the unit his lab reports (the same for all his reports). */
        List<Reading> readings(String marker) {
            var readings = new ArrayList<Reading>();
            for (var report : history.labs()) {
                report.results().stream().filter(r -> Objects.equals(r.marker(), new MarkerKey(marker))).findFirst()
                        .ifPresent(r -> readings.add(new Reading(report.collectedOn(),
                                limitOrValue(Objects.requireNonNull(r.value())),
                                Objects.requireNonNull(r.value()).startsWith("<"))));
            }
            return readings;
        }

        Optional<Reading> lastBefore(String marker, LocalDate day) {
            return readings(marker).stream().filter(r -> r.day().isBefore(day)).reduce((a, b) -> b);
        }
    }

    /** @param belowLimit entered as the assay's limit ("< 0.2"): the true value is lower still */
    record Reading(LocalDate day, double value, boolean belowLimit) {

        /** Lower than {@code other}: "&lt; 0.2" is lower than 0.2 for certain, and no higher than "&lt; 0.2". */
        boolean heldBelow(Reading other) {
            return belowLimit ? value <= other.value : value < other.value;
        }
    }

    private static List<Patient> practice(long seed) {
        var generator = new DemoPracticeGenerator(seed, TODAY);
        var histories = new DemoClinicalHistory(TODAY);
        var patients = new ArrayList<Patient>();
        for (int i = 0; i < PATIENTS; i++) {
            // The stories of recovery are told by the men who stopped; those still on treatment have their own test.
            if (DemoPracticeGenerator.stillOnTreatment(i)) {
                continue;
            }
            var plan = generator.patient(i, List.of(1L, 2L));
            patients.add(new Patient(plan, histories.of(plan, seed), DemoClinicalHistory.endOfTreatment(plan)));
        }
        return patients;
    }

    @Test
    void aManStillOnTreatmentHasNoRestartAndSuppressedGonadotrophins() {
        var generator = new DemoPracticeGenerator(DemoPracticeGenerator.DEFAULT_SEED, TODAY);
        int index = 5;
        assertThat(DemoPracticeGenerator.stillOnTreatment(index)).isTrue();
        var plan = generator.patient(index, List.of(1L, 2L));
        var history = new DemoClinicalHistory(TODAY).of(plan, DemoPracticeGenerator.DEFAULT_SEED);

        assertThat(plan.courses()).singleElement().satisfies(course -> {
            assertThat(course.ongoing()).isTrue();
            assertThat(course.lastDoseOn()).isNull();
        });
        assertThat(history.protocols()).isEmpty();
        assertThat(history.labs()).isNotEmpty().allSatisfy(report -> assertThat(report.results())
                .filteredOn(result -> result.marker().equals(new MarkerKey("LH")))
                .singleElement().extracting(EnteredResult::value).isEqualTo("< 0.2"));
    }

    private static List<Patient> started() {
        return PRACTICE.stream().filter(p -> p.protocols().stream().anyMatch(r -> r.startedOn() != null)).toList();
    }

    @Test
    void everyProtocolContainsTheDrugsItsNameSaysAndNoOthers() {
        for (var patient : PRACTICE) {
            for (var protocol : patient.protocols()) {
                var name = protocol.details().name();
                Set<Drug> given = protocol.medications().stream().map(MedicationPlan::drug).filter(Objects::nonNull)
                        .collect(Collectors.toCollection(() -> EnumSet.noneOf(Drug.class)));
                for (var drug : Drug.values()) {
                    if (drug == Drug.OTHER) {
                        continue;
                    }
                    boolean named = Pattern.compile("(?<![a-z])" + drug.label().toLowerCase(Locale.ROOT) + "(?![a-z])")
                            .matcher(name.toLowerCase(Locale.ROOT)).find();
                    assertThat(given.contains(drug)).as(name + " and " + drug).isEqualTo(named);
                }
                if (protocol.details().kind() == ProtocolKind.NATURAL) {
                    assertThat(given).as(name).isEmpty();
                }
            }
        }
        var hcgAndAnastrozole = PRACTICE.stream().flatMap(p -> p.protocols().stream())
                .filter(r -> r.details().name().equals(DemoClinicalHistory.HCG_AND_ANASTROZOLE)).toList();
        assertThat(hcgAndAnastrozole).isNotEmpty().allSatisfy(r -> assertThat(r.medications())
                .extracting(MedicationPlan::drug).contains(Drug.HCG, Drug.ANASTROZOLE));
    }

    @Test
    void noProtocolStartsBeforeTheEndOfTreatment() {
        int planned = 0;
        for (var patient : PRACTICE) {
            for (var protocol : patient.protocols()) {
                var name = patient.plan().details().recordNumber() + " " + protocol.details().name();
                assertThat(protocol.details().plannedStart()).as(name).isAfterOrEqualTo(patient.end());
                if (protocol.startedOn() != null) {
                    assertThat(protocol.startedOn()).as(name).isAfterOrEqualTo(patient.end());
                }
                assertThat(protocol.medications()).allSatisfy(m -> assertThat(m.startOn()).as(name)
                        .isAfterOrEqualTo(patient.end()));
                if (protocol.status() == ProtocolStatus.PLANNED) {
                    planned++;
                    assertThat(protocol.details().plannedStart()).as(name).isAfter(TODAY);
                }
            }
        }
        assertThat(planned).as("patients still on treatment get a planned restart").isPositive();
    }

    @Test
    void everyStatusOccursInTheDemoPractice() {
        var statuses = PRACTICE.stream().limit(60).flatMap(p -> p.protocols().stream()).map(ProtocolRecord::status)
                .collect(Collectors.toSet());
        assertThat(statuses).containsExactlyInAnyOrder(ProtocolStatus.values());
    }

    @Test
    void lhDuringHcgAloneStaysBelowItsValueBeforeHcg() {
        int checked = 0;
        for (var patient : started()) {
            for (var lh : patient.readings("LH")) {
                if (!patient.drugsOn(lh.day()).equals(EnumSet.of(Drug.HCG))) {
                    continue;
                }
                var hcgStart = firstDayOfRun(patient, Drug.HCG, lh.day());
                var before = patient.lastBefore("LH", hcgStart).orElseThrow();
                assertThat(lh.heldBelow(before)).as(patient.plan().details().recordNumber() + " on " + lh.day()
                        + ": " + lh + " against " + before + " before hCG").isTrue();
                checked++;
            }
        }
        assertThat(checked).as("LH results during hCG alone").isGreaterThan(10);
    }

    @Test
    void fshIsHeldDownByHcgAloneToo() {
        int checked = 0;
        for (var patient : started()) {
            for (var fsh : patient.readings("FSH")) {
                if (patient.drugsOn(fsh.day()).equals(EnumSet.of(Drug.HCG))) {
                    var before = patient.lastBefore("FSH", firstDayOfRun(patient, Drug.HCG, fsh.day())).orElseThrow();
                    assertThat(fsh.heldBelow(before)).as(fsh + " against " + before + " before hCG").isTrue();
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThan(10);
    }

    @Test
    void lhAndFshRiseOnASerm() {
        int checked = 0;
        for (var patient : started()) {
            for (var marker : List.of("LH", "FSH")) {
                for (var reading : patient.readings(marker)) {
                    var drugs = patient.drugsOn(reading.day());
                    if (drugs.stream().noneMatch(d -> d.drugClass() == DrugClass.SERM)) {
                        continue;
                    }
                    var sermStart = drugs.stream().filter(d -> d.drugClass() == DrugClass.SERM).findFirst()
                            .map(d -> firstDayOfRun(patient, d, reading.day())).orElseThrow();
                    var before = patient.lastBefore(marker, sermStart).orElseThrow();
                    assertThat(reading.value()).as(patient.plan().details().recordNumber() + " " + marker + " on "
                            + reading.day()).isGreaterThan(before.value());
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThan(20);
    }

    @Test
    void testosteroneKeepsFallingForWeeksAfterADepotOrPellets() {
        int depots = 0;
        for (var patient : PRACTICE) {
            var last = DemoRecoveryModel.lastCourse(patient.plan().courses());
            if (last.kind() != CourseKind.TRT || last.compounds().contains(Compound.TESTOSTERONE_GEL)) {
                continue;
            }
            var model = patient.history().model();
            // Undecanoate 10 weeks, pellets 8, enanthate and cypionate 4: falling all the way, day by day.
            int weeks = model.washout().suppressedWeeks();
            assertThat(weeks).isGreaterThanOrEqualTo(4);
            for (int day = 1; day <= weeks * 7; day++) {
                var on = patient.end().plusDays(day);
                assertThat(model.exogenousTestosterone(on) + model.ownTestosterone(on))
                        .as(patient.plan().details().recordNumber() + " day " + day)
                        .isLessThan(model.exogenousTestosterone(on.minusDays(1)) + model.ownTestosterone(on.minusDays(1)));
            }
            depots++;
        }
        assertThat(depots).isGreaterThan(50);
    }

    @Test
    void theLabsShowTestosteroneFallingAfterUndecanoateAndPelletsUntilTheRestart() {
        int pairs = 0;
        for (var patient : PRACTICE) {
            var compounds = DemoRecoveryModel.lastCourse(patient.plan().courses()).compounds();
            if (!compounds.contains(Compound.TESTOSTERONE_UNDECANOATE) && !compounds.contains(Compound.TESTOSTERONE_PELLETS)) {
                continue;
            }
            var restart = patient.protocols().stream().map(ProtocolRecord::startedOn).filter(Objects::nonNull)
                    .findFirst().orElse(TODAY.plusDays(1));
            var washout = patient.readings("TOTAL_TESTOSTERONE").stream()
                    .filter(r -> !r.day().isBefore(patient.end()) && r.day().isBefore(restart)
                            && ChronoUnit.WEEKS.between(patient.end(), r.day()) < 6)
                    .toList();
            for (int i = 1; i < washout.size(); i++) {
                assertThat(washout.get(i).value()).as(patient.plan().details().recordNumber())
                        .isLessThan(washout.get(i - 1).value());
                pairs++;
            }
        }
        assertThat(pairs).isPositive();
    }

    @Test
    void estradiolRisesWithHcgAndFallsWithAnastrozole() {
        int rises = 0;
        int falls = 0;
        for (var patient : started()) {
            for (var protocol : patient.protocols()) {
                var start = protocol.startedOn();
                if (start == null || protocol.medications().stream().noneMatch(m -> m.drug() == Drug.HCG)) {
                    continue;
                }
                var onHcg = patient.readings("ESTRADIOL").stream()
                        .filter(r -> patient.drugsOn(r.day()).equals(EnumSet.of(Drug.HCG))).findFirst();
                if (onHcg.isPresent()) {
                    assertThat(onHcg.get().value()).as(patient.plan().details().recordNumber())
                            .isGreaterThan(patient.lastBefore("ESTRADIOL", start).orElseThrow().value());
                    rises++;
                }
                var onAnastrozole = patient.readings("ESTRADIOL").stream()
                        .filter(r -> patient.drugsOn(r.day()).contains(Drug.ANASTROZOLE)).findFirst();
                if (onHcg.isPresent() && onAnastrozole.isPresent()) {
                    var beforeAnastrozole = patient.lastBefore("ESTRADIOL", onAnastrozole.get().day()).orElseThrow();
                    assertThat(patient.drugsOn(beforeAnastrozole.day())).containsExactly(Drug.HCG);
                    assertThat(onAnastrozole.get().value()).isLessThan(beforeAnastrozole.value());
                    falls++;
                }
            }
        }
        assertThat(rises).isGreaterThan(10);
        assertThat(falls).isPositive();
    }

    @Test
    void spermRecoveryFollowsLiu2006WithAFewSlowResponders() {
        var months = PRACTICE.stream().map(p -> p.history().model().monthsToSpermTwenty()).sorted().toList();
        double bySix = months.stream().filter(m -> m <= 6).count() / (double) months.size();
        double byTwelve = months.stream().filter(m -> m <= 12).count() / (double) months.size();
        // Liu et al., Lancet 2006: median 3.4 months to 20 x10^6/mL; 67 % by 6 months, 90 % by 12, 100 % by 24.
        assertThat(months.get(months.size() / 2)).isBetween(2.8, 4.2);
        assertThat(bySix).isBetween(0.57, 0.77);
        assertThat(byTwelve).isBetween(0.83, 0.96);
        assertThat(months.getLast()).isLessThanOrEqualTo(24);
        assertThat(months.stream().filter(m -> m > 12).count()).as("slow responders").isPositive();
        var patient = PRACTICE.getFirst();
        var model = patient.history().model();
        var reachesTwenty = patient.end().plusDays(Math.round(model.monthsToSpermTwenty() * 30.436875));
        assertThat(model.spermConcentration(reachesTwenty)).isCloseTo(20, org.assertj.core.data.Offset.offset(0.5));
        assertThat(model.spermConcentration(patient.end().plusDays(20))).as("azoospermic at first").isZero();
    }

    /** The review's flags a clinic acts on occur in the demo practice, for a few men each, not for most. */
    @Test
    void aFewMenHaveOverdueLabsOnAnActiveProtocolAndAFewKeepNoLifestyleRecord() {
        var generator = new DemoPracticeGenerator(DemoPracticeGenerator.DEFAULT_SEED, TODAY);
        var histories = new DemoClinicalHistory(TODAY);
        int practice = 60;
        int overdue = 0;
        int noLifestyle = 0;
        for (int i = 0; i < practice; i++) {
            var history = histories.of(generator.patient(i, List.of(1L, 2L)), DemoPracticeGenerator.DEFAULT_SEED);
            boolean active = history.protocols().stream()
                    .anyMatch(protocol -> protocol.status() == com.hpgdesk.protocol.ProtocolStatus.ACTIVE);
            var lastLab = history.labs().stream().map(DemoClinicalHistory.LabReportPlan::collectedOn)
                    .max(LocalDate::compareTo).orElse(LocalDate.MIN);
            if (active && lastLab.isBefore(TODAY.minusWeeks(8))) {
                overdue++;
            }
            var lastWeek = history.lifestyle().stream().map(week -> week.weekOf()).filter(java.util.Objects::nonNull)
                    .max(LocalDate::compareTo).orElse(LocalDate.MIN);
            if (lastWeek.isBefore(TODAY.minusWeeks(4))) {
                noLifestyle++;
            }
        }
        assertThat(overdue).as("labs overdue on an active protocol").isBetween(2, practice / 5);
        assertThat(noLifestyle).as("no lifestyle entry in 4 weeks").isBetween(3, practice / 5);
    }

    @Test
    void mostRecoverSomeAreDelayedAndAFewStayBehindTheCurve() {
        var paces = PRACTICE.stream().collect(Collectors.groupingBy(p -> p.history().pace(), Collectors.counting()));
        long recovers = paces.getOrDefault(DemoRecoveryModel.Pace.RECOVERS, 0L);
        long delayed = paces.getOrDefault(DemoRecoveryModel.Pace.DELAYED, 0L);
        long behind = paces.getOrDefault(DemoRecoveryModel.Pace.BEHIND_THE_CURVE, 0L);
        assertThat(recovers).isGreaterThan(delayed);
        assertThat(delayed).isGreaterThan(behind);
        assertThat(behind).isPositive();
    }

    @Test
    void hematocritFallsAfterStoppingTrt() {
        int checked = 0;
        for (var patient : PRACTICE) {
            if (DemoRecoveryModel.lastCourse(patient.plan().courses()).kind() != CourseKind.TRT) {
                continue;
            }
            var hematocrit = patient.readings("HEMATOCRIT");
            if (hematocrit.size() < 2) {
                continue;
            }
            var first = hematocrit.getFirst();
            var last = hematocrit.getLast();
            if (ChronoUnit.WEEKS.between(first.day(), last.day()) >= 16 && !last.day().isBefore(patient.end())) {
                assertThat(last.value()).as(patient.plan().details().recordNumber()).isLessThan(first.value());
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(20);
    }

    @Test
    void steroidUsersIncludeStacksOfSeveralCompounds() {
        var steroidCourses = PRACTICE.stream().flatMap(p -> p.plan().courses().stream())
                .filter(c -> c.kind() == CourseKind.ANABOLIC_STEROIDS).toList();
        assertThat(steroidCourses).anySatisfy(c -> assertThat(c.compounds()).hasSizeGreaterThanOrEqualTo(3));
        assertThat(steroidCourses.stream().filter(c -> c.compounds().size() > 1).count())
                .isGreaterThan(steroidCourses.size() / 2);
    }

    @Test
    void theSameSeedGivesTheSamePractice() {
        var again = practice(DemoPracticeGenerator.DEFAULT_SEED);
        for (int i = 0; i < PRACTICE.size(); i++) {
            assertThat(again.get(i).plan()).isEqualTo(PRACTICE.get(i).plan());
            assertThat(again.get(i).protocols()).isEqualTo(PRACTICE.get(i).protocols());
            assertThat(again.get(i).history().labs()).isEqualTo(PRACTICE.get(i).history().labs());
        }
        assertThat(practice(DemoPracticeGenerator.DEFAULT_SEED + 1).getFirst().history().labs())
                .isNotEqualTo(PRACTICE.getFirst().history().labs());
    }

    private static LocalDate firstDayOfRun(Patient patient, Drug drug, LocalDate day) {
        var first = day;
        while (patient.drugsOn(first.minusDays(1)).contains(drug)) {
            first = first.minusDays(1);
        }
        return first;
    }

    /** A value as entered; a suppressed LH entered as the assay's limit ("< 0.2") counts as that limit. */
    private static double limitOrValue(String entered) {
        return Double.parseDouble(entered.replaceFirst("^[<>≤≥]\\s*", ""));
    }
}
