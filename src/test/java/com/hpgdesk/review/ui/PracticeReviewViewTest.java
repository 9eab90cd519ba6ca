package com.hpgdesk.review.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.hpgdesk.DeskSpringTest;
import com.hpgdesk.assessment.AssessmentService;
import com.hpgdesk.assessment.engine.RecoveryStatus;
import com.hpgdesk.lab.results.LabService;
import com.hpgdesk.lifestyle.LifestyleService;
import com.hpgdesk.patient.PatientService;
import com.hpgdesk.patient.ui.PatientView;
import com.hpgdesk.protocol.Drug;
import com.hpgdesk.protocol.RestartProtocolService;
import com.hpgdesk.review.ReviewColumn;
import com.hpgdesk.review.ReviewFilter;
import com.hpgdesk.review.ReviewFlag;
import com.hpgdesk.review.ReviewTestPractice;
import com.hpgdesk.security.AccountService;
import com.hpgdesk.security.ui.LoginView;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

@DeskSpringTest
class PracticeReviewViewTest extends SpringBrowserlessTest {

    static ReviewTestPractice practice;

    @Autowired
    PatientService patients;
    @Autowired
    AccountService accounts;
    @Autowired
    LabService labs;
    @Autowired
    LifestyleService lifestyle;
    @Autowired
    RestartProtocolService protocols;
    @Autowired
    AssessmentService assessments;

    private PracticeReviewView open(Map<String, List<String>> parameters) {
        UI.getCurrent().navigate("review", new QueryParameters(parameters));
        return (PracticeReviewView) getCurrentView();
    }

    private Map<String, List<String>> addressParameters() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getQueryParameters().getParameters();
    }

    private void seed() {
        if (practice == null) {
            practice = ReviewTestPractice.seed(patients, accounts, labs, lifestyle, protocols, assessments);
        }
    }

    @Test
    @WithUserDetails(value = "mhale", setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void theAddressSetsEveryFilterAndTheOrder() {
        var wanted = new ReviewFilter(true, null, RecoveryStatus.DELAYED, ReviewFlag.LABS_OVERDUE, Drug.HCG, 3, 12,
                "Ødegård", ReviewColumn.TOTAL_TESTOSTERONE, true);
        var view = open(wanted.toParameters());

        assertThat(view.filter()).isEqualTo(wanted);
        assertThat(view.filterOfFields()).isEqualTo(wanted);
        assertThat(view.search.getValue()).isEqualTo("Ødegård");
        assertThat(view.mine.getValue()).isTrue();
        assertThat(view.status.getValue()).isEqualTo(RecoveryStatus.DELAYED);
        assertThat(view.flag.getValue()).isEqualTo(ReviewFlag.LABS_OVERDUE);
        assertThat(view.drug.getValue()).isEqualTo(Drug.HCG);
        assertThat(view.fromMonths.getValue()).isEqualTo(3);
        assertThat(view.toMonths.getValue()).isEqualTo(12);
        assertThat(view.grid.getSortOrder()).singleElement()
                .satisfies(order -> assertThat(order.getSorted().getKey()).isEqualTo("tt"));
    }

    @Test
    @WithUserDetails(value = "mhale", setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void changingAFilterPutsItInTheAddressAndTheAddressBringsItBack() {
        var view = open(Map.of());
        assertThat(addressParameters()).isEmpty();

        test(view.flag).selectItem(ReviewFlag.HEMATOCRIT_HIGH.label());
        test(view.fromMonths).setValue(2);
        assertThat(addressParameters()).containsEntry("flag", List.of("hematocrit")).containsEntry("from", List.of("2"));
        var shared = addressParameters();

        navigate("", Component.class);
        var reopened = open(shared);
        assertThat(reopened.flag.getValue()).isEqualTo(ReviewFlag.HEMATOCRIT_HIGH);
        assertThat(reopened.fromMonths.getValue()).isEqualTo(2);
        assertThat(reopened.filter()).isEqualTo(ReviewFilter.ALL.withFlag(ReviewFlag.HEMATOCRIT_HIGH).withMonths(2, null));
    }

    @Test
    void nonsenseInTheAddressIsIgnoredRatherThanRefused() {
        var filter = ReviewFilter.fromParameters(Map.of("status", List.of("sleepy"), "from", List.of("-4"),
                "to", List.of("many"), "sort", List.of("-nothing"), "flag", List.of("overdue"),
                "clinician", List.of("x")));
        assertThat(filter).isEqualTo(ReviewFilter.ALL.withFlag(ReviewFlag.LABS_OVERDUE));
        assertThat(ReviewFilter.fromParameters(ReviewFilter.ALL.toParameters())).isEqualTo(ReviewFilter.ALL);
    }

    @Test
    @WithUserDetails(value = "mhale", setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void showsTheFilteredPatientsAndCountersAndOpensAPatientFromARow() {
        seed();
        var view = open(ReviewFilter.ALL.withText(practice.familyName).sortedBy(ReviewColumn.NAME, false)
                .toParameters());
        assertThat(test(view.grid).size()).isEqualTo(6);
        assertThat($(Span.class).id("review-total").getText()).isEqualTo("6");
        assertThat($(Span.class).id("review-active").getText()).isEqualTo("2");
        assertThat($(Span.class).id("review-overdue").getText()).isEqualTo("1");
        int overdueRow = 4;
        assertThat(test(view.grid).getRow(overdueRow).givenName()).isEqualTo("Overdue");
        assertThat(test(view.grid).getCellText(overdueRow, test(view.grid).getColumnPosition("flags")))
                .contains("Labs overdue");

        test(view.grid).clickRow(overdueRow);
        assertThat(getCurrentView()).isInstanceOf(PatientView.class);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("patient/" + practice.id("Overdue"));
    }

    @Test
    @WithUserDetails(value = "admin", setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void aPracticeLeadSeesTheReviewInTheMenu() {
        navigate("review", Component.class);
        assertThat(getCurrentView()).isInstanceOf(PracticeReviewView.class);
        assertThat($(com.vaadin.flow.component.sidenav.SideNavItem.class).all())
                .anyMatch(item -> "Practice review".equals(item.getLabel()));
    }

    @Test
    void someoneNotSignedInIsSentToSignIn() {
        navigate("review", Component.class);
        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
    }
}
