package com.hpgdesk.audit;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * How the audit trail names the patients its records concern and finds them by name or record number.
 * Declared here and implemented by the patient feature: the patient feature records into the audit trail,
 * so the audit trail must not depend on it in turn. Only practice leads may ask.
 */
public interface PatientNames {

    /** The most patients a search may match before it has to be narrowed. */
    int MATCH_LIMIT = 200;

    /**
     * Name and record number of each patient that still exists, for one page of audit records. Not a
     * viewing of their records, so not audited per patient.
     */
    Map<Long, NamedPatient> named(Collection<Long> patientIds);

    /**
     * Ids of the patients whose name (any script, accents ignored) or record number matches {@code text},
     * at most {@code limit + 1} of them, so that the caller can tell "too many" from "exactly the limit".
     */
    List<Long> matching(String text, int limit);

    /** A patient as the audit trail shows him. */
    record NamedPatient(long id, String name, String recordNumber) {
    }
}
