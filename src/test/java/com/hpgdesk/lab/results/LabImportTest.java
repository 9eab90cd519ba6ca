package com.hpgdesk.lab.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.hpgdesk.DeskSpringTest;
import com.hpgdesk.audit.AuditAction;
import com.hpgdesk.audit.AuditFilter;
import com.hpgdesk.audit.AuditRecord;
import com.hpgdesk.audit.AuditTrail;
import com.hpgdesk.base.InvalidInputException;
import com.hpgdesk.lab.Censoring;
import com.hpgdesk.lab.Flag;
import com.hpgdesk.lab.MarkerKey;
import com.hpgdesk.lab.Unit;
import com.hpgdesk.lab.importer.DateOrder;
import com.hpgdesk.patient.Patient;
import com.hpgdesk.patient.PatientService;
import com.hpgdesk.security.AccountService;
import com.hpgdesk.security.SystemActor;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

@DeskSpringTest
@WithUserDetails(value = "mhale", setupBefore = TestExecutionEvent.TEST_EXECUTION)
class LabImportTest {

    private static final String GOOD = """
            Date,Test,Result,Units,Reference range
            2025-02-03,Testosterone total,15.2,nmol/L,8.6-29
            2025-02-03,LH,4.1,IU/L,1.7-8.6
            2025-03-03,LH,3.9,mIU/mL,
            """;

    @Autowired
    LabService labs;
    @Autowired
    LabImportService imports;
    @Autowired
    AuditTrail audit;
    @Autowired
    PatientService patients;
    @Autowired
    AccountService accounts;

    Patient patient;

    @BeforeEach
    void registerPatient() {
        patient = LabTestPatients.register(patients, accounts, LocalDate.of(1985, 1, 20));
    }

    private ImportPreview preview(String file) {
        return imports.previewImport(patient.id(), file.getBytes(StandardCharsets.UTF_8), null, "export.csv");
    }

    @Test
    void aGoodFileIsSavedOneReportPerCollectionDate() {
        var preview = preview(GOOD);
        assertThat(preview.rows()).extracting(ImportPreview.Row::status).containsOnly(ImportPreview.Status.OK);
        List<int[]> progress = new ArrayList<>();
        var summary = imports.commitImport(patient.id(), preview, (saved, total) -> progress.add(new int[] {saved, total}));
        assertThat(summary.saved()).isEqualTo(3);
        assertThat(summary.reportIds()).hasSize(2);
        assertThat(progress.getLast()).containsExactly(3, 3);
        var reports = labs.reportsOf(patient.id());
        assertThat(reports).extracting(StoredReport::source).containsOnly(ReportSource.IMPORTED);
        assertThat(labs.series(patient.id(), new MarkerKey("LH"))).extracting(p -> p.reported().unit())
                .containsExactly(Unit.IU_PER_L, Unit.MIU_PER_ML);
    }

    @Test
    void importingTheSameFileTwiceAddsNothing() {
        imports.commitImport(patient.id(), preview(GOOD), ImportProgress.NONE);
        var again = preview(GOOD);
        assertThat(again.rows()).extracting(ImportPreview.Row::status)
                .containsOnly(ImportPreview.Status.ALREADY_IMPORTED);
        assertThat(again.toImport()).isEmpty();
        assertThatThrownBy(() -> imports.commitImport(patient.id(), again, ImportProgress.NONE))
                .isInstanceOf(InvalidInputException.class);
        assertThat(labs.series(patient.id(), new MarkerKey("LH"))).hasSize(2);
    }

    @Test
    void aPreviewCommittedTwiceSkipsWhatTheFirstCommitSaved() {
        var preview = preview(GOOD);
        imports.commitImport(patient.id(), preview, ImportProgress.NONE);
        assertThatThrownBy(() -> imports.commitImport(patient.id(), preview, ImportProgress.NONE))
                .isInstanceOf(InvalidInputException.class);
        assertThat(labs.reportsOf(patient.id())).hasSize(2);
    }

    @Test
    void aResultEnteredByHandIsRecognisedInAFile() {
        labs.saveReport(patient.id(), LocalDate.of(2025, 3, 3), null,
                List.of(EnteredResult.of(new MarkerKey("LH"), "3.9", Unit.IU_PER_L)));
        var preview = preview(GOOD);
        assertThat(preview.rows().get(2).status()).isEqualTo(ImportPreview.Status.ALREADY_IMPORTED);
    }

    @Test
    void readsADecimalCommaSemicolonFile() {
        var preview = preview("""
                Datum;Parameter;Wert;Einheit;Referenzbereich
                14.02.2025;LH;4,5;IU/L;1,7-8,6
                14.02.2025;Testosteron, total;5,1;ng/mL;
                """.replace("Testosteron, total", "Testosterone, total"));
        assertThat(preview.toImport()).hasSize(2);
        imports.commitImport(patient.id(), preview, ImportProgress.NONE);
        var lh = labs.series(patient.id(), new MarkerKey("LH")).getFirst();
        assertThat(lh.reported().quantity().value()).isEqualByComparingTo("4.5");
        assertThat(labs.series(patient.id(), MarkerKey.TOTAL_TESTOSTERONE).getFirst().canonical().quantity().value())
                .isEqualByComparingTo("510");
    }

    @Test
    void censoredCellsAreImportedWithTheirComparatorAndReadBackAsReported() {
        var preview = preview("""
                Date,Test,Result,Units,Range
                2025-02-14,LH,<0.2,IU/L,1.7-8.6
                2025-02-14,FSH,< 5,IU/L,3-12
                2025-02-14,Total testosterone,>1500,ng/dL,
                2025-02-14,Estradiol,≤ 18.4,pmol/L,
                """);
        assertThat(preview.rows()).extracting(ImportPreview.Row::status).containsOnly(ImportPreview.Status.OK);
        imports.commitImport(patient.id(), preview, ImportProgress.NONE);

        var lh = labs.series(patient.id(), new MarkerKey("LH")).getFirst();
        assertThat(lh.reported()).hasToString("< 0.2 IU/L");
        assertThat(lh.flag()).isEqualTo(Flag.BELOW_RANGE);
        var fsh = labs.series(patient.id(), new MarkerKey("FSH")).getFirst();
        assertThat(fsh.reported()).hasToString("< 5 IU/L");
        assertThat(fsh.flag()).isEqualTo(Flag.INDETERMINATE);
        var tt = labs.series(patient.id(), MarkerKey.TOTAL_TESTOSTERONE).getFirst();
        assertThat(tt.reported()).hasToString("> 1500 ng/dL");
        assertThat(tt.flag()).isEqualTo(Flag.ABOVE_RANGE);
        var e2 = labs.series(patient.id(), MarkerKey.ESTRADIOL_METHOD_UNKNOWN).getFirst();
        assertThat(e2.reported().censoring()).isEqualTo(Censoring.AT_MOST);
        assertThat(e2.flag()).isEqualTo(Flag.NO_RANGE);

        // The same file again is recognised; the exact limit is a different result.
        assertThat(preview("""
                Date,Test,Result,Units,Range
                2025-02-14,LH,< 0.2,IU/L,1.7-8.6
                2025-02-14,LH,0.2,IU/L,1.7-8.6
                """).rows()).extracting(ImportPreview.Row::status)
                .containsExactly(ImportPreview.Status.ALREADY_IMPORTED, ImportPreview.Status.OK);
    }

    @Test
    void badRowsAreListedWithLineAndReasonAndNotSaved() {
        var preview = preview("""
                Date,Test,Result,Units
                2025-02-03,LH,4.1,IU/L
                2025-02-03,Unobtainium,4.1,IU/L
                2025-02-03,Testosterone total,50000,ng/dL
                2025-02-03,LH,abc,IU/L
                """);
        assertThat(preview.rows()).extracting(ImportPreview.Row::line, ImportPreview.Row::status).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2, ImportPreview.Status.OK),
                org.assertj.core.groups.Tuple.tuple(3, ImportPreview.Status.REJECTED),
                org.assertj.core.groups.Tuple.tuple(4, ImportPreview.Status.REJECTED),
                org.assertj.core.groups.Tuple.tuple(5, ImportPreview.Status.REJECTED));
        assertThat(preview.rows().get(1).reason()).contains("unknown marker");
        assertThat(preview.rows().get(2).reason()).contains("not physically possible");
        var summary = imports.commitImport(patient.id(), preview, ImportProgress.NONE);
        assertThat(summary.saved()).isEqualTo(1);
        assertThat(summary.rejected()).isEqualTo(3);
        assertThat(labs.series(patient.id(), MarkerKey.TOTAL_TESTOSTERONE)).isEmpty();
    }

    @Test
    void garbageGivesAProblemNotAnExceptionAndSavesNothing() {
        byte[] garbage = new byte[2048];
        new java.util.Random(7).nextBytes(garbage);
        var preview = imports.previewImport(patient.id(), garbage, null, "photo.jpg");
        assertThat(preview.parse().problem()).isPresent();
        assertThat(preview.toImport()).isEmpty();
        assertThatThrownBy(() -> imports.commitImport(patient.id(), preview, ImportProgress.NONE))
                .isInstanceOf(InvalidInputException.class);
        assertThat(labs.reportsOf(patient.id())).isEmpty();
    }

    @Test
    void aRowOfAnotherPatientsRecordNumberIsRejected() {
        var preview = preview("""
                MRN,Date,Test,Result,Units
                %s,2025-02-03,LH,4.1,IU/L
                SOMEONE-ELSE,2025-02-03,FSH,4.1,IU/L
                """.formatted(patient.getRecordNumber().toLowerCase()));
        assertThat(preview.rows().get(0).status()).isEqualTo(ImportPreview.Status.OK);
        assertThat(preview.rows().get(1).status()).isEqualTo(ImportPreview.Status.REJECTED);
        assertThat(preview.rows().get(1).reason()).contains("SOMEONE-ELSE").contains("not this patient's");
        imports.commitImport(patient.id(), preview, ImportProgress.NONE);
        assertThat(labs.series(patient.id(), new MarkerKey("FSH"))).isEmpty();
        assertThat(labs.series(patient.id(), new MarkerKey("LH"))).hasSize(1);
    }

    @Test
    void anAmbiguousFileAsksForTheDateOrder() {
        String file = """
                Date,Test,Result,Units
                03/04/2025,LH,4.1,IU/L
                """;
        var unsure = preview(file);
        assertThat(unsure.parse().needsDateOrder()).isTrue();
        assertThat(unsure.toImport()).isEmpty();
        var dayFirst = imports.previewImport(patient.id(), file.getBytes(StandardCharsets.UTF_8), DateOrder.DAY_FIRST, null);
        assertThat(dayFirst.toImport()).singleElement()
                .satisfies(row -> assertThat(row.result().collected()).isEqualTo(LocalDate.of(2025, 4, 3)));
    }

    @Test
    void aPreviewOfAnotherPatientIsRefused() {
        var other = LabTestPatients.register(patients, accounts, LocalDate.of(1990, 1, 1));
        var preview = preview(GOOD);
        assertThatThrownBy(() -> imports.commitImport(other.id(), preview, ImportProgress.NONE))
                .isInstanceOf(InvalidInputException.class);
        assertThat(labs.reportsOf(other.id())).isEmpty();
    }

    /**
     * The path the import dialog takes from {@code ImportDialog.BACKGROUND_FROM_ROWS} rows on: the commit runs
     * on a thread of its own that carries the clinician's security context, and reports progress from there.
     */
    @Test
    void aLargeFileCommittedOnABackgroundThreadStoresEveryRowAndReportsProgressToTheEnd() throws Exception {
        int rows = 1_250;
        var preview = imports.previewImport(patient.id(), LabExportFiles.csv(rows, LocalDate.of(2001, 1, 1)), null,
                "large.csv");
        assertThat(preview.toImport()).hasSize(rows);
        List<int[]> progress = new CopyOnWriteArrayList<>();
        List<Thread> reportedFrom = new CopyOnWriteArrayList<>();
        var summary = new AtomicReference<ImportSummary>();
        var failure = new AtomicReference<Throwable>();
        var done = new CountDownLatch(1);
        ExecutorService background = Executors.newVirtualThreadPerTaskExecutor();
        try {
            background.execute(new DelegatingSecurityContextRunnable(() -> {
                try {
                    summary.set(imports.commitImport(patient.id(), preview, (saved, total) -> {
                        progress.add(new int[] {saved, total});
                        reportedFrom.add(Thread.currentThread());
                    }));
                } catch (Throwable e) {
                    failure.set(e);
                } finally {
                    done.countDown();
                }
            }));
            assertThat(done.await(2, TimeUnit.MINUTES)).as("the import finished within two minutes").isTrue();
        } finally {
            background.shutdown();
        }

        assertThat(failure.get()).isNull();
        assertThat(summary.get().saved()).isEqualTo(rows);
        assertThat(summary.get().reportIds()).hasSize(rows / LabExportFiles.MARKERS_PER_DAY);
        assertThat(reportedFrom).isNotEmpty().doesNotContain(Thread.currentThread());
        assertThat(progress).allSatisfy(step -> assertThat(step[1]).isEqualTo(rows));
        assertThat(progress.getFirst()).containsExactly(0, rows);
        assertThat(progress.getLast()).containsExactly(rows, rows);
        assertThat(progress).extracting(step -> step[0]).isSorted();

        var reports = labs.reportsOf(patient.id());
        assertThat(reports).hasSize(rows / LabExportFiles.MARKERS_PER_DAY)
                .extracting(StoredReport::source).containsOnly(ReportSource.IMPORTED);
        assertThat(reports).flatExtracting(StoredReport::results).hasSize(rows);
        assertThat(labs.series(patient.id(), new MarkerKey("LH"))).hasSize(rows / LabExportFiles.MARKERS_PER_DAY);
        assertThat(importRecords()).hasSize(rows / LabExportFiles.MARKERS_PER_DAY);
    }

    @Test
    void aLargeImportThatFailsAfterItsFirstChunksSavesNothing() {
        int rows = 1_250;
        var preview = imports.previewImport(patient.id(), LabExportFiles.csv(rows, LocalDate.of(2001, 1, 1)), null,
                "large.csv");
        // Past the first flush of 500 rows: what was flushed must be rolled back with the rest.
        assertThatThrownBy(() -> imports.commitImport(patient.id(), preview, (saved, total) -> {
            if (saved == 1_100) {
                throw new IllegalStateException("connection lost");
            }
        })).isInstanceOf(IllegalStateException.class);
        assertThat(labs.reportsOf(patient.id())).isEmpty();
        assertThat(importRecords()).isEmpty();
    }

    private List<AuditRecord> importRecords() {
        return SystemActor.call(() -> audit.list(PageRequest.of(0, 500), new AuditFilter(patient.id(), null, null, null)))
                .stream().filter(record -> record.getAction() == AuditAction.IMPORT).toList();
    }
}
