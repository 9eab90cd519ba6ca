package com.hpgdesk.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * End-to-end tests: the demo app on a random port, driven by a real headless Chromium (Debian's, not a
 * Playwright download), with axe-core checking each page. Subclasses share one Spring context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "hpg.data-dir=./target/e2e-data/${random.uuid}",
        "vaadin.devmode.devTools.enabled=false",
        "hpg.demo.patients=12"
})
@ActiveProfiles("demo")
@org.junit.jupiter.api.extension.ExtendWith(ScreenStateOnFailure.class)
abstract class BrowserTestBase {

    static final String DEMO_PASSWORD = "recovery-demo";
    private static final List<String> CHROMIUM_ARGS = List.of("--no-sandbox", "--disable-gpu", "--disable-quic",
            "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync");

    private static Playwright playwright;
    static Browser browser;

    @LocalServerPort
    int port;

    BrowserContext context;
    Page page;

    @BeforeAll
    static void launchBrowser() {
        Path chromium = Path.of(System.getenv().getOrDefault("HPG_CHROMIUM", "/usr/bin/chromium"));
        assertThat(Files.isExecutable(chromium))
                .as("End-to-end tests need Chromium at %s (apt-get install -y chromium, or set HPG_CHROMIUM)", chromium)
                .isTrue();
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(chromium)
                .setHeadless(true)
                .setArgs(CHROMIUM_ARGS));
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @BeforeEach
    void openPage() {
        context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1400, 900));
        context.setDefaultTimeout(20_000);
        com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
        page = context.newPage();
    }

    /** Keeps a picture of how each test ended, for looking at the product and for reading failures. */
    @AfterEach
    void closePage(org.junit.jupiter.api.TestInfo test) {
        try {
            page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(Path.of("target", "e2e-screenshots",
                    getClass().getSimpleName() + "-" + test.getTestMethod().map(m -> m.getName()).orElse("test")
                            + ".png")));
        } finally {
            context.close();
        }
    }

    String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }

    /** Opens an address and waits until Vaadin has rendered the view. */
    void open(String path) {
        page.navigate(url(path));
        waitForVaadin();
    }

    /** Finds a patient by record number in the registry, as a clinician would, and opens his page. */
    void openPatient(String recordNumber) {
        open("patients");
        page.getByLabel("Find a patient").fill(recordNumber);
        page.getByLabel("Find a patient").press("Enter");
        waitForVaadin();
        var found = page.locator("vaadin-grid vaadin-grid-cell-content a:visible");
        com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(found).hasCount(1);
        found.click();
        waitForVaadin();
    }

    void waitForVaadin() {
        waitForVaadin(page);
    }

    static void waitForVaadin(Page tab) {
        tab.waitForFunction("() => window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients "
                + "&& Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive())");
    }

    void signIn(String username, String password) {
        signIn(page, username, password);
    }

    /** Signs in in a page of another browser context: a second person, or a second session of the same one. */
    void signIn(Page tab, String username, String password) {
        tab.navigate(url("login"));
        waitForVaadin(tab);
        tab.getByLabel("Username").fill(username);
        tab.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(password);
        tab.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Sign in")).click();
        tab.waitForLoadState();
        waitForVaadin(tab);
    }

    static Browser browser() {
        return browser;
    }

    /** Fails on serious or critical axe-core violations, listing each with the elements it found. */
    void assertAccessible(String what) {
        var results = new AxeBuilder(page).withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze();
        List<Rule> blocking = results.getViolations().stream()
                .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
                .toList();
        assertThat(blocking)
                .as("%s has serious or critical accessibility violations:%n%s", what, describe(blocking))
                .isEmpty();
    }

    private static String describe(List<Rule> rules) {
        var text = new StringBuilder();
        for (Rule rule : rules) {
            text.append("- ").append(rule.getId()).append(" (").append(rule.getImpact()).append("): ")
                    .append(rule.getHelp()).append('\n');
            rule.getNodes().stream().limit(5).forEach(node ->
                    text.append("    ").append(node.getTarget()).append('\n'));
        }
        return text.toString();
    }
}
