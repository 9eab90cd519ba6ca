package com.hpgdesk.review.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.hpgdesk.DeskSpringTest;
import com.hpgdesk.handout.HandoutBatchService;
import com.hpgdesk.handout.ui.HandoutBatchNoticeProbe;
import com.hpgdesk.review.ReviewColumn;
import com.hpgdesk.review.ReviewFilter;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

@DeskSpringTest
@WithUserDetails(value = "mhale", setupBefore = TestExecutionEvent.TEST_EXECUTION)
class PracticeReviewBatchHandoutsTest extends SpringBrowserlessTest {

    private PracticeReviewView open() {
        UI.getCurrent().navigate("review",
                new QueryParameters(ReviewFilter.ALL.sortedBy(ReviewColumn.RECORD_NUMBER, false).toParameters()));
        return (PracticeReviewView) getCurrentView();
    }

    @Test
    void twoTickedPatientsBecomeAZipWhoseNoticeOutlivesTheViewAndOffersTheDownload() throws Exception {
        var view = open();
        view.grid.select(test(view.grid).getRow(0));
        view.grid.select(test(view.grid).getRow(1));

        var dialog = view.openBatchHandouts();
        var probe = new HandoutBatchNoticeProbe(dialog);
        assertThat(probe.scopeLabels()).containsExactly("Selected (2)",
                "All filtered (" + $(Span.class).id("review-total").getText() + ")");
        assertThat(probe.chosenScopeIsSelected()).isTrue();
        probe.chooseZipAndStart();

        assertThat(dialog.isOpened()).isFalse();
        // The clinician goes elsewhere; the batch and its notice go on.
        navigate("patients", com.vaadin.flow.component.Component.class);
        var finished = probe.finished().get(3, TimeUnit.MINUTES);
        // Steps the batch's thread handed to this tab are run as the next round trip would run them.
        VaadinSession.getCurrent().getService().runPendingAccessTasks(VaadinSession.getCurrent());

        assertThat(finished.state()).isEqualTo(HandoutBatchService.State.READY);
        assertThat($(Notification.class).id("handout-batch").isOpened()).isTrue();
        assertThat($(Span.class).id("handout-batch-status").getText()).isEqualTo("Handouts ready: 2 of 2 as a ZIP.");
        var download = $(Anchor.class).id("handout-batch-download");
        assertThat(download.isVisible()).isTrue();
        assertThat(download.getText()).isEqualTo("Download ZIP");
        assertThat(download.getHref()).isNotBlank();
    }

    @Test
    void aReadyBatchsNoticeComesBackAfterAReloadUntilTheClinicianClosesIt() throws Exception {
        var view = open();
        view.grid.select(test(view.grid).getRow(0));
        var probe = new HandoutBatchNoticeProbe(view.openBatchHandouts());
        probe.chooseZipAndStart();
        var finished = probe.finished().get(3, TimeUnit.MINUTES);
        probe.loseNotice();

        var reopened = HandoutBatchNoticeProbe.reopen(context);

        var shown = reopened.stream().filter(notice -> notice.status().startsWith("Handouts ready: 1 of 1")).toList();
        assertThat(finished.state()).isEqualTo(HandoutBatchService.State.READY);
        assertThat(shown).hasSize(1);
        assertThat(shown.getFirst().isOpened()).isTrue();
        assertThat(shown.getFirst().offersDownload()).isTrue();

        shown.getFirst().close();

        assertThat(shown.getFirst().isOpened()).isFalse();
        assertThat(HandoutBatchNoticeProbe.reopen(context))
                .noneMatch(notice -> notice.status().startsWith("Handouts ready: 1 of 1"));
    }

    @Test
    void aReviewerHasNoBatchNoticesToReopen() {
        var reviewer = org.springframework.security.core.context.SecurityContextHolder.createEmptyContext();
        reviewer.setAuthentication(org.springframework.security.authentication.UsernamePasswordAuthenticationToken
                .authenticated("rlee", null, java.util.List.of(
                        new org.springframework.security.core.authority.SimpleGrantedAuthority("ROLE_REVIEWER"))));
        var mine = org.springframework.security.core.context.SecurityContextHolder.getContext();
        org.springframework.security.core.context.SecurityContextHolder.setContext(reviewer);
        try {
            assertThat(HandoutBatchNoticeProbe.reopen(context)).isEmpty();
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.setContext(mine);
        }
    }

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.context.ApplicationContext context;

    @Test
    void withNothingTickedTheDialogOffersAllFiltered() {
        var view = open();
        var probe = new HandoutBatchNoticeProbe(view.openBatchHandouts());
        assertThat(probe.chosenScopeIsSelected()).isFalse();
        assertThat(probe.scopeLabels()).contains("Selected (0)");
    }
}
