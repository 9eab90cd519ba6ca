package com.hpgdesk.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class LabEntryIT extends BrowserTestBase {

    @Test
    void aClinicianEntersALabReportAndSeesItInTheTrendTable() {
        signIn("jokafor", DEMO_PASSWORD);
        openPatient("HPG-00003");
        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Labs")).click();
        waitForVaadin();
        assertAccessible("The labs tab");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enter lab report")).click();
        var dialog = page.getByRole(AriaRole.DIALOG);
        dialog.getByLabel("Collection date").fill(LocalDate.now().toString());
        dialog.getByLabel("Collection date").press("Enter");
        dialog.getByLabel("Lab", new Locator.GetByLabelOptions().setExact(true)).fill("E2E Lab");
        var marker = dialog.getByRole(AriaRole.COMBOBOX, new Locator.GetByRoleOptions().setName("Marker"));
        marker.fill("Total testosterone");
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Total testosterone")).first().click();
        dialog.getByLabel("Value", new Locator.GetByLabelOptions().setExact(true)).fill("987");
        // A suppressed LH, typed as the lab printed it.
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Add marker")).click();
        waitForVaadin();
        var secondMarker = dialog.getByRole(AriaRole.COMBOBOX, new Locator.GetByRoleOptions().setName("Marker")).nth(1);
        secondMarker.fill("LH");
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("LH").setExact(true)).first().click();
        dialog.getByLabel("Value", new Locator.GetByLabelOptions().setExact(true)).nth(1).fill("< 0.2");
        waitForVaadin();
        assertAccessible("The lab report dialog");
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save report")).click();
        waitForVaadin();
        assertThat(page.getByRole(AriaRole.DIALOG)).hasCount(0);

        // The trend opens on total testosterone by itself.
        assertThat(page.getByLabel("Trend of")).containsText("Total testosterone");
        var trend = page.locator("#trend-table");
        assertThat(trend).containsText("987 ng/dL");
        assertThat(page.getByRole(AriaRole.IMG, new Page.GetByRoleOptions().setName(
                java.util.regex.Pattern.compile("^Total testosterone")))).isVisible();
        assertAccessible("The labs tab with a trend");

        page.getByLabel("Trend of").click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("LH").setExact(true)).click();
        waitForVaadin();
        assertThat(trend).containsText("< 0.2 IU/L");
        assertThat(trend).containsText("Below range");
        // The trend's note; the flowsheet's own note on limits begins with the same words.
        assertThat(page.getByText("Values written with < or > are limits of the assay, not measured numbers: the"))
                .isVisible();
    }

    @Test
    void theFlowsheetAndTheResultListFitALaptopScreen() {
        page.setViewportSize(1366, 768);
        signIn("jokafor", DEMO_PASSWORD);
        openLabsOf("HPG-00001");
        var flowsheet = page.locator("#flowsheet");
        assertThat(flowsheet).isVisible();
        assertThat(flowsheet.locator("thead th[scope=col]").first()).hasText("Marker");
        assertThat(flowsheet.locator("tbody th[scope=row]").first()).containsText("Total testosterone");
        assertNoSidewaysPageScroll("The flowsheet");
        assertAccessible("The labs tab with the flowsheet at 1366 px");
        page.screenshot(new Page.ScreenshotOptions().setPath(java.nio.file.Path.of("target", "e2e-screenshots",
                "LabEntryIT-flowsheet-1366.png")));

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Result list")).click();
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Result list")))
                .hasAttribute("aria-pressed", "true");
        assertThat(flowsheet).isHidden();
        var list = page.locator("#result-list");
        assertThat(list).isVisible();
        assertThat(list.getByText("Total testosterone").first()).isVisible();
        assertNoSidewaysPageScroll("The result list");
        // Every column of the list, the actions included, is inside the grid's own width.
        Object overflow = list.evaluate("grid => { const table = grid.shadowRoot.querySelector('#table');"
                + " return table.scrollWidth - table.clientWidth; }");
        org.assertj.core.api.Assertions.assertThat(((Number) overflow).intValue())
                .as("pixels of the result list hidden to the right").isLessThanOrEqualTo(0);
        assertAccessible("The labs tab with the result list at 1366 px");
        page.screenshot(new Page.ScreenshotOptions().setPath(java.nio.file.Path.of("target", "e2e-screenshots",
                "LabEntryIT-result-list-1366.png")));
    }

    private void openLabsOf(String recordNumber) {
        openPatient(recordNumber);
        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Labs")).click();
        waitForVaadin();
    }

    private void assertNoSidewaysPageScroll(String what) {
        Object widths = page.evaluate("() => [document.documentElement.scrollWidth, window.innerWidth]");
        var pair = (java.util.List<?>) widths;
        org.assertj.core.api.Assertions.assertThat(((Number) pair.get(0)).intValue())
                .as("%s: page width against the 1366 px window", what)
                .isLessThanOrEqualTo(((Number) pair.get(1)).intValue());
    }
}
