package com.hpgdesk.assessment;

import com.hpgdesk.audit.PatientDataChanged;
import com.hpgdesk.security.SystemActor;
import jakarta.annotation.PreDestroy;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps a patient's summary fresh: re-assesses him once the change of his data has committed. The work is
 * handed to one background thread: run in the committing thread, it would need a second pooled connection
 * while the first is still held, the pattern that once locked the app up under load. Several changes of one
 * patient waiting in line are assessed once.
 */
@Component
class SummaryRefresh {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(SummaryRefresh.class);

    private final AssessmentService assessments;
    private final Set<Long> waiting = ConcurrentHashMap.newKeySet();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("assessment-summary").daemon().factory());

    SummaryRefresh(AssessmentService assessments) {
        this.assessments = assessments;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void onChange(PatientDataChanged change) {
        long patientId = change.patientId();
        if (waiting.add(patientId)) {
            worker.execute(() -> refresh(patientId));
        }
    }

    private void refresh(long patientId) {
        waiting.remove(patientId);
        try {
            SystemActor.run(() -> assessments.refreshSummary(patientId));
        } catch (RuntimeException e) {
            // The change itself has committed: a failed refresh must not report it as failed. The summary
            // stays as it was until the next change or a refresh of all summaries.
            LOG.warn("Assessment summary of patient {} not refreshed", patientId, e);
        }
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }
}
