package com.hpgdesk.lab.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.hpgdesk.DeskSpringTest;
import com.hpgdesk.audit.AuditAction;
import com.hpgdesk.audit.AuditFilter;
import com.hpgdesk.audit.AuditRecord;
import com.hpgdesk.audit.AuditTrail;
import com.hpgdesk.base.ConcurrentEditException;
import com.hpgdesk.base.InvalidInputException;
import com.hpgdesk.lab.Censoring;
import com.hpgdesk.lab.Flag;
import com.hpgdesk.lab.MarkerKey;
import com.hpgdesk.lab.Quantity;
import com.hpgdesk.lab.RangeOrigin;
import com.hpgdesk.lab.Unit;
import com.hpgdesk.patient.PatientService;
import com.hpgdesk.security.AccountService;
import com.hpgdesk.security.SystemActor;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.security.test.context.support.WithUserDetails;

@DeskSpringTest
@WithUserDetails(value = "mhale", setupBefore = TestExecutionEvent.TEST_EXECUTION)
class LabServiceTest {

    private static final MarkerKey LH = new MarkerKey("LH");
    private static final MarkerKey PSA = new MarkerKey("PSA");
    private static final LocalDate COLLECTED = LocalDate.of(2025, 3, 14);

    @Autowired
    LabService labs;
    @Autowired
    PatientService patients;
    @Autowired
    AccountService accounts;
    @Autowired
    AuditTrail audit;
    @Autowired
    LabResultRepository resultRepository;
    @Autowired
    LabResultChangeRepository changeRepository;

    long patientId;

    @BeforeEach
    void registerPatient() {
        patientId = LabTestPatients.register(patients, accounts, LocalDate.of(1980, 5, 2)).id();
    }

    private StoredReport saveLhAndTestosterone() {
        return labs.saveReport(patientId, COLLECTED, "Synlab", List.of(
                EnteredResult.of(LH, "5.50", Unit.MIU_PER_ML),
                EnteredResult.of(MarkerKey.TOTAL_TESTOSTERONE, "15.2", Unit.NMOL_PER_L)));
    }

    @Test
    void keepsTheValueAndUnitAsReportedNextToTheCanonicalValue() {
        saveLhAndTestosterone();
        var report = labs.reportsOf(patientId).getFirst();
        var testosterone = report.results().stream()
                .filter(r -> r.marker().key().equals(MarkerKey.TOTAL_TESTOSTERONE)).findFirst().orElseThrow();
        assertThat(testosterone.reported()).isEqualTo(com.hpgdesk.lab.ReportedValue.exact(Quantity.of("15.2", Unit.NMOL_PER_L)));
        assertThat(testosterone.canonical().unit()).isEqualTo(Unit.NG_PER_DL);
        assertThat(testosterone.canonical().quantity().value()).isEqualByComparingTo("438.368");
        var lh = report.results().stream().filter(r -> r.marker().key().equals(LH)).findFirst().orElseThrow();
        assertThat(lh.reported().quantity().value().toPlainString()).isEqualTo("5.50");
        assertThat(lh.reported().unit()).isEqualTo(Unit.MIU_PER_ML);
        assertThat(report.labName()).isEqualTo("Synlab");
    }

    @Test
    void savesNothingWhenOneRowIsImpossibleAndSaysWhichRow() {
        assertThatThrownBy(() -> labs.saveReport(patientId, COLLECTED, null, List.of(
                EnteredResult.of(LH, "5.5", Unit.IU_PER_L),
                EnteredResult.of(MarkerKey.TOTAL_TESTOSTERONE, "50000", Unit.NG_PER_DL))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.fieldErrors()).containsOnlyKeys("results[1].value");
                    assertThat(e.fieldErrors().get("results[1].value")).contains("is not physically possible");
                });
        assertThat(labs.reportsOf(patientId)).isEmpty();
        assertThat(labs.series(patientId, LH)).isEmpty();
    }

    @Test
    void refusesAUnitTheMarkerDoesNotAccept() {
        assertThatThrownBy(() -> labs.saveReport(patientId, COLLECTED, null, List.of(
                EnteredResult.of(LH, "5.5", Unit.NMOL_PER_L))))
                .isInstanceOfSatisfying(InvalidInputException.class, e ->
                        assertThat(e.fieldErrors()).containsKey("results[0].unit"));
    }

    @Test
    void theLabsRangeWinsOverTheDefault() {
        // 10.5 IU/L is above the default 1.3–9.6 but inside this lab's 1.7–12.
        var report = labs.saveReport(patientId, COLLECTED, null, List.of(
                EnteredResult.of(LH, "10.5", Unit.IU_PER_L).withLabRange("1.7", "12")));
        var lh = report.results().getFirst();
        assertThat(lh.flag()).isEqualTo(Flag.IN_RANGE);
        assertThat(lh.rangeOrigin()).isEqualTo(RangeOrigin.LAB);
        assertThat(lh.range()).hasToString("1.7–12 IU/L");

        var withoutRange = labs.saveReport(patientId, COLLECTED.minusDays(7), null, List.of(
                EnteredResult.of(LH, "10.5", Unit.IU_PER_L)));
        assertThat(withoutRange.results().getFirst().flag()).isEqualTo(Flag.ABOVE_RANGE);
        assertThat(withoutRange.results().getFirst().rangeOrigin()).isEqualTo(RangeOrigin.DEFAULT);
    }

    @Test
    void ageBandedDefaultsUseTheAgeAtCollection() {
        // Born 1980: 44 at collection, so the PSA limit of the forties (2.5 ng/mL) applies, not that of the fifties.
        var report = labs.saveReport(patientId, COLLECTED, null, List.of(EnteredResult.of(PSA, "3.0", Unit.NG_PER_ML)));
        assertThat(report.results().getFirst().flag()).isEqualTo(Flag.ABOVE_RANGE);
        assertThat(report.results().getFirst().rangeOrigin()).isEqualTo(RangeOrigin.DEFAULT);
    }

    @Test
    void refusesTheSameResultTwiceOnTheSameDate() {
        saveLhAndTestosterone();
        assertThatThrownBy(() -> labs.saveReport(patientId, COLLECTED, null, List.of(
                EnteredResult.of(LH, "5.5", Unit.IU_PER_L))))
                .isInstanceOfSatisfying(InvalidInputException.class, e ->
                        assertThat(e.fieldErrors().get("results[0].value")).contains("already recorded"));
    }

    @Test
    void aDeletionNeedsAReasonAndKeepsItWithTheResult() {
        var lh = saveLhAndTestosterone().results().getFirst();
        assertThatThrownBy(() -> labs.deleteResult(lh.id(), lh.reportVersion(), "  "))
                .isInstanceOfSatisfying(InvalidInputException.class, e ->
                        assertThat(e.fieldErrors()).containsKey("reason"));
        assertThat(labs.series(patientId, LH)).hasSize(1);

        labs.deleteResult(lh.id(), lh.reportVersion(), "Entered for the wrong patient");
        assertThat(labs.series(patientId, LH)).isEmpty();
        assertThat(labs.reportsOf(patientId).getFirst().results()).extracting(r -> r.marker().key())
                .containsExactly(MarkerKey.TOTAL_TESTOSTERONE);
        var kept = changeRepository.findByResultIdOrderByIdAsc(lh.id());
        assertThat(kept).singleElement().satisfies(change -> {
            assertThat(change.kind()).isEqualTo(LabResultChange.Kind.DELETE);
            assertThat(change.reason()).isEqualTo("Entered for the wrong patient");
        });
        assertThat(resultRepository.findById(lh.id())).isPresent();
    }

    @Test
    void anEditKeepsThePreviousValueAndRecomputesTheFlag() {
        var lh = saveLhAndTestosterone().results().getFirst();
        var changed = labs.updateResult(lh.id(), lh.reportVersion(),
                new EnteredResult(LH, "0.4", Unit.IU_PER_L, null, null, null), "Typo");
        assertThat(changed.flag()).isEqualTo(Flag.BELOW_RANGE);
        assertThat(changed.reportVersion()).isGreaterThan(lh.reportVersion());
        assertThat(changeRepository.findByResultIdOrderByIdAsc(lh.id())).singleElement()
                .satisfies(change -> assertThat(change.kind()).isEqualTo(LabResultChange.Kind.UPDATE));
    }

    @Test
    void aStaleVersionIsRefused() {
        var report = saveLhAndTestosterone();
        var lh = report.results().get(0);
        var testosterone = report.results().get(1);
        labs.deleteResult(testosterone.id(), testosterone.reportVersion(), "Duplicate");
        assertThatThrownBy(() -> labs.updateResult(lh.id(), lh.reportVersion(),
                EnteredResult.of(LH, "6", Unit.IU_PER_L), "Typo"))
                .isInstanceOf(ConcurrentEditException.class);
        assertThatThrownBy(() -> labs.deleteReport(report.id(), report.version(), "Wrong patient"))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(labs.series(patientId, LH)).extracting(p -> p.reported().quantity().value().toPlainString())
                .containsExactly("5.50");
    }

    @Test
    void deletingAReportHidesItsResultsAndNeedsAReason() {
        var report = saveLhAndTestosterone();
        assertThatThrownBy(() -> labs.deleteReport(report.id(), report.version(), ""))
                .isInstanceOf(InvalidInputException.class);
        labs.deleteReport(report.id(), report.version(), "Belongs to another patient");
        assertThat(labs.reportsOf(patientId)).isEmpty();
        assertThat(labs.series(patientId, MarkerKey.TOTAL_TESTOSTERONE)).isEmpty();
    }

    @Test
    void everyChangeIsAuditedWithoutValues() {
        var report = saveLhAndTestosterone();
        var lh = report.results().getFirst();
        labs.deleteResult(lh.id(), lh.reportVersion(), "Wrong sample");
        labs.reportsOf(patientId);
        List<AuditRecord> trail = SystemActor.call(() -> audit.list(PageRequest.of(0, 50),
                new AuditFilter(patientId, null, null, null)));
        assertThat(trail).anySatisfy(record -> {
            assertThat(record.getAction()).isEqualTo(AuditAction.CREATE);
            assertThat(record.getSubject()).isEqualTo("lab report " + report.id());
            assertThat(record.getActor()).isEqualTo("mhale");
        });
        assertThat(trail).anySatisfy(record -> {
            assertThat(record.getAction()).isEqualTo(AuditAction.DELETE);
            assertThat(record.getDetail()).isEqualTo("Deleted LH: reason given");
        });
        assertThat(trail).anySatisfy(record -> assertThat(record.getAction()).isEqualTo(AuditAction.READ));
        // Checking input against the patient is part of the save, not a separate viewing of his record.
        assertThat(trail).noneSatisfy(record -> assertThat(record.getSubject()).isEqualTo("patient record"));
        assertThat(trail).allSatisfy(record -> assertThat(record.getDetail()).doesNotContain("5.5", "15.2", "Wrong sample"));
    }

    @Test
    void trendsAreInTheCanonicalUnitOldestFirst() {
        labs.saveReport(patientId, COLLECTED, null, List.of(EnteredResult.of(MarkerKey.TOTAL_TESTOSTERONE, "10", Unit.NMOL_PER_L)));
        labs.saveReport(patientId, COLLECTED.minusMonths(2), null, List.of(
                EnteredResult.of(MarkerKey.TOTAL_TESTOSTERONE, "150", Unit.NG_PER_DL)));
        var series = labs.series(patientId, MarkerKey.TOTAL_TESTOSTERONE);
        assertThat(series).extracting(TrendPoint::collectedOn).containsExactly(COLLECTED.minusMonths(2), COLLECTED);
        assertThat(series.get(1).canonical().quantity().value()).isEqualByComparingTo("288.4");
        assertThat(series.get(0).flag()).isEqualTo(Flag.BELOW_RANGE);
        assertThat(series.get(0).canonicalRange()).hasToString("264–916 ng/dL");
    }

    @Test
    void derivedMarkersComeFromOneDateAndSayWhenAlbuminWasAssumed() {
        labs.saveReport(patientId, COLLECTED, null, List.of(
                EnteredResult.of(MarkerKey.TOTAL_TESTOSTERONE, "10", Unit.NMOL_PER_L),
                EnteredResult.of(MarkerKey.SHBG, "40", Unit.NMOL_PER_L),
                EnteredResult.of(MarkerKey.ESTRADIOL, "25", Unit.PG_PER_ML)));
        var derived = labs.derivedMarkers(patientId, COLLECTED);
        assertThat(derived.freeTestosterone()).isNotNull();
        assertThat(derived.freeTestosterone().albuminAssumed()).isTrue();
        assertThat(derived.freeTestosterone().freeNmolPerL().value().doubleValue()).isCloseTo(0.174, org.assertj.core.data.Offset.offset(0.001));
        assertThat(derived.testosteroneEstradiolRatio()).isNotNull();
        assertThat(derived.testosteroneEstradiolRatio().ratio().doubleValue()).isCloseTo(11.54, org.assertj.core.data.Offset.offset(0.01));
        assertThat(derived.homaIr()).isNull();
        assertThat(derived.notCalculated()).anySatisfy(text -> assertThat(text).startsWith("HOMA-IR needs"));
        assertThat(labs.derivedMarkers(patientId, COLLECTED.minusDays(1)).freeTestosterone()).isNull();
    }

    @Test
    void aValueBelowTheAssayLimitIsStoredWithItsComparatorAndFlaggedAsAnInterval() {
        var saved = labs.saveReport(patientId, COLLECTED, null, List.of(
                EnteredResult.of(LH, "< 0.2", Unit.IU_PER_L),
                EnteredResult.of(MarkerKey.TOTAL_TESTOSTERONE, "> 1500", Unit.NG_PER_DL),
                EnteredResult.of(new MarkerKey("FSH"), "< 5", Unit.IU_PER_L)));
        assertThat(saved.results()).extracting(r -> r.reported().toString())
                .containsExactly("< 0.2 IU/L", "> 1500 ng/dL", "< 5 IU/L");

        var stored = labs.reportsOf(patientId).getFirst().results();
        assertThat(stored).extracting(r -> r.reported().censoring())
                .containsExactly(Censoring.LESS_THAN, Censoring.GREATER_THAN, Censoring.LESS_THAN);
        assertThat(stored).extracting(StoredResult::flag)
                .containsExactly(Flag.BELOW_RANGE, Flag.ABOVE_RANGE, Flag.INDETERMINATE);
        var lh = labs.series(patientId, LH).getFirst();
        assertThat(lh.canonical()).hasToString("< 0.2 IU/L");
        assertThat(lh.reported().exactQuantity()).isEmpty();
    }

    @Test
    void aCensoredValueAndTheExactLimitAreDifferentResults() {
        labs.saveReport(patientId, COLLECTED, null, List.of(EnteredResult.of(LH, "< 0.2", Unit.IU_PER_L)));
        var exact = labs.saveReport(patientId, COLLECTED, null, List.of(EnteredResult.of(LH, "0.2", Unit.IU_PER_L)));
        assertThat(exact.results()).singleElement().satisfies(r -> assertThat(r.reported().isCensored()).isFalse());
        assertThatThrownBy(() -> labs.saveReport(patientId, COLLECTED, null,
                List.of(EnteredResult.of(LH, "<0.2", Unit.IU_PER_L))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors().get("results[0].value"))
                        .isEqualTo("LH < 0.2 IU/L of this collection date is already recorded."));
    }

    @Test
    void badFormsOfALimitAreRefusedAtTheValueWithNothingSaved() {
        assertThatThrownBy(() -> labs.saveReport(patientId, COLLECTED, null, List.of(
                EnteredResult.of(LH, "<", Unit.IU_PER_L),
                EnteredResult.of(new MarkerKey("FSH"), "< 0,2", Unit.IU_PER_L),
                EnteredResult.of(MarkerKey.SHBG, "< -3", Unit.NMOL_PER_L))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.fieldErrors()).containsEntry("results[0].value",
                            "Enter the assay's limit after \"<\", e.g. < 0.2.");
                    assertThat(e.fieldErrors()).containsEntry("results[1].value", "Write the decimal with a point: < 0.2.");
                    assertThat(e.fieldErrors().get("results[2].value")).contains("is not physically possible");
                });
        assertThat(labs.reportsOf(patientId)).isEmpty();
    }

    @Test
    void aCorrectionKeepsTheComparatorOfTheValueItReplaces() {
        var saved = labs.saveReport(patientId, COLLECTED, null, List.of(EnteredResult.of(LH, "< 0.2", Unit.IU_PER_L)));
        var lh = saved.results().getFirst();
        var corrected = labs.updateResult(lh.id(), lh.reportVersion(),
                new EnteredResult(LH, "> 0.1", Unit.IU_PER_L, null, null, null), "Misread the report");
        assertThat(corrected.reported()).hasToString("> 0.1 IU/L");
        assertThat(corrected.flag()).isEqualTo(Flag.INDETERMINATE);
        assertThat(changeRepository.findByResultIdOrderByIdAsc(lh.id())).singleElement()
                .satisfies(change -> assertThat(change.previousCensoring()).isEqualTo(Censoring.LESS_THAN));
    }

    @Test
    void derivedMarkersTreatACensoredEstradiolAsABound() {
        labs.saveReport(patientId, COLLECTED, null, List.of(
                EnteredResult.of(MarkerKey.TOTAL_TESTOSTERONE, "500", Unit.NG_PER_DL),
                EnteredResult.of(MarkerKey.ESTRADIOL, "< 5", Unit.PG_PER_ML)));
        var ratio = labs.derivedMarkers(patientId, COLLECTED).testosteroneEstradiolRatio();
        assertThat(ratio).isNotNull();
        assertThat(ratio.censoring()).isEqualTo(Censoring.GREATER_THAN);
        assertThat(ratio.ratio()).isEqualByComparingTo("100");
    }

    @Test
    void glucoseNotMarkedFastingNeverFeedsHomaIrAndTheScreenIsToldWhy() {
        labs.saveReport(patientId, COLLECTED, null, List.of(
                EnteredResult.of(MarkerKey.GLUCOSE, "95", Unit.MG_PER_DL),
                EnteredResult.of(MarkerKey.FASTING_INSULIN, "10", Unit.UIU_PER_ML)));
        var derived = labs.derivedMarkers(patientId, COLLECTED);
        assertThat(derived.homaIr()).isNull();
        assertThat(derived.notCalculated()).contains(LabService.NOT_FASTING_GLUCOSE);
        assertThat(LabService.NOT_FASTING_GLUCOSE).startsWith("Glucose not marked fasting: HOMA-IR not calculated");

        labs.saveReport(patientId, COLLECTED.minusDays(1), null, List.of(
                EnteredResult.of(MarkerKey.FASTING_GLUCOSE, "95", Unit.MG_PER_DL),
                EnteredResult.of(MarkerKey.INSULIN, "10", Unit.UIU_PER_ML)));
        var insulinNotFasting = labs.derivedMarkers(patientId, COLLECTED.minusDays(1));
        assertThat(insulinNotFasting.homaIr()).isNull();
        assertThat(insulinNotFasting.notCalculated()).contains(LabService.NOT_FASTING_INSULIN);
    }

    @Test
    void anEstradiolOfUnknownMethodEntersTheRatioWithItsCaveatButTheSensitiveAssayWins() {
        labs.saveReport(patientId, COLLECTED, null, List.of(
                EnteredResult.of(MarkerKey.TOTAL_TESTOSTERONE, "500", Unit.NG_PER_DL),
                EnteredResult.of(MarkerKey.ESTRADIOL_METHOD_UNKNOWN, "50", Unit.PG_PER_ML)));
        var generic = labs.derivedMarkers(patientId, COLLECTED).testosteroneEstradiolRatio();
        assertThat(generic).isNotNull();
        assertThat(generic.ratio()).isEqualByComparingTo("10");
        assertThat(generic.caveats()).anySatisfy(text -> assertThat(text).startsWith("Estradiol method not stated"));

        labs.saveReport(patientId, COLLECTED, null, List.of(EnteredResult.of(MarkerKey.ESTRADIOL, "25", Unit.PG_PER_ML)));
        var sensitive = labs.derivedMarkers(patientId, COLLECTED).testosteroneEstradiolRatio();
        assertThat(sensitive).isNotNull();
        assertThat(sensitive.ratio()).isEqualByComparingTo("20");
        assertThat(sensitive.caveats()).isEmpty();
    }

    @Test
    void refusesACollectionDateInTheFuture() {
        assertThatThrownBy(() -> labs.saveReport(patientId, LocalDate.now().plusDays(2), null,
                List.of(EnteredResult.of(LH, "5", Unit.IU_PER_L))))
                .isInstanceOfSatisfying(InvalidInputException.class, e ->
                        assertThat(e.fieldErrors()).containsKey("collectedOn"));
    }

    @Test
    @WithMockUser(roles = "ADMIN_ONLY")
    void whoeverIsNotAClinicianIsRefused() {
        assertThatThrownBy(() -> labs.reportsOf(patientId)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> labs.saveReport(patientId, COLLECTED, null, List.of())).isInstanceOf(AccessDeniedException.class);
    }
}
