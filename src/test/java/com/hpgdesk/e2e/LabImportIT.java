package com.hpgdesk.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Lab files as labs send them, through the import dialog on a laptop-sized screen. */
class LabImportIT extends BrowserTestBase {

    private static final Path SAMPLES = Path.of("src", "test", "resources", "lab", "imports");

    private Locator openImportDialog() {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import lab file")).click();
        waitForVaadin();
        return page.getByRole(AriaRole.DIALOG);
    }

    @Test
    void aUsExportShowsEveryOutcomeInFullAndAGermanExportImportsWithoutAQuestion() {
        page.setViewportSize(1366, 768);
        signIn("mhale", DEMO_PASSWORD);
        openPatient("HPG-00004");
        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Labs")).click();
        waitForVaadin();

        var dialog = openImportDialog();
        dialog.locator("input[type=file]").setInputFiles(SAMPLES.resolve("us-reference-lab.csv"));
        waitForVaadin();
        assertThat(dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Import 13 rows")))
                .isVisible();
        assertThat(dialog.getByRole(AriaRole.COMBOBOX, new Locator.GetByRoleOptions().setName(
                java.util.regex.Pattern.compile("Testosterone, Free, Direct")))).isVisible();
        var rejected = dialog.locator("vaadin-grid-cell-content:visible", new Locator.LocatorOptions()
                .setHasText("Rejected: unknown marker \"Testosterone, Free, Direct\""));
        assertThat(rejected.first()).isVisible();
        // Every cell of the preview shows its whole text: nothing is cut off at 1366 pixels.
        @SuppressWarnings("unchecked")
        List<String> clipped = (List<String>) page.evaluate("""
                () => [...document.querySelectorAll('#import-preview vaadin-grid-cell-content')]
                    .filter(c => c.offsetParent !== null && c.textContent.trim() !== ''
                        && (c.scrollWidth > c.clientWidth + 1))
                    .map(c => c.textContent.trim())
                """);
        assertThat(clipped).isEmpty();
        assertThat((Integer) page.evaluate("() => document.querySelectorAll('#import-preview vaadin-grid-cell-content').length"))
                .as("cells of the preview").isGreaterThan(20);
        assertAccessible("The import preview with an unknown test name");
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Close")).click();
        waitForVaadin();

        dialog = openImportDialog();
        dialog.locator("input[type=file]").setInputFiles(SAMPLES.resolve("de-labor.csv"));
        waitForVaadin();
        var commit = dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Import 12 rows"));
        assertThat(commit).isVisible();
        assertThat(dialog.getByText("This file writes dates as")).hasCount(0);
        assertThat(dialog.getByText("This file writes decimals with")).hasCount(0);
        commit.click();
        waitForVaadin();
        assertThat(page.getByRole(AriaRole.DIALOG)).hasCount(0);
        assertThat(page.getByText("Imported 12 results into 2 reports")).isVisible();
    }
}
