package com.hpgdesk.assessment;

import com.hpgdesk.assessment.engine.Assessment;
import com.hpgdesk.audit.PatientDataChanged;
import com.hpgdesk.base.SeesRecords;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Marker tables already worked out, per patient, date assessed and day: opening a patient again, or the
 * marker tables tab again, costs no queries and no engine run while his data is unchanged. Every change of
 * his data is announced ({@link PatientDataChanged}) and drops his entries once it has committed. A reading
 * during which any change committed is not kept, so the cache never holds data older than the last change.
 * Bounded, so it never grows with the practice.
 */
@Component
@SeesRecords
class RecentAssessments {

    private static final int KEPT = 512;

    private record Key(long patientId, LocalDate on, LocalDate today) {
    }

    /** Bumped by every committed change of any patient's data. */
    private final AtomicLong changes = new AtomicLong();
    private final Map<Key, Assessment> recent = new LinkedHashMap<>(KEPT, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Assessment> eldest) {
            return size() > KEPT;
        }
    };

    Assessment get(long patientId, LocalDate on, LocalDate today, Supplier<Assessment> assess) {
        var key = new Key(patientId, on, today);
        @Nullable Assessment known;
        synchronized (recent) {
            known = recent.get(key);
        }
        if (known != null) {
            return known;
        }
        long changesBefore = changes.get();
        Assessment assessed = assess.get();
        synchronized (recent) {
            if (changes.get() == changesBefore) {
                recent.put(key, assessed);
            }
        }
        return assessed;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void onChange(PatientDataChanged change) {
        synchronized (recent) {
            changes.incrementAndGet();
            recent.keySet().removeIf(key -> key.patientId() == change.patientId());
        }
    }
}
