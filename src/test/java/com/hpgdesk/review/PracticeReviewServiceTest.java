package com.hpgdesk.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.hpgdesk.DeskSpringTest;
import com.hpgdesk.assessment.AssessmentService;
import com.hpgdesk.assessment.engine.RecoveryStatus;
import com.hpgdesk.audit.AuditAction;
import com.hpgdesk.audit.AuditFilter;
import com.hpgdesk.audit.AuditRecord;
import com.hpgdesk.audit.AuditTrail;
import com.hpgdesk.lab.results.LabService;
import com.hpgdesk.lifestyle.LifestyleService;
import com.hpgdesk.patient.PatientService;
import com.hpgdesk.protocol.Drug;
import com.hpgdesk.protocol.RestartProtocolService;
import com.hpgdesk.security.AccountService;
import com.hpgdesk.security.SystemActor;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

@DeskSpringTest
@WithUserDetails(value = "mhale", setupBefore = TestExecutionEvent.TEST_EXECUTION)
class PracticeReviewServiceTest {

    static ReviewTestPractice practice;

    @Autowired
    PracticeReviewService review;
    @Autowired
    PatientService patients;
    @Autowired
    AccountService accounts;
    @Autowired
    LabService labs;
    @Autowired
    LifestyleService lifestyle;
    @Autowired
    RestartProtocolService protocols;
    @Autowired
    AssessmentService assessments;
    @Autowired
    AuditTrail audit;

    @BeforeEach
    void seedOnce() {
        if (practice == null) {
            practice = ReviewTestPractice.seed(patients, accounts, labs, lifestyle, protocols, assessments);
        }
    }

    private ReviewFilter ours() {
        return ReviewFilter.ALL.withText(practice.familyName);
    }

    private ReviewRow row(String givenName) {
        return review.page(ours(), 0, 50).stream().filter(row -> row.givenName().equals(givenName)).findFirst()
                .orElseThrow();
    }

    private List<String> names(ReviewFilter filter) {
        return review.page(filter, 0, 50).stream().map(ReviewRow::givenName).toList();
    }

    @Test
    void eachFlagFindsThePatientsOverItsThresholdAndNoneAtIt() {
        assertThat(names(ours())).containsExactlyInAnyOrder("Overdue", "Hematocrit", "Edge", "Ratio", "Ongoing", "Due");
        assertThat(names(ours().withFlag(ReviewFlag.LABS_OVERDUE)))
                .as("10 weeks without labs on a protocol is overdue; exactly 8 weeks is not").containsExactly("Overdue");
        assertThat(names(ours().withFlag(ReviewFlag.HEMATOCRIT_HIGH)))
                .as("52.1 % is above 52 %; 52.0 % is not").containsExactly("Hematocrit");
        assertThat(names(ours().withFlag(ReviewFlag.LOW_TESTOSTERONE_ESTRADIOL_RATIO)))
                .as("240/25 = 9.6 is below 10; 250/25 = 10 is not").containsExactly("Ratio");
        assertThat(names(ours().withFlag(ReviewFlag.ESTRADIOL_ABOVE_RANGE))).containsExactly("Ratio");
        assertThat(names(ours().withFlag(ReviewFlag.NO_LIFESTYLE_DATA)))
                .containsExactlyInAnyOrder("Overdue", "Ratio", "Ongoing", "Due");
        assertThat(names(ours().withFlag(ReviewFlag.BEHIND_THE_CURVE)))
                .containsExactlyInAnyOrderElementsOf(names(ours().withStatus(RecoveryStatus.BEHIND_THE_CURVE)));
    }

    @Test
    void allFilteredGivesThePatientsInTheReviewsOrderAndOneMoreThanTheLimitToTellTooMany() {
        var sorted = ours().sortedBy(ReviewColumn.NAME, false);
        assertThat(review.allFiltered(sorted, 50)).extracting(ReviewRow::patientId)
                .containsExactlyElementsOf(review.page(sorted, 0, 50).stream().map(ReviewRow::patientId).toList());
        assertThat(review.allFiltered(sorted, 4)).as("4 allowed, 6 found: 5 tell the caller there are too many")
                .hasSize(5);
    }

    @Test
    void eachRowCarriesTheFlagsItsFilterFindsItBy() {
        for (var flag : ReviewFlag.values()) {
            var found = review.page(ours().withFlag(flag), 0, 50);
            assertThat(found).as(flag.name()).allMatch(row -> row.flags().contains(flag));
            var others = review.page(ours(), 0, 50).stream().filter(row -> !found.contains(row)).toList();
            assertThat(others).as(flag.name()).noneMatch(row -> row.flags().contains(flag));
        }
    }

    @Test
    void filtersByClinicianDrugAndMonthsSinceTheEndOfTreatment() {
        long okafor = accounts.listActiveClinicians().stream().filter(a -> a.getUsername().equals("jokafor"))
                .findFirst().orElseThrow().getId();
        assertThat(names(ours().withClinician(okafor))).containsExactly("Edge");
        assertThat(names(ours().withMine(true))).as("signed in as mhale")
                .containsExactlyInAnyOrder("Overdue", "Hematocrit", "Ratio", "Ongoing", "Due");
        assertThat(names(ours().withDrug(Drug.HCG))).containsExactly("Overdue");
        assertThat(names(ours().withDrug(Drug.CLOMIPHENE))).containsExactly("Due");
        assertThat(names(ours().withDrug(Drug.TAMOXIFEN))).isEmpty();

        var expected = practice.endOfTreatment.entrySet().stream()
                .filter(end -> {
                    long months = ChronoUnit.MONTHS.between(end.getValue(), practice.today);
                    return months >= 6 && months <= 9;
                }).map(Map.Entry::getKey).toList();
        assertThat(expected).isNotEmpty();
        assertThat(names(ours().withMonths(6, 9))).containsExactlyInAnyOrderElementsOf(expected);
        var rows = review.page(ours().withMonths(6, 9), 0, 50);
        assertThat(rows).allMatch(row -> row.monthsSinceEnd() != null && row.monthsSinceEnd() >= 6
                && row.monthsSinceEnd() <= 9);
        assertThat(names(ours().withStatus(RecoveryStatus.ON_TREATMENT))).contains("Ongoing");
    }

    @Test
    void rowsShowTheLatestHormonesWithDateAndDirectionTheProtocolAndWhenLabsAreDue() {
        var edge = row("Edge");
        assertThat(edge.totalTestosterone()).isNotNull();
        assertThat(edge.totalTestosterone().text()).isEqualTo("250 ng/dL");
        assertThat(edge.totalTestosterone().on()).isEqualTo(practice.today.minusDays(10));
        assertThat(edge.totalTestosterone().direction()).isEqualTo(ReviewRow.Direction.UP);
        assertThat(edge.protocolName()).isNull();
        assertThat(edge.nextLabsDue()).as("12 weeks after the last labs, off protocol")
                .isEqualTo(practice.today.minusDays(10).plusWeeks(12));

        var due = row("Due");
        assertThat(due.protocolName()).isEqualTo("=1+2 clomiphene");
        assertThat(due.protocolPhase()).isEqualTo("SERM");
        assertThat(due.nextLabsDue()).as("6 weeks after the last labs, on a protocol")
                .isEqualTo(practice.today.minusDays(56).plusWeeks(6));
        var ongoing = row("Ongoing");
        assertThat(ongoing.onTreatment()).isTrue();
        assertThat(ongoing.monthsSinceEnd()).isNull();
    }

    @Test
    void sortsByEveryColumnBothWaysWithEmptyValuesLast() {
        var byTestosterone = names(ours().sortedBy(ReviewColumn.TOTAL_TESTOSTERONE, true));
        assertThat(byTestosterone.subList(0, 4)).containsExactly("Due", "Overdue", "Edge", "Ratio");
        assertThat(names(ours().sortedBy(ReviewColumn.TOTAL_TESTOSTERONE, false)).subList(0, 4))
                .containsExactly("Ratio", "Edge", "Overdue", "Due");
        assertThat(names(ours().sortedBy(ReviewColumn.NAME, false)))
                .containsExactly("Due", "Edge", "Hematocrit", "Ongoing", "Overdue", "Ratio");
        assertThat(names(ours().sortedBy(ReviewColumn.MONTHS_SINCE_END, false)).getFirst())
                .as("fewest months first").isEqualTo("Hematocrit");
        assertThat(names(ours().sortedBy(ReviewColumn.FLAGS, true)).getFirst()).isEqualTo("Ratio");
        var byStatus = review.page(ours().sortedBy(ReviewColumn.STATUS, false), 0, 50).stream()
                .map(row -> row.status().urgency()).toList();
        assertThat(byStatus).as("most in need of the clinic first").isSorted();
        assertThat(review.page(ours().sortedBy(ReviewColumn.STATUS, true), 0, 50).stream()
                .map(row -> -row.status().urgency()).toList()).isSorted();
        for (var column : ReviewColumn.values()) {
            for (boolean descending : List.of(false, true)) {
                assertThat(review.page(ours().sortedBy(column, descending), 0, 50)).as(column + " " + descending)
                        .hasSize(6);
            }
        }
        // By the clinician's name kept with each summary (V20), as the names read: Dr James Okafor, then Dr Maya Hale.
        var byClinician = review.page(ours().sortedBy(ReviewColumn.CLINICIAN, false), 0, 50).stream()
                .map(ReviewRow::clinician).toList();
        assertThat(byClinician).isSortedAccordingTo(String::compareTo).contains("Dr James Okafor", "Dr Maya Hale");
        assertThat(review.page(ours().sortedBy(ReviewColumn.CLINICIAN, true), 0, 50).getFirst().clinician())
                .isEqualTo("Dr Maya Hale");
        var firstTwo = review.page(ours().sortedBy(ReviewColumn.NAME, false), 0, 2);
        var nextTwo = review.page(ours().sortedBy(ReviewColumn.NAME, false), 2, 2);
        assertThat(firstTwo).extracting(ReviewRow::givenName).containsExactly("Due", "Edge");
        assertThat(nextTwo).extracting(ReviewRow::givenName).containsExactly("Hematocrit", "Ongoing");
    }

    @Test
    void countersAddUpOverTheFilteredSet() {
        var counters = review.counters(ours());
        assertThat(counters.total()).isEqualTo(6);
        assertThat(counters.active()).as("two active protocols").isEqualTo(2);
        assertThat(counters.overdue()).isEqualTo(1);
        long delayed = names(ours().withStatus(RecoveryStatus.DELAYED)).size();
        long behind = names(ours().withStatus(RecoveryStatus.BEHIND_THE_CURVE)).size();
        assertThat(counters.delayed()).isEqualTo(delayed);
        assertThat(counters.behindTheCurve()).isEqualTo(behind);
        long charted = counters.byBand().values().stream().flatMap(counts -> counts.values().stream())
                .mapToLong(Long::longValue).sum();
        assertThat(charted).isEqualTo(6);
        assertThat(counters.byBand().get(ReviewCounters.MonthsBand.ON_TREATMENT).values().stream()
                .mapToLong(Long::longValue).sum()).as("the one still on treatment").isEqualTo(1);
        assertThat(counters.count(ReviewCounters.MonthsBand.FROM_3, row("Hematocrit").status())).isGreaterThanOrEqualTo(1);
        assertThat(review.counters(ours().withFlag(ReviewFlag.LABS_OVERDUE)).total()).isEqualTo(1);
    }

    @Test
    void aKeptCountIsRecountedOnceAnySummaryChangesAndADischargedPatientLeavesTheReview() {
        // Not the practice's family name, which the other tests search for.
        String family = "Tally" + practice.familyName.substring(4);
        var filter = ReviewFilter.ALL.withText(family);
        long hale = SystemActor.call(() -> accounts.listActiveClinicians()).stream()
                .filter(account -> account.getUsername().equals("mhale")).findFirst().orElseThrow().getId();
        long first = patients.register(new com.hpgdesk.patient.PatientDetails(family.toUpperCase() + "-1", "Anton",
                family, LocalDate.of(1980, 1, 1), null, null, null, hale, null, null, null)).id();
        SystemActor.run(() -> assessments.refreshSummary(first));
        assertThat(review.counters(filter).total()).isEqualTo(1);
        assertThat(review.counters(filter.sortedBy(ReviewColumn.NAME, true)).total())
                .as("the same set in another order").isEqualTo(1);

        long second = patients.register(new com.hpgdesk.patient.PatientDetails(family.toUpperCase() + "-2", "Boris",
                family, LocalDate.of(1981, 2, 2), null, null, null, hale, null, null, null)).id();
        SystemActor.run(() -> assessments.refreshSummary(second));
        assertThat(review.counters(filter).total()).as("counted again after a refresh").isEqualTo(2);

        long version = patients.open(second).orElseThrow().patient().getVersion();
        patients.discharge(second, version, practice.today, "Moved away");
        SystemActor.run(() -> assessments.refreshSummary(second));
        assertThat(review.counters(filter).total()).isEqualTo(1);
        assertThat(names(filter)).containsExactly("Anton");
    }

    @Test
    void theExportOpensInASpreadsheetWithTheColumnsAndNeutralisedFormulasAndIsAudited() throws Exception {
        var out = new ByteArrayOutputStream();
        long written = review.exportCsv(ours().sortedBy(ReviewColumn.NAME, false), out);
        assertThat(written).isEqualTo(6);
        byte[] bytes = out.toByteArray();
        assertThat(bytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text)).getRecords();
        assertThat(records).hasSize(6);
        assertThat(records.getFirst().getParser().getHeaderNames()).containsExactlyElementsOf(ReviewCsv.HEADER);
        var due = records.getFirst();
        assertThat(due.get("Name")).isEqualTo(practice.familyName + ", Due");
        assertThat(due.get("Protocol")).as("a protocol named =1+2 cannot run as a formula")
                .isEqualTo("'=1+2 clomiphene");
        assertThat(due.get("Total testosterone")).isEqualTo("410 ng/dL");
        assertThat(records.get(1).get("Total testosterone change")).isEqualTo("rising");
        assertThat(records.stream().filter(r -> r.get("Name").endsWith("Overdue")).findFirst().orElseThrow()
                .get("Flags")).contains("Labs overdue");

        var exports = SystemActor.call(() -> audit.list(PageRequest.of(0, 20),
                AuditFilter.ALL)).stream()
                .filter(r -> r.getAction() == AuditAction.EXPORT && r.getSubject().equals("practice review"))
                .map(AuditRecord::getDetail).toList();
        assertThat(exports).anyMatch(detail -> detail.contains(practice.familyName) && detail.contains("6 patients"));
    }

    @Test
    void cellsThatASpreadsheetWouldReadAsFormulasAreQuotedAsText() {
        for (String formula : List.of("=HYPERLINK(\"http://x\")", "+1", "-1+1", "@SUM(A1)", "\tx", "\rx")) {
            assertThat(ReviewCsv.cell(formula)).startsWith("\"'");
        }
        assertThat(ReviewCsv.cell("Ødegård, \"Zoë\"")).isEqualTo("\"Ødegård, \"\"Zoë\"\"\"");
        assertThat(ReviewCsv.cell("< 0.2 IU/L")).isEqualTo("\"< 0.2 IU/L\"");
    }

    @Test
    void theFirstPageOfEachFilterIsAuditedOnceAndLaterPagesAreNot() {
        var filter = ours().withFlag(ReviewFlag.NO_LIFESTYLE_DATA);
        long before = countReviewReads();
        review.page(filter, 0, 2);
        review.page(filter, 2, 2);
        review.counters(filter);
        assertThat(countReviewReads()).isEqualTo(before + 1);
        var latest = SystemActor.call(() -> audit.list(PageRequest.of(0, 5), AuditFilter.ALL))
                .stream().filter(r -> r.getSubject().equals("practice review")).findFirst().orElseThrow();
        assertThat(latest.getActor()).isEqualTo("mhale");
        assertThat(latest.getDetail()).contains("No recent lifestyle data").contains("2+ shown");
        assertThat(latest.getPatientId()).as("one record for the list, not one per patient").isNull();
    }

    private long countReviewReads() {
        return SystemActor.call(() -> audit.list(PageRequest.of(0, 500), AuditFilter.ALL))
                .stream().filter(r -> r.getAction() == AuditAction.READ && r.getSubject().equals("practice review"))
                .count();
    }
}
