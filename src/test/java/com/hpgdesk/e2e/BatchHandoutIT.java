package com.hpgdesk.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

class BatchHandoutIT extends BrowserTestBase {

    @Test
    void aClinicianTicksTwoPatientsMakesTheirHandoutsAsAZipAndDownloadsIt() throws Exception {
        signIn("mhale", DEMO_PASSWORD);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Practice review")).click();
        waitForVaadin();
        var ticks = page.locator("vaadin-grid vaadin-grid-cell-content > vaadin-checkbox:visible");
        ticks.nth(0).click();
        ticks.nth(1).click();
        waitForVaadin();
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/review.*"));

        page.locator("#review-handouts").click();
        waitForVaadin();
        assertThat(page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("Selected (2)"))).isChecked();
        assertAccessible("The batch handouts dialog");

        page.locator("#handout-batch-start").click();
        var download = page.locator("#handout-batch-download");
        // The state the app shows when the batch is ready; the bound is for a broken build, not a pause.
        assertThat(download).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(180_000));
        assertThat(page.locator("#handout-batch-status")).hasText("Handouts ready: 2 of 2 as a ZIP.");
        assertAccessible("The practice review with a batch of handouts ready");

        Download file = page.waitForDownload(download::click);
        assertThat(file.suggestedFilename()).endsWith(".zip");
        List<String> entries = new ArrayList<>();
        try (var zip = new ZipInputStream(new ByteArrayInputStream(Files.readAllBytes(file.path())))) {
            for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                entries.add(entry.getName());
            }
        }
        assertThat(entries).hasSize(2).allMatch(name -> name.matches("handout-HPG-\\d+-\\d{4}-\\d{2}-\\d{2}-en\\.pdf"));
    }
}
