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
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps a patient's summary fresh: re-assesses him once the change of his data has committed. The work is
 * handed to one background thread: run in the committing thread, it would need a second pooled connection
 * while the first is still held, the pattern that once locked the app up under load. Several changes waiting in
 * line are assessed together, once per patient.
 *
 * <p>A summary also goes stale with the calendar: the months since the end of treatment, and with them the
 * recovery status at the 6- and 12-month milestones, change with no new data. So each night (and once at start,
 * in case the desk was off at midnight) the same thread re-assesses the patients whose summary is older than
 * today or from another rules version.
 */
@Component
class SummaryRefresh {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(SummaryRefresh.class);

    private final AssessmentService assessments;
    private final Set<Long> waiting = ConcurrentHashMap.newKeySet();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("assessment-summary").daemon().factory());

    private final boolean atStart;

    SummaryRefresh(AssessmentService assessments,
                   @Value("${hpg.summaries.refresh-at-start:true}") boolean atStart) {
        this.assessments = assessments;
        this.atStart = atStart;
    }

    @EventListener(ApplicationReadyEvent.class)
    void onReady() {
        if (atStart) {
            worker.execute(this::refreshOutdated);
        }
    }

    /** Just after midnight by default; {@code hpg.summaries.refresh-cron=-} turns it off. */
    @Scheduled(cron = "${hpg.summaries.refresh-cron:0 5 0 * * *}")
    void nightly() {
        worker.execute(this::refreshOutdated);
    }

    /** Every summary that no longer says what holds today; returns how many were re-assessed. */
    int refreshOutdated() {
        try {
            int refreshed = SystemActor.call(assessments::refreshOutdatedSummaries);
            if (refreshed > 0) {
                LOG.info("Re-assessed {} patients whose summary was older than today or from another rules version",
                        refreshed);
            }
            return refreshed;
        } catch (RuntimeException e) {
            LOG.warn("Outdated assessment summaries not refreshed; the next night tries again", e);
            return 0;
        }
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
