package com.hpgdesk.assessment;

import com.hpgdesk.audit.PatientDataChanged;
import com.hpgdesk.security.SystemActor;
import jakarta.annotation.PreDestroy;
import java.util.ArrayList;
import java.util.List;
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
 * while the first is still held, the pattern that once locked the app up under load. Several changes waiting in
 * line are assessed together, once per patient.
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
        if (waiting.add(change.patientId())) {
            worker.execute(this::refreshWaiting);
        }
    }

    /** Everyone waiting is refreshed as one batch: an import of many patients costs a few queries, not many. */
    private void refreshWaiting() {
        List<Long> batch = new ArrayList<>(waiting);
        if (batch.isEmpty()) {
            return;
        }
        waiting.removeAll(batch);
        try {
            SystemActor.run(() -> assessments.refreshSummaries(batch));
        } catch (RuntimeException batchFailed) {
            // One patient's data must not keep the others' summaries stale: try each on his own.
            batch.forEach(this::refresh);
        }
    }

    private void refresh(long patientId) {
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
