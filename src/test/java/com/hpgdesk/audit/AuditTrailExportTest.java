package com.hpgdesk.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

/** Issue 11: the trail filtered by action and time, and exported as CSV by those who may see it, audited. */
class AuditTrailExportTest extends AuditTrailIntegrationTest {

    @BeforeEach
    void aChangeAReadAndAFormula() {
        recordChange(AuditAction.UPDATE, 41L, "patient", "=HYPERLINK(\"http://evil.example\",\"click\")");
        recordChange(AuditAction.DELETE, 41L, "androgen course 3", "Deleted a course");
        recordChange(AuditAction.UPDATE, 42L, "patient", "Changed \"Zoë\", Ødegård; 名前");
    }

    @Test
    @WithMockUser(username = "alead", roles = "ADMIN")
    void filtersByActionAndTimeBesideUserAndPatient() {
        Instant now = Instant.now();

        assertThat(trail.count(AuditFilter.ALL.withAction(AuditAction.UPDATE))).isEqualTo(2);
        assertThat(trail.count(AuditFilter.ALL.withAction(AuditAction.UPDATE).withPatientId(41L))).isEqualTo(1);
        assertThat(trail.count(AuditFilter.ALL.withAction(AuditAction.EXPORT))).isZero();
        assertThat(trail.count(AuditFilter.ALL.between(now.minus(Duration.ofHours(1)), now.plus(Duration.ofHours(1)))))
                .isEqualTo(3);
        assertThat(trail.count(AuditFilter.ALL.between(now.plus(Duration.ofHours(1)), null))).isZero();
        assertThat(trail.count(AuditFilter.ALL.between(null, now.minus(Duration.ofHours(1))))).isZero();
        assertThat(trail.list(PageRequest.of(0, 10), AuditFilter.ALL.withAction(AuditAction.DELETE)))
                .extracting(AuditRecord::getSubject).containsExactly("androgen course 3");
    }

    @Test
    @WithMockUser(username = "alead", roles = "ADMIN")
    void exportsTheFilteredTrailAsFormulaSafeCsvAndRecordsWhoWhichFilterAndHowMany() {
        var out = new ByteArrayOutputStream();

        long written = trail.exportCsv(AuditFilter.ALL.withAction(AuditAction.UPDATE), out);

        assertThat(written).isEqualTo(2);
        String csv = out.toString(StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFF\"No.\",\"Time (UTC)\",\"User\",\"Action\"");
        List<String> lines = csv.lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(1)).startsWith("\"1\",").contains("\"alead\",\"Changed\"")
                .contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\"")
                .doesNotContain(",\"=HYPERLINK");
        assertThat(lines.get(2)).startsWith("\"3\",").contains("\"Changed \"\"Zoë\"\", Ødegård; 名前\"");
        assertThat(csv).doesNotContain("androgen course 3");

        var export = trail.list(PageRequest.of(0, 1), AuditFilter.ALL.withAction(AuditAction.EXPORT)).getFirst();
        assertThat(export.getActor()).isEqualTo("alead");
        assertThat(export.getDetail()).isEqualTo("Exported the audit trail as CSV (action Changed): 2 records");
        assertThat(trail.verifyChain().isIntact()).isTrue();
    }

    @Test
    @WithMockUser(username = "mhale", roles = "CLINICIAN")
    void aClinicianCannotExportTheTrail() {
        assertThatThrownBy(() -> trail.exportCsv(AuditFilter.ALL, new ByteArrayOutputStream()))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(storedRecords()).isEqualTo(3);
    }

    @Test
    @WithMockUser(username = "rlee", roles = "REVIEWER")
    void aReviewerCannotExportTheTrail() {
        assertThatThrownBy(() -> trail.exportCsv(AuditFilter.ALL, new ByteArrayOutputStream()))
                .isInstanceOf(AccessDeniedException.class);
    }
}
