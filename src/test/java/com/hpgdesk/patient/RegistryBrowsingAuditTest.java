package com.hpgdesk.patient;

import static org.assertj.core.api.Assertions.assertThat;

import com.hpgdesk.DeskSpringTest;
import com.hpgdesk.audit.AuditAction;
import com.hpgdesk.audit.AuditFilter;
import com.hpgdesk.audit.AuditRecord;
import com.hpgdesk.audit.AuditTrail;
import com.hpgdesk.security.SystemActor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithMockUser;

/** Issue 11: scrolling the registry without a search shows names and birth dates, so it is recorded too. */
@DeskSpringTest
class RegistryBrowsingAuditTest {

    private static final String CLINICIAN = "browser-of-the-registry";

    @Autowired
    PatientService patients;

    @Autowired
    AuditTrail audit;

    @Test
    @WithMockUser(username = CLINICIAN, roles = "CLINICIAN")
    void browsingTheRegistryIsRecordedOncePerListing() {
        var shown = patients.search(PatientQuery.ALL, PageRequest.of(0, 3));
        patients.search(PatientQuery.ALL, PageRequest.of(1, 3));

        var trail = SystemActor.call(() -> audit.list(PageRequest.of(0, 10), AuditFilter.ALL.withActor(CLINICIAN)));
        assertThat(trail).singleElement().satisfies(record -> {
            assertThat(record.getAction()).isEqualTo(AuditAction.READ);
            assertThat(record.getSubject()).isEqualTo("patient search");
            assertThat(record.getDetail()).isEqualTo("Browsed the registry (" + shown.size() + "+ shown)");
        });
    }
}
