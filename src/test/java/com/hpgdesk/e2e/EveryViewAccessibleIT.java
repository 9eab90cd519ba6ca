package com.hpgdesk.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

/** The views and tabs no other end-to-end test walks through, each checked with axe-core. */
class EveryViewAccessibleIT extends BrowserTestBase {

    private void expectHeading(String name) {
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(name).setLevel(1)))
                .isVisible();
    }

    @Test
    void practiceLeadViews() {
        signIn("admin", DEMO_PASSWORD);
        open("audit");
        expectHeading("Audit trail");
        assertAccessible("The audit trail");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Verify chain")).click();
        waitForVaadin();
        assertThat(page.getByText("The audit trail is intact")).isVisible();

        page.getByLabel("Patient", new Page.GetByLabelOptions().setExact(true)).fill("HPG-00001");
        page.getByLabel("Patient", new Page.GetByLabelOptions().setExact(true)).press("Enter");
        waitForVaadin();
        assertThat(page.getByText("1 patient matches")).isVisible();
        var firstRecord = page.locator("vaadin-grid-cell-content:visible").getByText("HPG-00001").first();
        assertThat(firstRecord).isVisible();
        firstRecord.click();
        waitForVaadin();
        assertThat(page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Selected record")))
                .containsText("HPG-00001");
        assertAccessible("The audit trail with a record selected");

        open("protocol-templates");
        expectHeading("Protocol templates");
        assertAccessible("The protocol templates");

        open("lab-conventions");
        expectHeading("Lab file conventions");
        assertAccessible("The lab file conventions");
    }

    @Test
    void theProtocolAndLifestyleTabsOfAPatient() {
        signIn("mhale", DEMO_PASSWORD);
        open("patient/1");
        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Restart protocol")).click();
        waitForVaadin();
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Plan protocol"))).isVisible();
        assertAccessible("The restart protocol tab");

        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Lifestyle")).click();
        waitForVaadin();
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record a week"))).isVisible();
        assertAccessible("The lifestyle tab");

        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Notes")).click();
        waitForVaadin();
        assertAccessible("The notes tab");
    }
}
