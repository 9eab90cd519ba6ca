package com.hpgdesk.lab.results;

import com.hpgdesk.audit.AuditAction;
import com.hpgdesk.audit.AuditTrail;
import com.hpgdesk.base.InvalidInputException;
import com.hpgdesk.lab.MarkerCatalogue;
import com.hpgdesk.lab.MarkerKey;
import com.hpgdesk.lab.importer.ColumnRole;
import com.hpgdesk.lab.importer.DateOrder;
import com.hpgdesk.lab.importer.FileLayout;
import com.hpgdesk.lab.importer.ImportChoices;
import com.hpgdesk.lab.importer.ImportedResult;
import com.hpgdesk.lab.importer.LabFileImporter;
import com.hpgdesk.lab.importer.LabFileParse;
import com.hpgdesk.lab.importer.RowOutcome;
import com.hpgdesk.lab.importer.RowText;
import com.hpgdesk.lab.importer.UnknownName;
import com.hpgdesk.patient.PatientIdentity;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Importing a lab file for a patient: a preview of what every row would do, then one commit of all good
 * rows. Rows pass the same plausibility check and flagging as results entered by hand (the importer
 * evaluates them against the marker catalogue), and each report created is audited in the transaction that
 * creates it, never with the values.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('CLINICIAN')")
public class LabImportService {

    /** Rows saved between flushes of a large import, so the persistence context stays small. */
    private static final int IMPORT_CHUNK = 500;
    /** How often a large import reports progress. */
    private static final int PROGRESS_EVERY = 100;

    private final LabResultRepository results;
    private final ResultRecorder recorder;
    private final AuditTrail audit;
    private final EntityManager entityManager;
    private final Clock clock;
    private final LabConventionService conventions;
    private final LabFileImporter importer = new LabFileImporter(MarkerCatalogue.standard());

    LabImportService(LabResultRepository results, ResultRecorder recorder, AuditTrail audit,
                     EntityManager entityManager, Clock clock, LabConventionService conventions) {
        this.conventions = conventions;
        this.results = results;
        this.recorder = recorder;
        this.audit = audit;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /**
     * Reads a lab file for this patient and says, row by row, what importing it would do: OK, already
     * imported (the patient has that result, or an earlier row of the file is the same), or rejected with
     * the reasons. Nothing is saved.
     *
     * @param dateOrder how the file writes slash dates, once the clinician has said; null to detect it
     */
    public ImportPreview previewImport(long patientId, byte[] content, @Nullable DateOrder dateOrder,
                                       @Nullable String fileName) {
        return previewImport(patientId, content, fileName, ImportChoices.NONE.withDateOrder(dateOrder));
    }

    /**
     * Reads a lab file for this patient with what the clinician said about it (date order, decimal mark,
     * columns) and what clinicians said about earlier files of the same lab, and says, row by row, what
     * importing it would do. Nothing is saved.
     */
    @PreAuthorize("hasRole('CLINICIAN')")
    public ImportPreview previewImport(long patientId, byte[] content, @Nullable String fileName,
                                       ImportChoices choices) {
        PatientIdentity patient = recorder.patient(patientId);
        LabFileParse parse = importer.parse(content, choices, conventions.conventions(), patient.dateOfBirth());
        Set<String> active = new HashSet<>(results.activeFingerprints(patientId));
        Set<String> deleted = new HashSet<>(results.deletedFingerprints(patientId));
        Map<String, Integer> inFile = new HashMap<>();
        LocalDate today = LocalDate.now(clock);
        List<ImportPreview.Row> rows = new ArrayList<>(parse.rows().size());
        for (RowOutcome outcome : parse.rows()) {
            rows.add(switch (outcome) {
                case RowOutcome.Rejected rejected -> new ImportPreview.Row(rejected.line(),
                        ImportPreview.Status.REJECTED, null, rejected.reason(), rejected.written());
                case RowOutcome.Accepted accepted ->
                        preview(accepted, patient, today, active, deleted, inFile);
            });
        }
        return new ImportPreview(patientId, fileName, parse, rows);
    }

    /**
     * The clinician's answer in the preview to a test name the desk did not know: remembered for that lab,
     * so its next files import without asking (see {@link LabConventionService#rememberName}).
     */
    @PreAuthorize("hasRole('CLINICIAN')")
    @Transactional
    public RememberedName rememberName(UnknownName name, MarkerKey marker) {
        return conventions.rememberName(name, marker);
    }

    /**
     * The clinician's answer in the preview to a header the importer did not recognise: remembered for that
     * header layout (see {@link LabConventionService#rememberColumns}).
     */
    @PreAuthorize("hasRole('CLINICIAN')")
    @Transactional
    public RememberedLayout rememberColumns(FileLayout layout, Map<ColumnRole, Integer> columns) {
        return conventions.rememberColumns(layout, columns);
    }

    /**
     * Saves every row of the preview marked OK, one report per collection date, in one transaction: all
     * of them or, on any failure, none. Rows whose result was saved by someone else since the preview are
     * skipped and counted as already imported.
     */
    @Transactional
    public ImportSummary commitImport(long patientId, ImportPreview preview, ImportProgress progress) {
        if (preview.patientId() != patientId) {
            throw InvalidInputException.of("file", "This preview was made for another patient: read the file again.");
        }
        recorder.patient(patientId);
        Set<String> known = new HashSet<>(results.activeFingerprints(patientId));
        known.addAll(results.deletedFingerprints(patientId));
        int skipped = 0;
        Map<LocalDate, List<ImportedResult>> byDate = new TreeMap<>();
        for (ImportPreview.Row row : preview.toImport()) {
            ImportedResult result = row.result();
            if (result == null) {
                continue;
            }
            if (known.add(fingerprint(result))) {
                byDate.computeIfAbsent(result.collected(), date -> new ArrayList<>()).add(result);
            } else {
                skipped++;
            }
        }
        int total = byDate.values().stream().mapToInt(List::size).sum();
        if (total == 0) {
            throw InvalidInputException.of("file", "Nothing to import: every result of this file is already recorded "
                    + "or was rejected.");
        }
        String fileName = preview.fileName() == null ? null : shorten(preview.fileName(), 255);
        List<Long> reportIds = new ArrayList<>();
        int saved = 0;
        progress.saved(0, total);
        for (var entry : byDate.entrySet()) {
            var report = recorder.newReport(patientId, entry.getKey(), null, ReportSource.IMPORTED, fileName);
            reportIds.add(report.id());
            for (ImportedResult result : entry.getValue()) {
                entityManager.persist(new LabResult(report, result.value(), result.method(), fingerprint(result)));
                saved++;
                if (saved % IMPORT_CHUNK == 0) {
                    recorder.flushRefusingDuplicates();
                    entityManager.clear();
                }
                if (saved % PROGRESS_EVERY == 0) {
                    progress.saved(saved, total);
                }
            }
            audit.record(AuditAction.IMPORT, patientId, ResultRecorder.subject(report), "Imported "
                    + entry.getValue().size() + (entry.getValue().size() == 1 ? " result" : " results")
                    + " from a lab file");
        }
        recorder.flushRefusingDuplicates();
        progress.saved(saved, total);
        return new ImportSummary(saved, (int) preview.count(ImportPreview.Status.ALREADY_IMPORTED) + skipped,
                (int) preview.count(ImportPreview.Status.REJECTED), reportIds);
    }

    private ImportPreview.Row preview(RowOutcome.Accepted accepted, PatientIdentity patient, LocalDate today,
                                      Set<String> active, Set<String> deleted, Map<String, Integer> inFile) {
        ImportedResult result = accepted.result();
        int line = accepted.line();
        RowText written = accepted.written();
        List<String> reasons = new ArrayList<>();
        String record = result.recordNumber();
        if (record != null && !record.strip().equalsIgnoreCase(patient.recordNumber())) {
            reasons.add("record number \"" + shorten(record, 40) + "\" is not this patient's ("
                    + patient.recordNumber() + ")");
        }
        if (result.collected().isAfter(today)) {
            reasons.add("collection date " + result.collected() + " is in the future");
        } else if (result.collected().isBefore(patient.dateOfBirth())) {
            reasons.add("collection date " + result.collected() + " is before the patient's date of birth");
        }
        if (result.value().reported().quantity().value().scale() > LabResult.MAX_REPORTED_SCALE) {
            reasons.add("value has more than " + LabResult.MAX_REPORTED_SCALE + " decimal places");
        }
        if (result.method() != null && result.method().length() > ResultRecorder.MAX_METHOD_LENGTH) {
            reasons.add("method is longer than " + ResultRecorder.MAX_METHOD_LENGTH + " characters");
        }
        if (!reasons.isEmpty()) {
            return new ImportPreview.Row(line, ImportPreview.Status.REJECTED, result, String.join("; ", reasons), written);
        }
        String fingerprint = fingerprint(result);
        if (active.contains(fingerprint)) {
            return new ImportPreview.Row(line, ImportPreview.Status.ALREADY_IMPORTED, result,
                    "this result is already recorded for the patient", written);
        }
        if (deleted.contains(fingerprint)) {
            return new ImportPreview.Row(line, ImportPreview.Status.ALREADY_IMPORTED, result,
                    "this result was recorded before and deleted with a reason; enter it by hand to restore it", written);
        }
        Integer earlier = inFile.putIfAbsent(fingerprint, line);
        if (earlier != null) {
            return new ImportPreview.Row(line, ImportPreview.Status.ALREADY_IMPORTED, result,
                    "same result as line " + earlier, written);
        }
        return new ImportPreview.Row(line, ImportPreview.Status.OK, result, "", written);
    }

    private static String fingerprint(ImportedResult result) {
        return ResultRecorder.fingerprint(result.collected(), result.value());
    }

    private static @Nullable String shorten(@Nullable String text, int max) {
        if (text == null) {
            return null;
        }
        String stripped = text.strip();
        return stripped.length() <= max ? stripped : stripped.substring(0, max);
    }
}
