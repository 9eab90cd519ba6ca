package com.hpgdesk.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.Page;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

class SignInIT extends BrowserTestBase {

    @Test
    void aClinicianSignsInThroughTheFormAndSeesTheShell() {
        open("");
        assertThat(page).hasURL(url("login"));
        assertAccessible("The sign-in page");

        signIn("mhale", DEMO_PASSWORD);

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Overview").setLevel(1)))
                .isVisible();
        assertThat(page.getByText("Dr Maya Hale").first()).isVisible();
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Accounts"))).hasCount(0);
        assertThat(page).hasTitle("Overview | HPG Recovery Desk");
        assertAccessible("The overview page");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();
        page.waitForURL(url("login"));
        open("");
        assertThat(page).hasURL(url("login"));
    }

    @Test
    void aWrongPasswordGetsTheSameMessageAsAnUnknownUser() {
        signIn("mhale", "not-the-password");
        var refusal = page.getByText("Sign-in failed");
        assertThat(refusal).isVisible();
        String wrongPassword = refusal.locator("xpath=..").innerText();
        assertAccessible("The sign-in page showing a refusal");

        signIn("nobody-by-this-name", "not-the-password");
        assertThat(refusal).isVisible();
        String unknownUser = refusal.locator("xpath=..").innerText();

        assertThat(wrongPassword).contains("not correct");
        assertThat(unknownUser).isEqualTo(wrongPassword);
    }

    @Test
    void aPracticeLeadManagesAccounts() {
        signIn("admin", DEMO_PASSWORD);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Accounts")).click();
        waitForVaadin();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Accounts").setLevel(1)))
                .isVisible();
        assertThat(page.getByText("Dr James Okafor").first()).isVisible();
        assertAccessible("The accounts page");
    }

    @Test
    void anUnknownAddressShowsTheNotFoundPage() {
        signIn("mhale", DEMO_PASSWORD);
        open("no-such-page");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Page not found")))
                .isVisible();
        assertThat(page.content()).doesNotContain("Exception");
        assertAccessible("The not-found page");
    }

    @Test
    void theHealthProbeAnswersWithoutSignInAndRevealsNothingElse() throws Exception {
        var http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        var health = http.send(HttpRequest.newBuilder(URI.create(url("actuator/health"))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).isEqualTo("{\"status\":\"UP\"}");

        for (String hidden : new String[] {"actuator/env", "actuator/beans", "actuator/info", "actuator"}) {
            var response = http.send(HttpRequest.newBuilder(URI.create(url(hidden))).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(hidden).isNotEqualTo(200);
        }
    }
}
