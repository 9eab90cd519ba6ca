package com.hpgdesk.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

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

    void advanceTo(AuditRecord record) {
        this.lastSequence = record.getSequence();
        this.lastHash = record.getHash();
    }
}
