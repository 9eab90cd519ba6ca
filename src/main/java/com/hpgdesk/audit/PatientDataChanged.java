package com.hpgdesk.audit;

/**
 * Published inside the transaction that changed a patient's data (every change is audited, so the audit
 * trail announces it). Listeners that keep derived data, such as the assessment summary, react after commit
 * with {@code @TransactionalEventListener(phase = AFTER_COMMIT)} so a rolled-back change is never seen.
 */
public record PatientDataChanged(long patientId) {
}
