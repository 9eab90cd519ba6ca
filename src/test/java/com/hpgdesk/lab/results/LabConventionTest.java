package com.hpgdesk.lab.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.hpgdesk.DeskSpringTest;
import com.hpgdesk.audit.AuditAction;
import com.hpgdesk.audit.AuditFilter;
import com.hpgdesk.audit.AuditRecord;
import com.hpgdesk.audit.AuditTrail;
import com.hpgdesk.base.InvalidInputException;
import com.hpgdesk.lab.MarkerKey;
import com.hpgdesk.lab.importer.ColumnRole;
import com.hpgdesk.lab.importer.ColumnsStatus;
import com.hpgdesk.lab.importer.ImportChoices;
import com.hpgdesk.lab.importer.LabConventions;
import com.hpgdesk.lab.importer.UnknownName;
import com.hpgdesk.patient.Patient;
import com.hpgdesk.patient.PatientService;
import com.hpgdesk.security.AccountService;
import com.hpgdesk.security.SystemActor;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

/** Files as labs send them, imported the first time with at most one question and never asked again. */
@DeskSpringTest
@WithUserDetails(value = "mhale", setupBefore = TestExecutionEvent.TEST_EXECUTION)
class LabConventionTest {

    @Autowired
    LabImportService imports;
    @Autowired
    LabConventionService conventions;
    @Autowired
    AuditTrail audit;
    @Autowired
    PatientService patients;
    @Autowired
    AccountService accounts;

    Patient patient;

    @BeforeEach
    void registerPatient() {
        patient = LabTestPatients.register(patients, accounts, LocalDate.of(1984, 5, 2));
    }

    /** A sample export; {@code from} and {@code to} let each test give the lab a name of its own. */
    static byte[] sample(String name, String from, String to) {
        try (InputStream in = LabConventionTest.class.getResourceAsStream("/lab/imports/" + name)) {
            String text = new String(Objects.requireNonNull(in, name).readAllBytes(), StandardCharsets.UTF_8);
            return text.replace(from, to).getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ImportPreview preview(byte[] file) {
        return imports.previewImport(patient.id(), file, "export.csv", ImportChoices.NONE);
    }

    private List<AuditRecord> auditOf(String subject) {
        return SystemActor.call(() -> audit.list(PageRequest.of(0, 500), AuditFilter.ALL)).stream()
                .filter(record -> record.getSubject().equals(subject)).toList();
    }

    @Test
    void aUsExportNeedsOneMappingTheFirstTimeAndNoneTheNext() {
        String lab = "Quest Diagnostics " + UUID.randomUUID();
        byte[] file = sample("us-reference-lab.csv", "Quest Diagnostics", lab);

        var first = preview(file);
        assertThat(first.parse().needsDateOrder()).isFalse();
        assertThat(first.parse().needsDecimalMark()).isFalse();
        assertThat(first.parse().unknownNames()).singleElement().satisfies(name -> {
            assertThat(name.name()).isEqualTo("Testosterone, Free, Direct");
            assertThat(name.lab()).isEqualTo(lab);
            assertThat(name.rows()).isEqualTo(2);
        });
        assertThat(first.count(ImportPreview.Status.OK)).isEqualTo(13);
        assertThat(first.rows()).filteredOn(row -> row.status() == ImportPreview.Status.REJECTED)
                .extracting(row -> row.written().marker()).containsOnly("Testosterone, Free, Direct");

        var remembered = conventions.rememberName(first.parse().unknownNames().getFirst(),
                new MarkerKey("FREE_TESTOSTERONE_METHOD_UNKNOWN"));
        assertThat(auditOf("lab marker name " + remembered.id())).singleElement().satisfies(record -> {
            assertThat(record.getAction()).isEqualTo(AuditAction.CREATE);
            assertThat(record.getActor()).isEqualTo("mhale");
            assertThat(record.getPatientId()).isNull();
            assertThat(record.getDetail()).isEqualTo("\"Testosterone, Free, Direct\" from " + lab
                    + " is Free testosterone (method not stated)");
        });

        var mapped = preview(file);
        assertThat(mapped.parse().unknownNames()).isEmpty();
        assertThat(mapped.count(ImportPreview.Status.OK)).isEqualTo(15);
        assertThat(imports.commitImport(patient.id(), mapped, ImportProgress.NONE).saved()).isEqualTo(15);

        byte[] nextFile = sample("us-reference-lab.csv", "Quest Diagnostics", lab).clone();
        String later = new String(nextFile, StandardCharsets.UTF_8).replace("03/04/2025", "05/06/2025")
                .replace("03/18/2025", "05/20/2025");
        var next = preview(later.getBytes(StandardCharsets.UTF_8));
        assertThat(next.parse().unknownNames()).isEmpty();
        assertThat(next.parse().needsDateOrder()).isFalse();
        assertThat(next.count(ImportPreview.Status.OK)).isEqualTo(15);
    }

    @Test
    void aGermanExportImportsWithoutAQuestionAndItsSecondFileToo() {
        byte[] file = sample("de-labor.csv", "", "");
        var first = preview(file);
        assertThat(first.parse().problem()).isEmpty();
        assertThat(first.parse().needsColumns()).isFalse();
        assertThat(first.parse().needsDateOrder()).isFalse();
        assertThat(first.parse().needsDecimalMark()).isFalse();
        assertThat(first.parse().unknownNames()).isEmpty();
        assertThat(first.count(ImportPreview.Status.OK)).isEqualTo(12);
        assertThat(imports.commitImport(patient.id(), first, ImportProgress.NONE).reportIds()).hasSize(2);

        var next = preview(sample("de-labor.csv", "04.03.2025", "15.04.2025"));
        assertThat(next.parse().unknownNames()).isEmpty();
        assertThat(next.count(ImportPreview.Status.OK)).isEqualTo(8);
        assertThat(next.count(ImportPreview.Status.ALREADY_IMPORTED)).isEqualTo(4);
    }

    @Test
    void columnsChosenForAnUnknownHeaderAreRememberedForThatHeader() {
        byte[] file = sample("unrecognised-columns.csv", "", "");
        var first = preview(file);
        assertThat(first.parse().needsColumns()).isTrue();
        assertThat(first.rows()).isEmpty();
        var layout = Objects.requireNonNull(first.parse().layout());

        assertThatThrownBy(() -> conventions.rememberColumns(layout, Map.of(ColumnRole.DATE, 0, ColumnRole.MARKER, 1)))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).fieldErrors()).containsKeys("value", "unit"));
        assertThatThrownBy(() -> conventions.rememberColumns(layout, Map.of(ColumnRole.DATE, 0, ColumnRole.MARKER, 1,
                ColumnRole.VALUE, 2, ColumnRole.UNIT, 2))).isInstanceOf(InvalidInputException.class);

        var remembered = conventions.rememberColumns(layout, Map.of(ColumnRole.DATE, 0, ColumnRole.MARKER, 1,
                ColumnRole.VALUE, 2, ColumnRole.UNIT, 3, ColumnRole.RANGE, 4));
        assertThat(auditOf("lab file layout " + remembered.id())).singleElement()
                .satisfies(record -> assertThat(record.getDetail()).contains("value (result) = \"Uitslag\""));

        var next = preview(file);
        assertThat(next.parse().layout().status()).isEqualTo(ColumnsStatus.REMEMBERED);
        assertThat(next.count(ImportPreview.Status.OK)).isEqualTo(2);
    }

    @Test
    void anUnknownNameInAFileWithoutALabColumnIsRememberedByTheFilesHeaderLayout() {
        // A name no other test uses, so that what this test remembers cannot reach another one's files.
        String name = "Testo frei " + UUID.randomUUID();
        String header = "Date,Test,Result,Units\n";
        String rows = "2025-03-04," + name + ",9.6,pg/mL\n2025-03-04,LH,4.1,IU/L\n";
        byte[] file = (header + rows).getBytes(StandardCharsets.UTF_8);

        var first = preview(file);
        var layoutKey = Objects.requireNonNull(first.parse().layout()).key();
        assertThat(first.parse().unknownNames()).singleElement().satisfies(unknown -> {
            assertThat(unknown.name()).isEqualTo(name);
            assertThat(unknown.labKey()).isEqualTo(LabConventions.layoutLabKey(layoutKey));
            assertThat(unknown.lab()).isEqualTo("files with the columns Date, Test, Result, Units");
        });
        assertThat(first.count(ImportPreview.Status.OK)).isEqualTo(1);

        var remembered = conventions.rememberName(first.parse().unknownNames().getFirst(),
                new MarkerKey("FREE_TESTOSTERONE_METHOD_UNKNOWN"));
        assertThat(auditOf("lab marker name " + remembered.id())).singleElement()
                .satisfies(record -> assertThat(record.getDetail()).isEqualTo("\"" + name
                        + "\" from files with the columns Date, Test, Result, Units is Free testosterone (method not stated)"));

        // The next file with the same header, spelt in other case, imports without asking.
        var next = preview((header.toUpperCase(java.util.Locale.ROOT) + rows.replace("2025-03-04", "2025-04-15"))
                .getBytes(StandardCharsets.UTF_8));
        assertThat(next.parse().unknownNames()).isEmpty();
        assertThat(next.count(ImportPreview.Status.OK)).isEqualTo(2);
        assertThat(next.rows()).extracting(row -> row.written().marker()).containsExactly(name, "LH");

        // A file with another header is another lab as far as anyone knows: asked again.
        var otherLayout = preview(("Date,Test,Result,Units,Reference range\n" + rows.replace("\n", ",\n"))
                .getBytes(StandardCharsets.UTF_8));
        assertThat(otherLayout.parse().unknownNames()).extracting(UnknownName::name).containsExactly(name);
    }

    @Test
    @WithUserDetails(value = "admin", setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void aForgottenColumnLayoutIsAuditedAndItsNextFileIsAskedAgain() {
        // A header of its own, so that forgetting it cannot undo another test's layout.
        byte[] file = sample("unrecognised-columns.csv", "Referentiewaarde", "Referentie " + UUID.randomUUID());
        var layout = Objects.requireNonNull(preview(file).parse().layout());
        assertThat(layout.needsColumns()).isTrue();
        var remembered = conventions.rememberColumns(layout, Map.of(ColumnRole.DATE, 0, ColumnRole.MARKER, 1,
                ColumnRole.VALUE, 2, ColumnRole.UNIT, 3, ColumnRole.RANGE, 4));
        assertThat(preview(file).parse().layout().status()).isEqualTo(ColumnsStatus.REMEMBERED);
        assertThat(conventions.layouts()).extracting(RememberedLayout::id).contains(remembered.id());

        conventions.forgetLayout(remembered.id());

        assertThat(conventions.layouts()).extracting(RememberedLayout::id).doesNotContain(remembered.id());
        var next = preview(file);
        assertThat(next.parse().needsColumns()).isTrue();
        assertThat(next.parse().layout().status()).isEqualTo(ColumnsStatus.UNKNOWN);
        assertThat(next.rows()).isEmpty();
        assertThat(auditOf("lab file layout " + remembered.id())).extracting(AuditRecord::getAction)
                .containsExactly(AuditAction.DELETE, AuditAction.CREATE);
        assertThat(auditOf("lab file layout " + remembered.id()).getFirst()).satisfies(record -> {
            assertThat(record.getActor()).isEqualTo("admin");
            assertThat(record.getDetail()).startsWith("Forgot the columns of files headed \"Afnamedatum | Bepaling");
        });
    }

    @Test
    void clinicianCannotReviewTheRememberedNames() {
        assertThatThrownBy(() -> conventions.names()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails(value = "admin", setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void aPracticeLeadCorrectsAndForgetsANameAndEachChangeIsAudited() {
        String lab = "Labcorp " + UUID.randomUUID();
        byte[] file = ("Lab,Date,Test,Result,Units\n" + lab + ",2025-03-04,\"Testosterone, Free, Direct\",9.6,pg/mL\n")
                .getBytes(StandardCharsets.UTF_8);
        var unknown = preview(file).parse().unknownNames().getFirst();
        var wrong = conventions.rememberName(unknown, new MarkerKey("TOTAL_TESTOSTERONE"));
        assertThat(conventions.names()).extracting(RememberedName::id).contains(wrong.id());

        var corrected = conventions.correctName(wrong.id(), wrong.version(), new MarkerKey("FREE_TESTOSTERONE_METHOD_UNKNOWN"));
        assertThat(corrected.marker()).isEqualTo(new MarkerKey("FREE_TESTOSTERONE_METHOD_UNKNOWN"));
        assertThat(preview(file).count(ImportPreview.Status.OK)).isEqualTo(1);
        assertThatThrownBy(() -> conventions.correctName(wrong.id(), wrong.version(), new MarkerKey("LH")))
                .isInstanceOf(com.hpgdesk.base.ConcurrentEditException.class);

        conventions.forgetName(wrong.id());
        assertThat(preview(file).parse().unknownNames()).hasSize(1);
        assertThat(auditOf("lab marker name " + wrong.id())).extracting(AuditRecord::getAction)
                .containsExactly(AuditAction.DELETE, AuditAction.UPDATE, AuditAction.CREATE);
    }
}
