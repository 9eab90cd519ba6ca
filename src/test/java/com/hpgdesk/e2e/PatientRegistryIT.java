package com.hpgdesk.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PatientRegistryIT extends BrowserTestBase {

    @Test
    void aClinicianRegistersAPatientAndFindsThemAgain() {
        signIn("mhale", DEMO_PASSWORD);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Patients")).click();
        waitForVaadin();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Patients").setLevel(1)))
                .isVisible();
        assertAccessible("The patient list");

        String recordNumber = "E2E-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Register patient")).click();
        var dialog = page.getByRole(AriaRole.DIALOG);
        dialog.getByLabel("Record number").fill(recordNumber);
        dialog.getByLabel("Given name").fill("Łukasz");
        dialog.getByLabel("Family name").fill("Wiśniewski-Ødegård");
        dialog.getByLabel("Date of birth").fill("1985-07-21");
        dialog.getByLabel("Date of birth").press("Enter");
        assertAccessible("The registration dialog");
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Register").setExact(true)).click();
        waitForVaadin();

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Łukasz Wiśniewski-Ødegård")
                .setLevel(2))).isVisible();
        assertThat(page.getByText(recordNumber)).isVisible();
        assertThat(page).hasTitle("Łukasz Wiśniewski-Ødegård | HPG Recovery Desk");
        String patientUrl = page.url();
        assertAccessible("The patient page");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Patients")).click();
        waitForVaadin();
        page.getByLabel("Find a patient").fill("lukasz wisniewski");
        page.getByLabel("Find a patient").press("Enter");
        waitForVaadin();
        var found = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Wiśniewski-Ødegård, Łukasz"));
        assertThat(found).isVisible();
        found.click();
        waitForVaadin();
        assertThat(page).hasURL(patientUrl);

        // The address can be bookmarked: opening it afresh shows the same patient.
        open(patientUrl.substring(patientUrl.indexOf('/', "http://".length()) + 1));
        assertThat(page.getByText(recordNumber)).isVisible();
    }
}
