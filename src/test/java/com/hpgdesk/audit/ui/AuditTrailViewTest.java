package com.hpgdesk.audit.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.hpgdesk.audit.AuditAction;
import com.hpgdesk.audit.AuditFilter;
import com.hpgdesk.audit.AuditTrail;
import com.hpgdesk.audit.EmptyTrail;
import com.hpgdesk.audit.PatientNames;
import com.hpgdesk.patient.PatientDetails;
import com.hpgdesk.patient.PatientService;
import com.hpgdesk.security.AccountService;
import com.hpgdesk.security.SystemActor;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

@com.hpgdesk.DeskSpringTest
// A real account: the layout greets the signed-in user by the name stored with the account.
@WithUserDetails(value = "admin", setupBefore = TestExecutionEvent.TEST_EXECUTION)
class AuditTrailViewTest extends SpringBrowserlessTest {

    @Autowired
    AuditTrail trail;
    @Autowired
    PatientNames patientNames;
    @Autowired
    PatientService patients;
    @Autowired
    AccountService accounts;
    @Autowired
    ApplicationContext context;

    String suffix;
    String lukaszRecord;
    String dmitryRecord;
    long lukasz;
    long dmitry;

    @BeforeEach
    void threeReadsOfTwoPatients() {
        suffix = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        lukaszRecord = "AUD-L-" + suffix;
        dmitryRecord = "AUD-D-" + suffix;
        lukasz = register(lukaszRecord, "Łukasz", "Wróblewski-" + suffix);
        dmitry = register(dmitryRecord, "Дмитрий", "Соколов" + suffix);
        EmptyTrail.startFrom(context);
        SystemActor.run(() -> {
            trail.record(AuditAction.READ, lukasz, "patient", "opened <b>summary</b> " + "and more ".repeat(50));
            trail.record(AuditAction.READ, dmitry, "patient", "opened");
            trail.record(AuditAction.READ, lukasz, "lab report 3", "opened");
        });
    }

    private long register(String record, String given, String family) {
        return SystemActor.call(() -> {
            long clinician = accounts.listActiveClinicians().getFirst().getId();
            return patients.register(new PatientDetails(record, given, family, LocalDate.of(1980, 3, 14), null, null,
                    null, clinician, null, null, null)).id();
        });
    }

    private AuditTrailView view() {
        return navigate(AuditTrailView.class);
    }

    @Test
    void showsTheNewestRecordsFirstWithThePatientsNameAndRecordNumber() {
        var view = view();

        assertThat(view.grid.getAriaLabel()).hasValueSatisfying(label -> assertThat(label).startsWith("Audit trail"));
        // The three reads, and this opening of the trail, recorded when the view opened.
        assertThat(test(view.grid).size()).isEqualTo(4);
        assertThat(test(view.grid).getCellText(0, 0)).isEqualTo("4");
        assertThat(test(view.grid).getCellText(0, 2)).isEqualTo("admin");
        assertThat(test(view.grid).getCellText(0, 6)).isEqualTo("audit trail");
        assertThat(test(view.grid).getCellText(0, 7)).isEqualTo("Viewed the audit trail");
        assertThat(test(view.grid).getCellText(1, 0)).isEqualTo("3");
        assertThat(test(view.grid).getCellText(2, 4)).startsWith("Дмитрий Соколов");
        assertThat(test(view.grid).getCellText(2, 5)).isEqualTo(dmitryRecord);
        assertThat(test(view.grid).getCellText(3, 4)).startsWith("Łukasz Wróblewski");
        assertThat(test(view.grid).getCellText(3, 7)).startsWith("opened <b>summary</b>");
    }

    @Test
    void fetchingPagesAndNamingTheirPatientsIsNoFurtherViewing() {
        var view = view();

        // The browserless grid fetches for every cell read; a browser fetches per page and on every refresh.
        for (int round = 0; round < 3; round++) {
            for (int row = 0; row < test(view.grid).size(); row++) {
                for (int column = 0; column < 8; column++) {
                    test(view.grid).getCellText(row, column);
                }
            }
            view.grid.getDataProvider().refreshAll();
        }

        assertThat(trail.count(AuditFilter.ALL)).isEqualTo(4);
        assertThat(test(view.grid).size()).isEqualTo(4);
    }

    @Test
    void filtersByNameInAnyScriptIgnoringAccents() {
        var view = view();

        test(view.patient).setValue("łukasz wroblewski-" + suffix.toLowerCase());

        assertThat(test(view.grid).size()).isEqualTo(2);
        assertThat(test(view.grid).getCellText(0, 5)).isEqualTo(lukaszRecord);
        assertThat(test(view.grid).getCellText(1, 5)).isEqualTo(lukaszRecord);
        assertThat(view.patient.getHelperText()).isEqualTo("1 patient matches");

        test(view.patient).setValue("Дмитрий");
        assertThat(test(view.grid).size()).isGreaterThanOrEqualTo(1);
        for (int row = 0; row < test(view.grid).size(); row++) {
            assertThat(test(view.grid).getCellText(row, 4)).startsWith("Дмитрий");
        }
    }

    @Test
    void filtersByRecordNumberWhateverItsCase() {
        var view = view();

        test(view.patient).setValue(dmitryRecord.toLowerCase());

        assertThat(test(view.grid).size()).isEqualTo(1);
        assertThat(test(view.grid).getCellText(0, 4)).startsWith("Дмитрий Соколов");

        test(view.patient).setValue("NO-SUCH-PATIENT-" + dmitryRecord);
        assertThat(test(view.grid).size()).isZero();
        assertThat(view.patient.getHelperText()).isEqualTo("No patient matches");

        test(view.patient).clear();
        // The opening, each search and each filter shown were recorded once, about no single patient.
        assertThat(test(view.grid).size()).isEqualTo(3 + 6);
        assertThat(trail.list(PageRequest.of(0, 6), AuditFilter.ALL)).allSatisfy(record -> {
            assertThat(record.getSubject()).isEqualTo("audit trail");
            assertThat(record.getPatientId()).isNull();
        }).extracting(record -> record.getDetail()).containsExactly(
                "Viewed the audit trail",
                "Viewed the audit trail (0 patients found by name or record number)",
                "Looked up patients by name or record number (0 found)",
                "Viewed the audit trail (1 patient found by name or record number)",
                "Looked up patients by name or record number (1 found)",
                "Viewed the audit trail");
    }

    @Test
    void aSelectedRecordIsShownInFullAsText() {
        var view = view();
        assertThat(view.details.getElement().getText()).isEmpty();
        assertThat($(Paragraph.class, view.details).single().getText()).isEqualTo("Select a record to read it in full.");

        test(view.grid).select(3);

        String shown = view.details.getElement().getTextRecursively();
        assertThat(shown).contains("Record 1").contains("Łukasz Wróblewski").contains(lukaszRecord)
                .contains("internal id " + lukasz)
                .contains("opened <b>summary</b> " + "and more ".repeat(49) + "and more");
    }

    @Test
    void onlyPracticeLeadsMayLookUpPatientsForTheTrail() {
        var clinician = org.springframework.security.core.userdetails.User.withUsername("mhale").password("x")
                .roles("CLINICIAN").build();
        var context = org.springframework.security.core.context.SecurityContextHolder.getContext();
        var admin = context.getAuthentication();
        context.setAuthentication(new org.springframework.security.authentication.UsernamePasswordAuthenticationToken(
                clinician, null, clinician.getAuthorities()));
        try {
            assertThatThrownBy(() -> patientNames.named(java.util.List.of(lukasz)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> patientNames.matching("Łukasz", 10)).isInstanceOf(AccessDeniedException.class);
        } finally {
            context.setAuthentication(admin);
        }
    }

    @Test
    void verifyingSaysInPlainWordsThatTheTrailIsIntact() {
        view();

        test($(Button.class).withText("Verify chain").single()).click();

        assertThat($(Paragraph.class).withTextContaining("intact").single().getText())
                .isEqualTo("The audit trail is intact: all 4 records were checked and none was altered or removed.");
    }

    @Test
    void filtersByActionAndDayAndEachFilterShownIsRecordedOnce() {
        var view = view();

        test(view.action).selectItem("Viewed");
        assertThat(test(view.grid).size()).isEqualTo(5);
        test(view.action).selectItem("Deleted");
        assertThat(test(view.grid).size()).isZero();
        test(view.action).selectItem("Viewed");
        view.from.setValue(LocalDate.now(java.time.ZoneOffset.UTC).plusDays(1));
        assertThat(test(view.grid).size()).isZero();
        view.from.setValue(LocalDate.now(java.time.ZoneOffset.UTC));
        view.until.setValue(LocalDate.now(java.time.ZoneOffset.UTC));
        assertThat(test(view.grid).size()).isGreaterThanOrEqualTo(5);
        assertThat(view.filter().action()).isEqualTo(AuditAction.READ);
        assertThat(trail.count(AuditFilter.ALL.withActor("admin").withAction(AuditAction.READ))).isGreaterThan(5);
        assertThat(view.export.getElement().getAttribute("download")).isNotNull();
    }
}
