package com.hpgdesk.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.hpgdesk.DeskSpringTest;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import java.util.Map;
import com.vaadin.flow.component.sidenav.SideNavItem;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

@DeskSpringTest
class SessionEndedNoticeTest extends SpringBrowserlessTest {

    @Test
    void aTabWhoseSessionEndedGoesStraightToSignInWhichSaysWhy() {
        var messages = SessionEndedRedirect.messages("");
        assertThat(messages.getSessionExpiredURL()).isEqualTo("/login?ended");
        assertThat(messages.isSessionExpiredNotificationEnabled()).isFalse();
        assertThat(SessionEndedRedirect.messages("/desk").getSessionExpiredURL()).isEqualTo("/desk/login?ended");

        UI.getCurrent().navigate("login", QueryParameters.simple(Map.of(LoginView.SESSION_ENDED, "")));
        var afterEnd = (LoginView) getCurrentView();
        assertThat(afterEnd.sessionEnded.isVisible()).isTrue();
        assertThat(afterEnd.sessionEnded.getText()).startsWith("You were signed out");

        var plain = navigate("login", LoginView.class);
        assertThat(plain.sessionEnded.isVisible()).isFalse();
    }

    @Test
    @WithUserDetails(value = "admin", setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void aPracticeLeadFindsSignedInNowInTheNavigation() {
        navigate("", Component.class);
        assertThat($(SideNavItem.class).all()).extracting(SideNavItem::getLabel).contains("Signed in now");
        navigate("signed-in", Component.class);
        assertThat(getCurrentView()).isInstanceOf(SignedInNowView.class);
    }

    @Test
    @WithUserDetails(value = "mhale", setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void aClinicianNeitherSeesNorOpensIt() {
        navigate("", Component.class);
        assertThat($(SideNavItem.class).all()).extracting(SideNavItem::getLabel).doesNotContain("Signed in now");
        navigate("signed-in", Component.class);
        assertThat(getCurrentView()).isNotInstanceOf(SignedInNowView.class);
    }
}
