package com.hpgdesk.assessment;

import com.hpgdesk.audit.PatientDataChanged;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/** Keeps a patient's summary fresh: re-assesses him once the change of his data has committed. */
@Component
class SummaryRefresh {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(SummaryRefresh.class);

    private final AssessmentService assessments;

    SummaryRefresh(AssessmentService assessments) {
        this.assessments = assessments;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void onChange(PatientDataChanged change) {
        try {
            assessments.refreshSummary(change.patientId());
        } catch (RuntimeException e) {
            // The change itself has committed: a failed refresh must not report it as failed. The summary
            // stays as it was until the next change or a refresh of all summaries.
            LOG.warn("Assessment summary of patient {} not refreshed", change.patientId(), e);
        }
    }
}
