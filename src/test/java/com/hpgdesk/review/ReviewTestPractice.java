package com.hpgdesk.review;

import com.hpgdesk.assessment.AssessmentService;
import com.hpgdesk.lab.MarkerKey;
import com.hpgdesk.lab.Unit;
import com.hpgdesk.lab.results.EnteredResult;
import com.hpgdesk.lab.results.LabService;
import com.hpgdesk.lifestyle.LifestyleDetails;
import com.hpgdesk.lifestyle.LifestyleMeasure;
import com.hpgdesk.lifestyle.LifestyleService;
import com.hpgdesk.patient.CourseDetails;
import com.hpgdesk.patient.CourseKind;
import com.hpgdesk.patient.Compound;
import com.hpgdesk.patient.DoseUnit;
import com.hpgdesk.patient.PatientDetails;
import com.hpgdesk.patient.PatientService;
import com.hpgdesk.protocol.Drug;
import com.hpgdesk.protocol.Frequency;
import com.hpgdesk.protocol.MedicationPlan;
import com.hpgdesk.protocol.ProtocolDetails;
import com.hpgdesk.protocol.ProtocolKind;
import com.hpgdesk.protocol.ProtocolRecord;
import com.hpgdesk.protocol.ProtocolStatus;
import com.hpgdesk.protocol.RestartProtocolService;
import com.hpgdesk.protocol.Route;
import com.hpgdesk.security.AccountService;
import com.hpgdesk.security.SystemActor;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Six patients whose review figures are known, all with one family name no other test uses, so a search for
 * {@link #familyName} shows exactly them. Each stands for one flag or one edge of a threshold.
 */
public final class ReviewTestPractice {

    public final String familyName;
    public final LocalDate today;
    /** By given name: Overdue, Hematocrit, Edge, Ratio, Ongoing, Due. */
    public final Map<String, Long> ids = new LinkedHashMap<>();
    public final Map<String, LocalDate> endOfTreatment = new LinkedHashMap<>();

    private ReviewTestPractice(String familyName, LocalDate today) {
        this.familyName = familyName;
        this.today = today;
    }

    public long id(String givenName) {
        return ids.get(givenName);
    }

    public static ReviewTestPractice seed(PatientService patients, AccountService accounts, LabService labs,
                                          LifestyleService lifestyle, RestartProtocolService protocols,
                                          AssessmentService assessments) {
        var random = new SplittableRandom();
        var letters = new StringBuilder("Revw");
        for (int i = 0; i < 6; i++) {
            letters.append((char) ('a' + random.nextInt(26)));
        }
        return SystemActor.call(() -> {
            var practice = new ReviewTestPractice(letters.toString(), patients.today());
            LocalDate today = practice.today;
            long hale = clinician(accounts, "mhale");
            long okafor = clinician(accounts, "jokafor");
            Unit ngPerDl = Unit.parse("ng/dL").orElseThrow();
            Unit pgPerMl = Unit.parse("pg/mL").orElseThrow();
            Unit percent = Unit.parse("%").orElseThrow();

            long overdue = practice.register(patients, "Overdue", hale, today.minusDays(300), false);
            protocols.recordProtocol(overdue, active("hCG restart", today.minusDays(250), Drug.HCG));
            labs.saveReport(overdue, today.minusDays(70), null,
                    List.of(EnteredResult.of(MarkerKey.TOTAL_TESTOSTERONE, "300", ngPerDl)));

            long hematocrit = practice.register(patients, "Hematocrit", hale, today.minusDays(130), false);
            labs.saveReport(hematocrit, today.minusDays(7), null,
                    List.of(EnteredResult.of(new MarkerKey("HEMATOCRIT"), "52.1", percent)));
            lifestyle.record(hematocrit, LifestyleDetails.weekOf(today).with(LifestyleMeasure.FIBRE, "30"));

            long edge = practice.register(patients, "Edge", okafor, today.minusDays(400), false);
            labs.saveReport(edge, today.minusDays(60), null,
                    List.of(EnteredResult.of(MarkerKey.TOTAL_TESTOSTERONE, "200", ngPerDl)));
            labs.saveReport(edge, today.minusDays(10), null, List.of(
                    EnteredResult.of(MarkerKey.TOTAL_TESTOSTERONE, "250", ngPerDl),
                    EnteredResult.of(MarkerKey.ESTRADIOL, "25", pgPerMl),
                    EnteredResult.of(new MarkerKey("HEMATOCRIT"), "52.0", percent)));
            lifestyle.record(edge, LifestyleDetails.weekOf(today).with(LifestyleMeasure.FIBRE, "30"));

            long ratio = practice.register(patients, "Ratio", hale, today.minusDays(200), false);
            labs.saveReport(ratio, today.minusDays(14), null, List.of(
                    EnteredResult.of(MarkerKey.TOTAL_TESTOSTERONE, "240", ngPerDl),
                    new EnteredResult(MarkerKey.ESTRADIOL, "25", pgPerMl, new BigDecimal("10"), new BigDecimal("20"),
                            null)));

            practice.register(patients, "Ongoing", hale, null, true);

            long due = practice.register(patients, "Due", hale, today.minusDays(220), false);
            protocols.recordProtocol(due, active("=1+2 clomiphene", today.minusDays(100), Drug.CLOMIPHENE));
            labs.saveReport(due, today.minusDays(56), null,
                    List.of(EnteredResult.of(MarkerKey.TOTAL_TESTOSTERONE, "410", ngPerDl)));

            assessments.refreshSummaries(List.copyOf(practice.ids.values()));
            return practice;
        });
    }

    private long register(PatientService patients, String givenName, long clinician, LocalDate lastDose,
                          boolean ongoing) {
        String record = familyName.toUpperCase() + "-" + givenName.toUpperCase();
        long id = patients.register(new PatientDetails(record, givenName, familyName, LocalDate.of(1985, 5, 5), null,
                null, null, clinician, null, null, null)).id();
        var course = new CourseDetails(CourseKind.TRT, Set.of(Compound.TESTOSTERONE_CYPIONATE), null,
                new BigDecimal("100"), DoseUnit.MG, 7, (ongoing ? today : lastDose).minusDays(400),
                ongoing ? null : lastDose, null, ongoing);
        patients.addCourse(id, course);
        ids.put(givenName, id);
        if (!ongoing) {
            endOfTreatment.put(givenName, lastDose.plusDays(7));
        }
        return id;
    }

    private static ProtocolRecord active(String name, LocalDate started, Drug drug) {
        var medication = MedicationPlan.of(drug, drug == Drug.HCG ? "3000" : "25",
                drug == Drug.HCG ? com.hpgdesk.protocol.DoseUnit.IU : com.hpgdesk.protocol.DoseUnit.MG,
                drug == Drug.HCG ? Route.SUBCUTANEOUS : Route.ORAL,
                drug == Drug.HCG ? Frequency.EVERY_OTHER_DAY : Frequency.DAILY, started, null);
        return new ProtocolRecord(new ProtocolDetails(name, ProtocolKind.MEDICATED, started, null), List.of(medication),
                ProtocolStatus.ACTIVE, started, null, null);
    }

    private static long clinician(AccountService accounts, String username) {
        return accounts.listActiveClinicians().stream().filter(account -> account.getUsername().equals(username))
                .findFirst().orElseThrow().getId();
    }
}
