package com.hpgdesk.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

/** The demo reviewer reads a patient's record and the practice review, and is offered nothing that changes them. */
class ReviewerReadOnlyIT extends BrowserTestBase {

    @Test
    void aReviewerReadsAPatientWithoutAnyButtonThatChangesIt() {
        signIn("rlee", DEMO_PASSWORD);
        openPatient("HPG-00003");
        assertThat(page.locator(".patient-name")).isVisible();
        assertThat(button("Edit details")).hasCount(0);
        assertThat(button("Discharge")).hasCount(0);
        assertThat(button("Add course")).hasCount(0);
        assertThat(page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Marker tables"))).isVisible();
        assertAccessible("The patient page as a reviewer");

        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Labs")).click();
        waitForVaadin();
        assertThat(page.locator("#flowsheet")).isVisible();
        assertThat(button("Enter lab report")).hasCount(0);
        assertThat(button("Import lab file")).hasCount(0);
        assertAccessible("The labs tab as a reviewer");

        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Handouts")).click();
        waitForVaadin();
        assertThat(page.locator("#handout-list")).isVisible();
        assertThat(page.locator("#handout-generate")).isHidden();
        assertAccessible("The handouts tab as a reviewer");

        open("review");
        assertThat(page.locator("vaadin-grid").first()).isVisible();
        assertThat(page.locator("#review-handouts")).isHidden();
        assertAccessible("The practice review as a reviewer");
    }

    private com.microsoft.playwright.Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }
}
