package com.hpgdesk.lab.results;

import com.hpgdesk.base.InvalidInputException;
import com.hpgdesk.lab.FlaggedValue;
import com.hpgdesk.lab.importer.LabFileImporter;
import com.hpgdesk.patient.PatientIdentity;
import com.hpgdesk.patient.PatientService;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * What entering a report by hand and importing a lab file share when they record results: the patient the
 * results belong to, the fingerprint that recognises a result already recorded, a new report signed by the
 * clinician, and the refusal when a colleague recorded the same result a moment earlier. It works inside
 * the calling service's transaction and behind its access check, so it has neither of its own.
 */
@Component
@PreAuthorize("hasRole('CLINICIAN')")
class ResultRecorder {

    static final int MAX_METHOD_LENGTH = 100;

    private final LabReportRepository reports;
    private final PatientService patients;
    private final EntityManager entityManager;
    private final Clock clock;

    ResultRecorder(LabReportRepository reports, PatientService patients, EntityManager entityManager, Clock clock) {
        this.reports = reports;
        this.patients = patients;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    PatientIdentity patient(long patientId) {
        return patients.identity(patientId)
                .orElseThrow(() -> InvalidInputException.of("patient", "This patient no longer exists."));
    }

    /** A new report signed by the signed-in clinician, flushed so it has its id. */
    LabReport newReport(long patientId, LocalDate collectedOn, @Nullable String labName, ReportSource source,
                        @Nullable String sourceFile) {
        return reports.saveAndFlush(new LabReport(patientId, collectedOn, labName, source, sourceFile, currentUser(),
                clock.instant()));
    }

    void flushRefusingDuplicates() {
        try {
            entityManager.flush();
        } catch (DataIntegrityViolationException | jakarta.persistence.PersistenceException e) {
            // Checked before saving; only a colleague saving the same result at the same moment gets here.
            throw InvalidInputException.of("results", "Some of these results were saved by someone else a moment "
                    + "ago. Reload and check before saving again.");
        }
    }

    /**
     * The patient's own record number is left out: within one patient it adds nothing, and leaving it out
     * makes a result entered by hand and the same result in a file (with or without a record-number column)
     * one and the same.
     */
    static String fingerprint(LocalDate collectedOn, FlaggedValue value) {
        return LabFileImporter.contentFingerprint(null, collectedOn, value);
    }

    /** What the audit trail names a report by. */
    static String subject(LabReport report) {
        return "lab report " + report.id();
    }

    static String currentUser() {
        return SecurityContextHolder.getContext().getAuthentication().getName();
    }
}
