package com.hpgdesk.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class PracticeReviewIT extends BrowserTestBase {

    @Test
    void aClinicianFiltersTheReviewKeepsTheFilterOverAReloadAndOpensAPatient() {
        signIn("mhale", DEMO_PASSWORD);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Practice review")).click();
        waitForVaadin();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Practice review")
                .setLevel(1))).isVisible();
        assertThat(page.locator("#review-total")).hasText(Pattern.compile("[1-9]\\d*"));
        assertAccessible("The practice review");

        // The first demo patient, by record number: exactly one row, and the address says so.
        var search = page.getByLabel("Search");
        search.fill("HPG-00001");
        search.press("Enter");
        waitForVaadin();
        assertThat(page).hasURL(Pattern.compile(".*/review\\?q=HPG-00001$"));
        assertThat(page.locator("#review-total")).hasText("1");
        var rows = page.locator("vaadin-grid vaadin-grid-cell-content a:visible");
        assertThat(rows).hasCount(1);
        String name = rows.textContent();

        page.reload();
        waitForVaadin();
        assertThat(page.getByLabel("Search")).hasValue("HPG-00001");
        assertThat(page.locator("#review-total")).hasText("1");
        assertThat(rows).hasCount(1);
        assertThat(rows).hasText(name);
        assertAccessible("The filtered practice review");

        rows.click();
        waitForVaadin();
        assertThat(page).hasURL(Pattern.compile(".*/patient/\\d+$"));
        assertThat(page.getByText("HPG-00001")).isVisible();
    }
}
