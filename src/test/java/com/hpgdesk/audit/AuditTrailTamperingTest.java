package com.hpgdesk.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Objects;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithMockUser;

/** Tampering done the way an intruder with database access would: plain SQL, past the application. */
@WithMockUser(username = "alead", roles = "ADMIN")
class AuditTrailTamperingTest extends AuditTrailIntegrationTest {

    @BeforeEach
    void fiveRecords() {
        for (int i = 1; i <= 5; i++) {
            recordChange(AuditAction.UPDATE, 10L, "patient", "change " + i);
        }
        assertThat(trail.verifyChain().isIntact()).isTrue();
    }

    @Test
    void detectsAnAlteredDetail() {
        jdbc.update("update audit_record set detail = 'nothing happened' where sequence_number = 3");

        var verification = trail.verifyChain();

        assertThat(verification.isIntact()).isFalse();
        assertThat(verification.firstBrokenSequence()).isEqualTo(3);
        assertThat(verification.problem()).isEqualTo(ChainVerification.Problem.HASH_MISMATCH);
        assertThat(verification.recordsChecked()).isEqualTo(3);
        assertThat(verification.summary()).contains("Record 3 was altered");
    }

    @Test
    void detectsAnAlteredRecordWhoseHashWasRecomputed() {
        String forgedHash = ChainHash.of(2, occurredAt(2), "someone-else", AuditAction.UPDATE, 10L, "patient",
                "change 2", previousHash(2));
        jdbc.update("update audit_record set actor = 'someone-else', hash = ? where sequence_number = 2", forgedHash);

        var verification = trail.verifyChain();

        assertThat(verification.firstBrokenSequence()).isEqualTo(3);
        assertThat(verification.problem()).isEqualTo(ChainVerification.Problem.BROKEN_LINK);
    }

    @Test
    void detectsADeletedRecordAsAGap() {
        jdbc.update("delete from audit_record where sequence_number = 2");

        var verification = trail.verifyChain();

        assertThat(verification.firstBrokenSequence()).isEqualTo(2);
        assertThat(verification.problem()).isEqualTo(ChainVerification.Problem.GAP);
        assertThat(verification.summary()).contains("Record 2 is missing");
    }

    @Test
    void detectsRecordsDeletedFromTheEnd() {
        jdbc.update("delete from audit_record where sequence_number >= 4");

        var verification = trail.verifyChain();

        assertThat(verification.firstBrokenSequence()).isEqualTo(4);
        assertThat(verification.problem()).isEqualTo(ChainVerification.Problem.MISSING_TAIL);
        assertThat(verification.recordsChecked()).isEqualTo(3);
    }

    @Test
    void detectsTheLastRecordRewrittenWithItsHash() {
        // The last record is the one of the check made before this test (verifying is itself recorded).
        String detail = Objects.requireNonNull(jdbc.queryForObject(
                "select detail from audit_record where sequence_number = 6", String.class));
        String forgedHash = ChainHash.of(6, occurredAt(6), "alead", AuditAction.EXPORT, null, "audit trail", detail,
                previousHash(6));
        jdbc.update("update audit_record set action = 'EXPORT', hash = ? where sequence_number = 6", forgedHash);

        var verification = trail.verifyChain();

        assertThat(verification.firstBrokenSequence()).isEqualTo(6);
        assertThat(verification.problem()).isEqualTo(ChainVerification.Problem.HASH_MISMATCH);
    }

    private Instant occurredAt(long sequence) {
        return Objects.requireNonNull(jdbc.queryForObject(
                "select occurred_at from audit_record where sequence_number = ?", OffsetDateTime.class, sequence))
                .toInstant();
    }

    private String previousHash(long sequence) {
        return Objects.requireNonNull(jdbc.queryForObject(
                "select previous_hash from audit_record where sequence_number = ?", String.class, sequence));
    }
}
