package com.hpgdesk.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class HandoutIT extends BrowserTestBase {

    @Test
    void aClinicianGeneratesAHandoutPreviewsItAndDownloadsThePdf() throws Exception {
        signIn("mhale", DEMO_PASSWORD);
        openPatient("HPG-00005");
        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Handouts")).click();
        waitForVaadin();
        assertThat(page.locator("#handout-generate")).isVisible();
        assertAccessible("The Handouts tab");

        page.locator("#handout-generate").click();
        waitForVaadin();
        assertThat(page.locator("#handout-preview")).isVisible();
        assertThat(page.locator("#handout-preview")).hasAttribute("src",
                java.util.regex.Pattern.compile(".+"));
        var download = page.locator("#handout-list a.handout-download:visible").first();
        assertThat(download).isVisible();
        assertAccessible("The Handouts tab with a generated handout");

        Download file = page.waitForDownload(download::click);
        assertThat(file.suggestedFilename()).startsWith("handout-HPG-00005-").endsWith(".pdf");
        byte[] bytes = Files.readAllBytes(file.path());
        try (var pdf = Loader.loadPDF(bytes)) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(pdf.getNumberOfPages()).isGreaterThanOrEqualTo(3);
            assertThat(text).contains("Your recovery handout", "Riverside Recovery Clinic (demo)", "Your plan");
        }
    }
}
