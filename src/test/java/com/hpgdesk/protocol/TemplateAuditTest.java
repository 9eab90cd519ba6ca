package com.hpgdesk.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import com.hpgdesk.DeskSpringTest;
import com.hpgdesk.audit.AuditAction;
import com.hpgdesk.audit.AuditFilter;
import com.hpgdesk.audit.AuditRecord;
import com.hpgdesk.audit.AuditTrail;
import com.hpgdesk.security.SystemActor;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

/** Issue 11: what every new protocol starts from is changed on the record. */
@DeskSpringTest
class TemplateAuditTest {

    private static final String LEAD = "lead-of-template-audit";

    @Autowired
    RestartProtocolService protocols;

    @Autowired
    AuditTrail audit;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    @WithMockUser(username = LEAD, roles = "ADMIN")
    void creatingAndEditingATemplateAreRecordedInTheirTransaction() {
        String name = "Audited template " + UUID.randomUUID().toString().substring(0, 6);
        var template = protocols.createTemplate(new TemplateDetails(name, ProtocolKind.MEDICATED, ""));
        try {
            protocols.updateTemplate(template.getId(), template.getVersion(),
                    new TemplateDetails(name, ProtocolKind.MEDICATED, "Now with a description"));
        } finally {
            // Other tests of the shared context expect exactly the seeded templates; the app deletes none.
            jdbc.update("delete from protocol_template where id = ?", template.getId());
        }

        var trail = SystemActor.call(() -> audit.list(PageRequest.of(0, 20, Sort.by("sequence")),
                AuditFilter.ALL.withActor(LEAD)));
        assertThat(trail).extracting(AuditRecord::getSubject).containsOnly("protocol template " + template.getId());
        assertThat(trail).extracting(AuditRecord::getAction).containsExactly(AuditAction.CREATE, AuditAction.UPDATE);
        assertThat(trail).extracting(AuditRecord::getDetail).containsExactly("Created the template '" + name + "'",
                "Changed the template's details of the template '" + name + "'");
    }
}
