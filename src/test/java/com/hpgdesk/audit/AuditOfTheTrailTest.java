package com.hpgdesk.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithMockUser;

/** Issue 11: showing the trail and verifying it are themselves recorded, once each, after the reading. */
class AuditOfTheTrailTest extends AuditTrailIntegrationTest {

    private static final String READER = "reader-of-the-trail";

    @Test
    @WithMockUser(username = READER, roles = "ADMIN")
    void showingAndVerifyingTheTrailAreRecordedOnceEachAsReadsOfIt() {
        var mine = AuditFilter.ALL.withActor(READER);
        trail.recordViewing(mine);
        var verification = trail.verifyChain();
        // Fetching pages, as a lazy grid does for every page and refresh, adds nothing.
        for (int page = 0; page < 3; page++) {
            trail.list(PageRequest.of(page, 10), mine);
            trail.count(mine);
        }

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
