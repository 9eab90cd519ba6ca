package com.hpgdesk.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.hpgdesk.DeskSpringTest;
import com.hpgdesk.security.ui.LoginView;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.sidenav.SideNavItem;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

@DeskSpringTest
class NavigationAccessTest extends SpringBrowserlessTest {

    private String currentPath() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPath();
    }

    private java.util.List<String> navigationLabels() {
        return $(SideNavItem.class).all().stream().map(SideNavItem::getLabel).toList();
    }

    @Test
    void anAnonymousVisitorIsSentToSignIn() {
        navigate("", LoginView.class);
        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
        assertThat(currentPath()).isEqualTo("login");
    }

    @Test
    @WithUserDetails(value = "mhale", setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void aClinicianSeesTheShellWithTheirNameAndNoAdminEntries() {
        navigate("", com.vaadin.flow.component.Component.class);
        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("HomeView");
        assertThat($(H1.class).first().getText()).isEqualTo("Overview");
        assertThat(navigationLabels()).contains("Overview").doesNotContain("Accounts");
        assertThat($(com.vaadin.flow.component.html.Span.class).withText("Dr Maya Hale").exists()).isTrue();
    }

    @Test
    @WithUserDetails(value = "mhale", setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void aClinicianCannotOpenAnAdminViewByItsAddress() {
        navigate("accounts", com.vaadin.flow.component.Component.class);
        assertThat(getCurrentView().getClass().getSimpleName()).isNotEqualTo("AccountsView");
    }

    @Test
    @WithUserDetails(value = "admin", setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void aPracticeLeadSeesAccountManagement() {
        navigate("", com.vaadin.flow.component.Component.class);
        assertThat(navigationLabels()).contains("Overview", "Accounts");
        navigate("accounts", com.vaadin.flow.component.Component.class);
        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("AccountsView");
    }

    @Test
    @WithUserDetails(value = "mhale", setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void anUnknownAddressShowsTheAppsOwnNotFoundPage() {
        navigate("no/such/page", com.vaadin.flow.component.Component.class);
        assertThat($(H1.class).withText("Page not found").exists()).isTrue();
    }
}
