package com.hpgdesk.audit;

import com.hpgdesk.audit.AuditAnchorFile.Anchor;
import com.hpgdesk.audit.AuditAnchorFile.LastAnchor;
import com.hpgdesk.audit.ChainVerification.Problem;
import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.time.Clock;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes the chain head outside the database: a log line and a sealed line in the anchor file, at start-up,
 * every {@code hpg.audit.anchor-every} (default 15 minutes) and at shutdown. And says whether the head in the
 * database still agrees with its seal and with the last anchor: that is what tells a trail emptied or cut short
 * (records deleted and the head rewound with them) from a trail that is simply new.
 *
 * <p>A new anchor is written only when the head carries a valid seal and continues the last anchor, so an
 * anchor can never bless a trail that was cut short in between.
 */
@Component
class AuditChainAnchor {

    private static final Logger LOG = LoggerFactory.getLogger(AuditChainAnchor.class);

    private final AuditChainHeadRepository head;
    private final AuditRecordRepository records;
    private final AuditKey key;
    private final AuditAnchorFile file;
    private final Clock clock;
    private final TransactionTemplate readOnly;
    private final TransactionTemplate readWrite;

    AuditChainAnchor(AuditChainHeadRepository head, AuditRecordRepository records, AuditKey key, AuditAnchorFile file,
                     Clock clock, PlatformTransactionManager transactionManager) {
        this.head = head;
        this.records = records;
        this.key = key;
        this.file = file;
        this.clock = clock;
        this.readOnly = new TransactionTemplate(transactionManager);
        readOnly.setReadOnly(true);
        this.readWrite = new TransactionTemplate(transactionManager);
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStart() {
        sealAnUnsealedTrail();
        anchorNow();
    }

    @Scheduled(fixedDelayString = "${hpg.audit.anchor-every:PT15M}", initialDelayString = "${hpg.audit.anchor-every:PT15M}")
    void periodically() {
        anchorNow();
    }

    @PreDestroy
    void atShutdown() {
        anchorNow();
    }

    /**
     * Appends the current head to the anchor file and the log, unless it is the one anchored last or it fails
     * its checks (then an error is logged instead: someone must look at the trail).
     *
     * @return the anchor written, or empty when none was
     */
    synchronized @Nullable Anchor anchorNow() {
        try {
            LastAnchor last = file.last();
            Anchor written = readOnly.execute(status -> {
                AuditChainHead current = head.read();
                Problem problem = problemOf(current, last);
                if (problem != null) {
                    LOG.error("Audit chain NOT anchored: the chain head (record {}) fails its check ({}). Verify the "
                            + "chain on the audit trail page and keep the database as it is.",
                            current.lastSequence(), problem);
                    return null;
                }
                Anchor previous = last.anchor();
                if (previous != null && previous.lastSequence() == current.lastSequence()
                        && previous.lastHash().equals(current.lastHash())) {
                    return null;
                }
                return AuditAnchorFile.sealed(key, clock.instant(), current.lastSequence(), current.lastHash());
            });
            if (written != null) {
                file.append(written);
                LOG.info("Audit chain anchored: record {} hash {} ({})", written.lastSequence(), written.lastHash(),
                        file.path());
            }
            return written;
        } catch (IOException | RuntimeException failure) {
            LOG.error("Audit chain could not be anchored in {}: {}", file.path(), failure.toString());
            return null;
        }
    }

    /**
     * What is wrong with {@code current} against its seal and the last anchor, or null when nothing is. The record
     * the anchor names must still be there with the same hash; the chain from there on is checked by the walk.
     */
    @Nullable Problem problemOf(AuditChainHead current, LastAnchor last) {
        if (last.unreadable()) {
            return Problem.ANCHOR_FORGED;
        }
        Anchor anchor = last.anchor();
        if (anchor != null) {
            if (!anchor.sealedBy(key)) {
                return Problem.ANCHOR_FORGED;
            }
            if (anchor.lastSequence() > current.lastSequence()) {
                return Problem.ROLLED_BACK;
            }
            if (anchor.lastSequence() > 0 && !records.findBySequence(anchor.lastSequence())
                    .map(record -> record.getHash().equals(anchor.lastHash())).orElse(false)) {
                return Problem.ANCHOR_MISMATCH;
            }
        }
        if (current.seal() == null) {
            return Problem.NOT_ANCHORED;
        }
        if (!key.sealOfHead(current.lastSequence(), current.lastHash()).equals(current.seal())) {
            return Problem.HEAD_FORGED;
        }
        return null;
    }

    LastAnchor lastAnchor() {
        try {
            return file.last();
        } catch (IOException e) {
            return new LastAnchor(null, true);
        }
    }

    /**
     * A trail that predates sealing (an upgraded desk) has a head without a seal. It is sealed once, at its
     * current record, only while nothing was anchored yet: an unsealed head after anchoring began means the head
     * was reset, and that stays visible.
     */
    private void sealAnUnsealedTrail() {
        LastAnchor last = lastAnchor();
        readWrite.executeWithoutResult(status -> {
            AuditChainHead current = head.lock();
            if (current.seal() != null) {
                return;
            }
            if (last.anchor() != null || last.unreadable()) {
                LOG.error("Audit chain head carries no seal although {} holds anchors: the head was reset. Verify "
                        + "the chain on the audit trail page.", file.path());
                return;
            }
            current.sealWith(key);
            LOG.warn("Audit chain sealed for the first time, at record {}, with the key from {}. Records up to "
                    + "there are covered by their hash chain only.", current.lastSequence(), key.origin());
        });
    }
}
