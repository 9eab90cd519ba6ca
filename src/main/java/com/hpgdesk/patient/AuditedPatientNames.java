package com.hpgdesk.patient;

import com.hpgdesk.audit.AuditAction;
import com.hpgdesk.audit.AuditTrail;
import com.hpgdesk.audit.PatientNames;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Names patients for the audit trail. Reading the trail is a practice lead's review of who saw what, not a
 * viewing of these patients' records: naming the patients of a page is not audited per patient, while a
 * search by name or record number leaves one record that it was made.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('ADMIN')")
public class AuditedPatientNames implements PatientNames {

    private final PatientRepository patients;
    private final AuditTrail audit;

    AuditedPatientNames(PatientRepository patients, AuditTrail audit) {
        this.patients = patients;
        this.audit = audit;
    }

    @Override
    public Map<Long, NamedPatient> named(Collection<Long> patientIds) {
        if (patientIds.isEmpty()) {
            return Map.of();
        }
        return patients.findAllById(patientIds).stream()
                .map(patient -> new NamedPatient(patient.id(), patient.getFullName(), patient.getRecordNumber()))
                .collect(Collectors.toMap(NamedPatient::id, Function.identity()));
    }

    @Override
    public List<Long> matching(String text, int limit) {
        var query = new PatientQuery(text, null, null);
        if (query.text().isEmpty()) {
            return List.of();
        }
        boolean exactRecordNumber = patients.existsByRecordNumberKey(Patient.recordNumberKey(query.text()));
        List<Long> found = patients.findAll(PatientService.matching(query, exactRecordNumber),
                        PageRequest.of(0, limit + 1, PatientService.LIST_ORDER))
                .map(Patient::id).getContent();
        audit.record(AuditAction.READ, null, "audit trail", "Looked up patients by name or record number ("
                + (found.size() > limit ? "over " + limit : found.size()) + " found)");
        return found;
    }
}
