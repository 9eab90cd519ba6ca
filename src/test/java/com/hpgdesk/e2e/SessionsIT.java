package com.hpgdesk.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.vaadin.flow.server.VaadinServlet;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.ServletRegistrationBean;

class SessionsIT extends BrowserTestBase {

    @Autowired
    List<ServletRegistrationBean<?>> servlets;

    @Value("${server.servlet.session.timeout}")
    Duration sessionTimeout;

    @Test
    void anIdleSessionEndsEvenWithItsTabOpenAfterTheConfiguredTime() {
        open("login");
        var vaadin = servlets.stream().map(ServletRegistrationBean::getServlet)
                .filter(VaadinServlet.class::isInstance).map(VaadinServlet.class::cast).findFirst().orElseThrow();
        var configuration = vaadin.getService().getDeploymentConfiguration();

        // With this on, Vaadin's heartbeat no longer counts as activity: only user actions keep a session.
        assertThat(configuration.isCloseIdleSessions()).isTrue();
        assertThat(sessionTimeout).isEqualTo(Duration.ofMinutes(30));
        assertThat(Duration.ofSeconds(configuration.getHeartbeatInterval())).isLessThan(sessionTimeout);
    }

    @Test
    void aPracticeLeadEndsASessionAndItsUserLandsOnTheSignInPageWithANotice() {
        signIn("mhale", DEMO_PASSWORD);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Overview").setLevel(1)))
                .isVisible();

        try (var leadContext = browser.newContext(new Browser.NewContextOptions().setViewportSize(1400, 900))) {
            var lead = leadContext.newPage();
            var clinician = page;
            page = lead;
            signIn("admin", DEMO_PASSWORD);
            lead.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Signed in now")).click();
            waitForVaadin();
            assertThat(lead.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Signed in now")))
                    .isVisible();
            assertAccessible("The signed-in-now page");
            // The clinician's session from this test is the most recently active of hers.
            lead.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("End session of Dr Maya Hale"))
                    .first().click();
            assertThat(lead.getByText("Ended a session of Dr Maya Hale")).isVisible();
            page = clinician;
        }

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Patients")).click();
        page.waitForURL(url("login?ended"));
        waitForVaadin();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("You were signed out");
        assertAccessible("The sign-in page after a session ended");
        open("");
        assertThat(page).hasURL(url("login"));
    }
}
