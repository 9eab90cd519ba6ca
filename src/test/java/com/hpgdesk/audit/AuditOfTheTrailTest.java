package com.hpgdesk.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithMockUser;

/** Issue 11: reading the trail and verifying it are themselves recorded, after the reading. */
class AuditOfTheTrailTest extends AuditTrailIntegrationTest {

    private static final String READER = "reader-of-the-trail";

    @Test
    @WithMockUser(username = READER, roles = "ADMIN")
    void viewingAndVerifyingTheTrailAreRecordedAsReadsOfIt() {
        var mine = AuditFilter.ALL.withActor(READER);
        assertThat(trail.list(PageRequest.of(0, 10), mine)).isEmpty();
        var verification = trail.verifyChain();
        // A later page of the same listing is not recorded again.
        trail.list(PageRequest.of(1, 10), mine);

        var records = trail.list(PageRequest.of(0, 10), mine);
        assertThat(records).extracting(AuditRecord::getAction).containsOnly(AuditAction.READ);
        assertThat(records).extracting(AuditRecord::getSubject).containsOnly("audit trail");
        assertThat(records).extracting(AuditRecord::getDetail).containsExactly(
                "Verified the chain: intact, " + verification.recordsChecked() + " records",
                "Viewed the audit trail (actor " + READER + ")");
        assertThat(verification.isIntact()).isTrue();
        assertThat(trail.verifyChain().isIntact()).isTrue();
    }
}
