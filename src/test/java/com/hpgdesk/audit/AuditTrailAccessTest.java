package com.hpgdesk.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;

class AuditTrailAccessTest extends AuditTrailIntegrationTest {

    @Test
    @WithMockUser(username = "mhale", roles = "CLINICIAN")
    void aClinicianCanNeitherReadNorVerifyTheTrail() {
        assertThatThrownBy(() -> trail.verifyChain()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> trail.list(PageRequest.of(0, 10), AuditFilter.ALL))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> trail.count(AuditFilter.ALL)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithMockUser(username = "alead", roles = "ADMIN")
    void aPracticeLeadCanReadAndVerifyTheTrail() {
        assertThat(trail.count(AuditFilter.ALL)).isZero();
        assertThat(trail.list(PageRequest.of(0, 10), AuditFilter.ALL)).isEmpty();
        assertThat(trail.verifyChain().isIntact()).isTrue();
    }

    @Test
    @WithAnonymousUser
    void anAnonymousVisitorCannotRecord() {
        assertThatThrownBy(() -> trail.record(AuditAction.READ, 1L, "patient", "opened"))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(storedRecords()).isZero();
    }
}
