package com.hpgdesk.audit;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.Predicate;
import com.hpgdesk.base.CsvCells;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.core.Ordered;
import org.springframework.orm.jpa.JpaDialect;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The audit trail every feature writes to: who read or changed which patient's data, when. Records are
 * append-only and chained by SHA-256, so {@link #verifyChain()} finds a record altered or deleted
 * behind the application's back.
 *
 * <p>When a record is written depends on the action:
 * <ul>
 * <li>A change ({@link AuditAction#changesData()}) must be recorded inside the read-write transaction
 * that makes it, and is appended to the chain just before that transaction commits, so the change and its
 * record commit or roll back together while the chain's lock is held only for the moment of the append,
 * not for the whole transaction. Recording one outside a transaction, or in a read-only one, is refused.</li>
 * <li>Anything else, reading above all, is written in a transaction of its own: the data was seen whatever
 * the caller's transaction does next. Made during a service call, the record waits for the outermost
 * service call to end ({@link ServiceCallBoundary}), so its write never needs a second database connection
 * while the read holds one, and is written before the caller gets the data.</li>
 * </ul>
 */
@Service
public class AuditTrail {

    static final String TRAIL_SUBJECT = "audit trail";
    static final int MAX_SUBJECT_LENGTH = 200;
    static final int MAX_DETAIL_LENGTH = 500;
    private static final int VERIFY_BATCH = 500;
    private static final Sort NEWEST_FIRST = Sort.by(Sort.Direction.DESC, "sequence");
    private static final int EXPORT_PAGE = 500;
    static final List<String> CSV_HEADER = List.of("No.", "Time (UTC)", "User", "Action", "Patient", "Record number",
            "Patient id", "What", "Detail", "Hash");
    private static final DateTimeFormatter CSV_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS")
            .withZone(ZoneOffset.UTC);

    private final AuditRecordRepository records;
    private final AuditChainHeadRepository head;
    private final EntityManager entityManager;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate ownTransaction;
    private final @Nullable JpaDialect dialect;
    private final AuditKey key;
    private final AuditChainAnchor anchor;
    private final TransactionTemplate readOnly;
    /** Lazily: the patient feature's names record into this trail, so they cannot be handed to it at creation. */
    private final ObjectProvider<PatientNames> patientNames;

    AuditTrail(AuditRecordRepository records, AuditChainHeadRepository head, EntityManager entityManager,
               Clock clock, PlatformTransactionManager transactionManager, ApplicationEventPublisher events,
               AuditKey key, AuditChainAnchor anchor, ObjectProvider<PatientNames> patientNames) {
        this.records = records;
        this.head = head;
        this.key = key;
        this.anchor = anchor;
        this.patientNames = patientNames;
        this.readOnly = new TransactionTemplate(transactionManager);
        readOnly.setReadOnly(true);
        this.entityManager = entityManager;
        this.clock = clock;
        this.events = events;
        this.ownTransaction = new TransactionTemplate(transactionManager);
        ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.dialect = transactionManager instanceof JpaTransactionManager jpa ? jpa.getJpaDialect() : null;
    }

    /**
     * Records that the signed-in user (or the system actor) did {@code action} to {@code subject}. Open
     * to every signed-in account, whatever its role: whoever touches patient data must leave a record.
     *
     * @param patientId whose data was touched; empty only for events that concern no single patient
     * @param subject what was touched, e.g. "patient" or "lab report 17"
     * @param detail a short description for a human reader; never the clinical content itself
     * @throws AuthenticationCredentialsNotFoundException when nobody is signed in: an anonymous record
     *         would be worthless
     * @throws org.springframework.transaction.IllegalTransactionStateException for a change recorded
     *         outside a transaction
     * @throws IllegalStateException for a change recorded in a read-only transaction
     */
    // No declarative transaction: when and where to write is decided per action, below.
    @PreAuthorize("isAuthenticated()")
    public void record(AuditAction action, @Nullable Long patientId, String subject, String detail) {
        var entry = new Entry(currentActor(), action, patientId, subject, detail);
        checkLength("subject", subject, MAX_SUBJECT_LENGTH);
        checkLength("detail", detail, MAX_DETAIL_LENGTH);
        if (subject.isBlank()) {
            throw new IllegalArgumentException("An audit record needs a subject");
        }
        if (action.changesData()) {
            if (!TransactionSynchronizationManager.isActualTransactionActive()) {
                throw new IllegalTransactionStateException("A change (" + action + ") must be recorded inside "
                        + "the transaction that makes it");
            }
            if (TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
                throw new IllegalStateException("A change (" + action + ") cannot be recorded in a read-only "
                        + "transaction: record it in the transaction that makes the change");
            }
            pendingChanges().entries.add(entry);
            if (patientId != null) {
                // Every change of patient data passes here, so this is the one place to announce it.
                events.publishEvent(new PatientDataChanged(patientId));
            }
            return;
        }
        Runnable write = () -> ownTransaction.executeWithoutResult(status -> append(head.lock(), entry));
        if (TransactionSynchronizationManager.isActualTransactionActive() && ServiceCallBoundary.defer(write)) {
            return;
        }
        write.run();
    }

    /**
     * Audit records, newest first unless {@code pageable} asks for another order. Not recorded itself: a
     * lazy grid calls this for every page it fetches, so whoever shows the trail records the showing once,
     * through {@link #recordViewing(AuditFilter)}.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<AuditRecord> list(Pageable pageable, AuditFilter filter) {
        Pageable ordered = pageable.getSort().isSorted() ? pageable
                : PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), NEWEST_FIRST);
        Page<AuditRecord> page = records.findAll(matching(filter), ordered);
        return page.getContent();
    }

    /**
     * Records that the signed-in practice lead is shown the trail through {@code filter}: once when the
     * trail is opened and once per change of filter, however many pages are then fetched. The trail names
     * patients and who looked at them, so looking at it is a read like any other.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public void recordViewing(AuditFilter filter) {
        record(AuditAction.READ, null, TRAIL_SUBJECT, "Viewed the audit trail" + describe(filter));
    }

    /**
     * Writes the records {@code filter} selects to {@code out} as CSV, oldest first, each with the patient's name
     * and record number, and records the export (who, which filter, how many records) once it is written.
     *
     * @return how many records the file holds
     */
    @PreAuthorize("hasRole('ADMIN')")
    public long exportCsv(AuditFilter filter, OutputStream out) {
        long written = 0;
        var csv = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        try {
            csv.write(CsvCells.BYTE_ORDER_MARK);
            csv.write(CsvCells.line(CSV_HEADER));
            // One read-only transaction per page: a long export never holds one connection for its whole length.
            Pageable page = PageRequest.of(0, EXPORT_PAGE, Sort.by("sequence"));
            while (true) {
                Pageable current = page;
                List<AuditRecord> rows = Objects.requireNonNull(readOnly.execute(status -> {
                    List<AuditRecord> found = records.findAll(matching(filter), current).getContent();
                    found.forEach(entityManager::detach);
                    return found;
                }));
                Map<Long, PatientNames.NamedPatient> names = namesOf(rows);
                for (AuditRecord row : rows) {
                    csv.write(CsvCells.line(csvCells(row, names.get(row.getPatientId()))));
                    written++;
                }
                if (rows.size() < EXPORT_PAGE) {
                    break;
                }
                page = page.next();
            }
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        record(AuditAction.EXPORT, null, TRAIL_SUBJECT, "Exported the audit trail as CSV" + describe(filter) + ": "
                + written + (written == 1 ? " record" : " records"));
        return written;
    }

    private Map<Long, PatientNames.NamedPatient> namesOf(List<AuditRecord> rows) {
        Set<Long> ids = new HashSet<>();
        rows.stream().map(AuditRecord::getPatientId).filter(Objects::nonNull).forEach(ids::add);
        PatientNames names = patientNames.getIfAvailable();
        return ids.isEmpty() || names == null ? Map.of() : names.named(ids);
    }

    private static List<String> csvCells(AuditRecord row, PatientNames.@Nullable NamedPatient patient) {
        Long patientId = row.getPatientId();
        return List.of(Long.toString(row.getSequence()), CSV_TIME.format(row.getOccurredAt()), row.getActor(),
                row.getAction().label(), patientId == null ? "" : patient == null ? "Unknown patient" : patient.name(),
                patient == null ? "" : patient.recordNumber(), patientId == null ? "" : patientId.toString(),
                row.getSubject(), row.getDetail(), row.getHash());
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public long count(AuditFilter filter) {
        return records.count(matching(filter));
    }

    /**
     * Reads the chain in order, up to the last record written when the check began, and recomputes
     * every hash. Stops at the first broken place. Then checks the chain head against its seal (an HMAC with a
     * key kept outside the database) and against the last anchor written outside the database: someone able to
     * rewrite every record from some point on and the head too, or to delete records and rewind the head, is
     * found there, unless he also holds the key and can rewrite the anchor file.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public ChainVerification verifyChain() {
        return verified(check());
    }

    private ChainVerification check() {
        // The anchor before the head, so the head read is never older than the anchor.
        AuditAnchorFile.LastAnchor lastAnchor = anchor.lastAnchor();
        // The head first: every record up to it is committed, later ones may still be arriving.
        AuditChainHead chainHead = head.read();
        long lastSequence = chainHead.lastSequence();
        String lastHash = chainHead.lastHash();
        long checked = 0;
        long expectedSequence = 1;
        String expectedPreviousHash = ChainHash.GENESIS;
        List<AuditRecord> batch = nextBatch(0, lastSequence);
        while (!batch.isEmpty()) {
            for (AuditRecord record : batch) {
                checked++;
                if (record.getSequence() != expectedSequence) {
                    return ChainVerification.broken(checked, expectedSequence, ChainVerification.Problem.GAP);
                }
                if (!record.getPreviousHash().equals(expectedPreviousHash)) {
                    return ChainVerification.broken(checked, record.getSequence(),
                            ChainVerification.Problem.BROKEN_LINK);
                }
                if (!record.expectedHash().equals(record.getHash())) {
                    return ChainVerification.broken(checked, record.getSequence(),
                            ChainVerification.Problem.HASH_MISMATCH);
                }
                expectedSequence++;
                expectedPreviousHash = record.getHash();
                // Only the last hash is needed from here on. Detach rather than clear: a caller's
                // transaction may have unsaved work in the same persistence context.
                entityManager.detach(record);
            }
            batch = nextBatch(expectedSequence - 1, lastSequence);
        }
        if (expectedSequence <= lastSequence) {
            return ChainVerification.broken(checked, expectedSequence, ChainVerification.Problem.MISSING_TAIL);
        }
        if (!expectedPreviousHash.equals(lastHash)) {
            // The last record was rewritten along with its own hash; only the head still knows.
            return ChainVerification.broken(checked, lastSequence, ChainVerification.Problem.HASH_MISMATCH);
        }
        ChainVerification.Problem problem = anchor.problemOf(chainHead, lastAnchor);
        if (problem != null) {
            var anchored = lastAnchor.anchor();
            long where = switch (problem) {
                case ROLLED_BACK -> lastSequence + 1;
                case ANCHOR_MISMATCH -> anchored == null ? lastSequence : anchored.lastSequence();
                default -> lastSequence;
            };
            return ChainVerification.broken(checked, where, problem);
        }
        return ChainVerification.intact(checked);
    }

    /** Records who checked the chain and what they were told; written after the check, like any read. */
    private ChainVerification verified(ChainVerification result) {
        record(AuditAction.READ, null, TRAIL_SUBJECT, "Verified the chain: " + (result.isIntact()
                ? "intact, " + result.recordsChecked() + " records"
                : "broken at record " + result.firstBrokenSequence() + " (" + result.problem() + ")"));
        return result;
    }

    private static String describe(AuditFilter filter) {
        var parts = new ArrayList<String>();
        if (filter.patientId() != null) {
            parts.add("patient " + filter.patientId());
        }
        if (filter.patientIds() != null) {
            parts.add(filter.patientIds().size() + (filter.patientIds().size() == 1 ? " patient" : " patients")
                    + " found by name or record number");
        }
        if (filter.actor() != null) {
            parts.add("actor " + filter.actor());
        }
        if (filter.from() != null) {
            parts.add("from " + filter.from());
        }
        if (filter.until() != null) {
            parts.add("until " + filter.until());
        }
        if (filter.action() != null) {
            parts.add("action " + filter.action().label());
        }
        String text = parts.isEmpty() ? "" : " (" + String.join(", ", parts) + ")";
        return text.length() > 200 ? text.substring(0, 200) + "…)" : text;
    }

    private List<AuditRecord> nextBatch(long after, long upTo) {
        return records.findBySequenceBetweenOrderBySequenceAsc(after + 1, upTo, Limit.of(VERIFY_BATCH));
    }

    private void append(AuditChainHead chainHead, Entry entry) {
        // The time is taken under the lock, so times never run backwards along the chain.
        var record = new AuditRecord(chainHead.lastSequence() + 1, clock.instant(), entry.actor(), entry.action(),
                entry.patientId(), entry.subject(), entry.detail(), chainHead.lastHash());
        records.save(record);
        chainHead.advanceTo(record, key);
    }

    private PendingChanges pendingChanges() {
        for (TransactionSynchronization each : TransactionSynchronizationManager.getSynchronizations()) {
            if (each instanceof PendingChanges pending) {
                return pending;
            }
        }
        var pending = new PendingChanges();
        TransactionSynchronizationManager.registerSynchronization(pending);
        return pending;
    }

    private static String currentActor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            throw new AuthenticationCredentialsNotFoundException(
                    "Nothing is recorded without knowing who did it: no one is signed in");
        }
        return authentication.getName();
    }

    private static void checkLength(String what, String value, int max) {
        if (value.length() > max) {
            // Cutting it short would record something other than what the caller said.
            throw new IllegalArgumentException("An audit " + what + " is limited to " + max + " characters");
        }
    }

    private static Specification<AuditRecord> matching(AuditFilter filter) {
        return (root, query, builder) -> {
            List<Predicate> conditions = new ArrayList<>();
            if (filter.patientId() != null) {
                conditions.add(builder.equal(root.get("patientId"), filter.patientId()));
            }
            if (filter.patientIds() != null) {
                var ids = filter.patientIds();
                conditions.add(ids.isEmpty() ? builder.disjunction() : root.get("patientId").in(ids));
            }
            if (filter.actor() != null) {
                conditions.add(builder.equal(root.get("actor"), filter.actor()));
            }
            if (filter.from() != null) {
                conditions.add(builder.greaterThanOrEqualTo(root.get("occurredAt"), filter.from()));
            }
            if (filter.until() != null) {
                conditions.add(builder.lessThan(root.get("occurredAt"), filter.until()));
            }
            if (filter.action() != null) {
                conditions.add(builder.equal(root.get("action"), filter.action()));
            }
            return builder.and(conditions.toArray(Predicate[]::new));
        };
    }

    private record Entry(String actor, AuditAction action, @Nullable Long patientId, String subject,
                         String detail) {
    }

    /**
     * The changes a transaction has recorded, appended just before it commits. The transaction's own
     * writes are flushed first, so the chain's lock waits for nothing but the append and the commit.
     * Synchronizations are suspended with their transaction, so each transaction has its own list.
     */
    private final class PendingChanges implements TransactionSynchronization {

        final List<Entry> entries = new ArrayList<>();

        @Override
        public void beforeCommit(boolean readOnly) {
            try {
                entityManager.flush();
            } catch (RuntimeException failure) {
                throw translated(failure);
            }
            AuditChainHead chainHead = head.lock();
            for (Entry entry : entries) {
                append(chainHead, entry);
            }
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }
    }

    /** The exception the commit itself would have thrown, e.g. an optimistic-locking failure. */
    private RuntimeException translated(RuntimeException failure) {
        RuntimeException translated = dialect == null ? null : dialect.translateExceptionIfPossible(failure);
        return translated == null ? failure : translated;
    }
}
