package com.hpgdesk.audit;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface AuditChainHeadRepository extends Repository<AuditChainHead, Integer> {

    /** SELECT ... FOR UPDATE on both H2 and PostgreSQL: a second appender waits here for the first to end. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select h from AuditChainHead h where h.id = " + AuditChainHead.ID)
    AuditChainHead lock();

    @Query("select h from AuditChainHead h where h.id = " + AuditChainHead.ID)
    AuditChainHead read();
}
