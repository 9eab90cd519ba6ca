package com.hpgdesk.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class PatientRegistryIT extends BrowserTestBase {

    private void search(String text) {
        page.getByLabel("Find a patient").fill(text);
        page.getByLabel("Find a patient").press("Enter");
    }

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
        // Enter commits the typed date and closes the calendar; the click on Register must not race either.
        assertThat(page.locator("vaadin-date-picker[opened]")).hasCount(0);
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
        // Before a search applies, the unfiltered list shows the new patient too. So the test waits until the list
        // says it shows this search's result, and then checks the rows against that count.
        var count = page.locator("#patient-count");
        var rows = page.locator("vaadin-grid-cell-content a:visible");
        assertThat(count).hasText(Pattern.compile("\\d+ patients listed"));
        search("lukasz wisniewski");
        // The demo practice has a Łukasz Wiśniewski of its own: both are found, and nobody else.
        assertThat(count).hasText(Pattern.compile("[1-9]\\d* patients? found for \u201clukasz wisniewski\u201d"));
        int shown = Integer.parseInt(count.textContent().split(" ")[0]);
        assertThat(rows).hasCount(shown);
        assertThat(rows).containsText(java.util.Collections.nCopies(shown, "Wiśniewski").toArray(String[]::new));
        var found = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Wiśniewski-Ødegård, Łukasz"));
        assertThat(found).isVisible();

        search("wisniewski-odegard");
        assertThat(count).hasText("1 patient found for \u201cwisniewski-odegard\u201d");
        assertThat(rows).hasCount(1);
        assertThat(found).isVisible();
        found.click();
        waitForVaadin();
        assertThat(page).hasURL(patientUrl);

        // The address can be bookmarked: opening it afresh shows the same patient.
        open(patientUrl.substring(patientUrl.indexOf('/', "http://".length()) + 1));
        assertThat(page.getByText(recordNumber)).isVisible();
    }
}
