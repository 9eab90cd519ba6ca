package com.hpgdesk.audit;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** What the audit service tests share: the audit context, and an empty trail at the start of each test. */
@com.hpgdesk.DeskSpringTest
abstract class AuditTrailIntegrationTest {

    @Autowired
    AuditTrail trail;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    ApplicationContext context;

    @BeforeEach
    void startFromAnEmptyTrail() {
        // Direct SQL: the application itself has no way to delete audit records, by design.
        EmptyTrail.startFrom(context);
    }

    TransactionTemplate transaction() {
        return new TransactionTemplate(transactionManager);
    }

    TransactionTemplate readOnlyTransaction() {
        var template = new TransactionTemplate(transactionManager);
        template.setReadOnly(true);
        return template;
    }

    /** Records a change the way a feature does: inside the transaction that makes it. */
    void recordChange(AuditAction action, Long patientId, String subject, String detail) {
        transaction().executeWithoutResult(status -> trail.record(action, patientId, subject, detail));
    }

    long lastSequence() {
        Long last = jdbc.queryForObject("select coalesce(max(sequence_number), 0) from audit_record", Long.class);
        return java.util.Objects.requireNonNull(last);
    }

    long storedRecords() {
        Long count = jdbc.queryForObject("select count(*) from audit_record", Long.class);
        return java.util.Objects.requireNonNull(count);
    }
}
