package com.hpgdesk.handout;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The exact bytes of a generated handout, kept apart so that listing handouts never loads them. */
@Entity
@Table(name = "handout_file")
class HandoutFile {

    @Id
    @Column(name = "handout_id")
    private Long handoutId;

    @Column(nullable = false, updatable = false)
    private byte[] content;

    protected HandoutFile() {
        // for JPA
        this.handoutId = 0L;
        this.content = new byte[0];
    }

    HandoutFile(long handoutId, byte[] content) {
        this.handoutId = handoutId;
        this.content = content.clone();
    }

    byte[] content() {
        return content.clone();
    }
}
