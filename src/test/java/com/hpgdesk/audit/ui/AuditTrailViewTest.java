package com.hpgdesk.audit.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.hpgdesk.audit.AuditAction;
import com.hpgdesk.audit.AuditTrail;
import com.hpgdesk.security.SystemActor;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

@com.hpgdesk.DeskSpringTest
// A real account: the layout greets the signed-in user by the name stored with the account.
@WithUserDetails(value = "admin", setupBefore = TestExecutionEvent.TEST_EXECUTION)
class AuditTrailViewTest extends SpringBrowserlessTest {

    @Autowired
    AuditTrail trail;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void threeReads() {
        jdbc.update("delete from audit_record");
        jdbc.update("update audit_chain_head set last_sequence = 0, last_hash = ?", "0".repeat(64));
        SystemActor.run(() -> {
            trail.record(AuditAction.READ, 1L, "patient", "opened <b>summary</b>");
            trail.record(AuditAction.READ, 2L, "patient", "opened");
            trail.record(AuditAction.READ, 1L, "lab report 3", "opened");
        });
    }

    @Test
    @SuppressWarnings("unchecked")
    void showsTheNewestRecordsFirstAndFiltersByPatient() {
        navigate(AuditTrailView.class);
        Grid<Object> grid = $(Grid.class).single();

        assertThat(grid.getAriaLabel()).contains("Audit trail");
        // The three reads, and this viewing of the trail, recorded once the listing was read.
        assertThat(test(grid).size()).isEqualTo(4);
        assertThat(test(grid).getCellText(test(grid).size() - 1, 6)).isEqualTo("opened <b>summary</b>");

        test($(TextField.class).withLabel("Patient id").single()).setValue("1");

        assertThat(test(grid).size()).isEqualTo(2);
    }

    @Test
    void verifyingSaysInPlainWordsThatTheTrailIsIntact() {
        navigate(AuditTrailView.class);

        test($(Button.class).withText("Verify chain").single()).click();

        assertThat($(Paragraph.class).withTextContaining("intact").single().getText())
                .isEqualTo("The audit trail is intact: all 4 records were checked and none was altered or removed.");
    }
}
