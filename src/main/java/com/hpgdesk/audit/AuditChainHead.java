package com.hpgdesk.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * The single row naming the last record of the chain. Appending holds a write lock on it until the
 * appending transaction ends, which is what puts appends in one line.
 */
@Entity
@Table(name = "audit_chain_head")
class AuditChainHead {

    static final int ID = 1;

    @Id
    private int id;

    @Column(name = "last_sequence", nullable = false)
    private long lastSequence;

    @Column(name = "last_hash", nullable = false, length = 64)
    private String lastHash;

    /**
     * {@link AuditKey#sealOfHead} of the two fields above. Only the holder of the key, kept outside the database,
     * can write a head that carries a valid seal; empty on a trail that was never sealed.
     */
    @Column(length = 64)
    private @Nullable String seal;

    protected AuditChainHead() {
        // for JPA; the row itself is created by the migration
        this.lastHash = ChainHash.GENESIS;
    }

    long lastSequence() {
        return lastSequence;
    }

    String lastHash() {
        return lastHash;
    }

    @Nullable String seal() {
        return seal;
    }

    void advanceTo(AuditRecord record, AuditKey key) {
        this.lastSequence = record.getSequence();
        this.lastHash = record.getHash();
        sealWith(key);
    }

    void sealWith(AuditKey key) {
        this.seal = key.sealOfHead(lastSequence, lastHash);
    }
}
