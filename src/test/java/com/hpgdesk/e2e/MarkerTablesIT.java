package com.hpgdesk.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class MarkerTablesIT extends BrowserTestBase {

    @Test
    void aClinicianEntersAnHsCrpAndReadsItInTheMarkerTables() {
        signIn("mhale", DEMO_PASSWORD);
        openPatient("HPG-00005");
        assertThat(page.locator("#recovery-status-badge")).containsText("Recovery status:");
        assertThat(page.locator("#marker-table-lifestyle-markers")).isVisible();
        assertAccessible("The marker tables tab");
        // The recovery curve is served as a resource of the session; the browser must really get a picture.
        page.waitForFunction("() => [...document.querySelectorAll('img.chart-image')]"
                + ".some(i => i.complete && i.naturalWidth > 0)");

        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Labs")).click();
        waitForVaadin();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enter lab report")).click();
        var dialog = page.getByRole(AriaRole.DIALOG);
        dialog.getByLabel("Collection date").fill(LocalDate.now().toString());
        dialog.getByLabel("Collection date").press("Enter");
        var marker = dialog.getByRole(AriaRole.COMBOBOX, new Locator.GetByRoleOptions().setName("Marker"));
        marker.fill("hs-CRP");
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("hs-CRP")).first().click();
        dialog.getByLabel("Value", new Locator.GetByLabelOptions().setExact(true)).fill("9.4");
        waitForVaadin();
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save report")).click();
        waitForVaadin();
        assertThat(page.getByRole(AriaRole.DIALOG)).hasCount(0);

        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Marker tables")).click();
        waitForVaadin();
        var inflammation = page.locator("tr[data-row='SYSTEMIC_INFLAMMATION']");
        assertThat(inflammation).containsText("Hinders recovery");
        assertThat(inflammation).containsText("hs-CRP: 9.4 mg/L");
        assertThat(page.locator("tr.marker-row")).hasCount(10);
        assertAccessible("The marker tables with the new hs-CRP");

        open("rules");
        assertThat(page.locator("#rules-version")).containsText("Rules version");
        assertAccessible("The rules and evidence page");
    }
}
