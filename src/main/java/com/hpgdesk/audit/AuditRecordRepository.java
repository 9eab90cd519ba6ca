package com.hpgdesk.audit;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.repository.Repository;

/**
 * Deliberately a plain {@link Repository} listing only what the trail needs: there is no update and no
 * delete to call, here or anywhere else.
 */
interface AuditRecordRepository extends Repository<AuditRecord, Long> {

    AuditRecord save(AuditRecord record);

    Page<AuditRecord> findAll(Specification<AuditRecord> filter, Pageable pageable);

    long count(Specification<AuditRecord> filter);

    Optional<AuditRecord> findBySequence(long sequence);

    List<AuditRecord> findBySequenceBetweenOrderBySequenceAsc(long first, long last, Limit limit);
}
