package com.hpgdesk.lab.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.hpgdesk.DeskSpringTest;
import com.hpgdesk.base.InvalidInputException;
import com.hpgdesk.lab.MarkerKey;
import com.hpgdesk.lab.Unit;
import com.hpgdesk.lab.importer.DateOrder;
import com.hpgdesk.patient.Patient;
import com.hpgdesk.patient.PatientService;
import com.hpgdesk.security.AccountService;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
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
    PatientService patients;
    @Autowired
    AccountService accounts;

    Patient patient;

    @BeforeEach
    void registerPatient() {
        patient = LabTestPatients.register(patients, accounts, LocalDate.of(1985, 1, 20));
    }

    private ImportPreview preview(String file) {
        return labs.previewImport(patient.id(), file.getBytes(StandardCharsets.UTF_8), null, "export.csv");
    }

    @Test
    void aGoodFileIsSavedOneReportPerCollectionDate() {
        var preview = preview(GOOD);
        assertThat(preview.rows()).extracting(ImportPreview.Row::status).containsOnly(ImportPreview.Status.OK);
        List<int[]> progress = new ArrayList<>();
        var summary = labs.commitImport(patient.id(), preview, (saved, total) -> progress.add(new int[] {saved, total}));
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
        labs.commitImport(patient.id(), preview(GOOD), ImportProgress.NONE);
        var again = preview(GOOD);
        assertThat(again.rows()).extracting(ImportPreview.Row::status)
                .containsOnly(ImportPreview.Status.ALREADY_IMPORTED);
        assertThat(again.toImport()).isEmpty();
        assertThatThrownBy(() -> labs.commitImport(patient.id(), again, ImportProgress.NONE))
                .isInstanceOf(InvalidInputException.class);
        assertThat(labs.series(patient.id(), new MarkerKey("LH"))).hasSize(2);
    }

    @Test
    void aPreviewCommittedTwiceSkipsWhatTheFirstCommitSaved() {
        var preview = preview(GOOD);
        labs.commitImport(patient.id(), preview, ImportProgress.NONE);
        assertThatThrownBy(() -> labs.commitImport(patient.id(), preview, ImportProgress.NONE))
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
        labs.commitImport(patient.id(), preview, ImportProgress.NONE);
        var lh = labs.series(patient.id(), new MarkerKey("LH")).getFirst();
        assertThat(lh.reported().value()).isEqualByComparingTo("4.5");
        assertThat(labs.series(patient.id(), MarkerKey.TOTAL_TESTOSTERONE).getFirst().canonical().value())
                .isEqualByComparingTo("510");
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
        var summary = labs.commitImport(patient.id(), preview, ImportProgress.NONE);
        assertThat(summary.saved()).isEqualTo(1);
        assertThat(summary.rejected()).isEqualTo(3);
        assertThat(labs.series(patient.id(), MarkerKey.TOTAL_TESTOSTERONE)).isEmpty();
    }

    @Test
    void garbageGivesAProblemNotAnExceptionAndSavesNothing() {
        byte[] garbage = new byte[2048];
        new java.util.Random(7).nextBytes(garbage);
        var preview = labs.previewImport(patient.id(), garbage, null, "photo.jpg");
        assertThat(preview.parse().problem()).isPresent();
        assertThat(preview.toImport()).isEmpty();
        assertThatThrownBy(() -> labs.commitImport(patient.id(), preview, ImportProgress.NONE))
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
        labs.commitImport(patient.id(), preview, ImportProgress.NONE);
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
        var dayFirst = labs.previewImport(patient.id(), file.getBytes(StandardCharsets.UTF_8), DateOrder.DAY_FIRST, null);
        assertThat(dayFirst.toImport()).singleElement()
                .satisfies(row -> assertThat(row.result().collected()).isEqualTo(LocalDate.of(2025, 4, 3)));
    }

    @Test
    void aPreviewOfAnotherPatientIsRefused() {
        var other = LabTestPatients.register(patients, accounts, LocalDate.of(1990, 1, 1));
        var preview = preview(GOOD);
        assertThatThrownBy(() -> labs.commitImport(other.id(), preview, ImportProgress.NONE))
                .isInstanceOf(InvalidInputException.class);
        assertThat(labs.reportsOf(other.id())).isEmpty();
    }
}
