package com.hpgdesk.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import jdk.jfr.Recording;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * What one clinician costs the server, in figures that do not depend on how busy this shared machine is:
 * server CPU time per patient page view with the Labs tab, and live heap per signed-in session after a
 * full GC. Real Chromium sessions drive the app, which runs in this JVM (so the figures include Playwright's
 * thin Java client, which only waits on its pipe). Printed, not asserted. Run with
 * {@code ./mvnw -Pbench test -Dtest='com.hpgdesk.e2e.PageCostBenchmark'}; add {@code -Dhpg.bench.jfr=true}
 * for a flight recording of the measured page views in {@code target/page-views.jfr}
 * ({@code jfr view hot-methods target/page-views.jfr}).
 */
@Tag("benchmark")
class PageCostBenchmark extends BrowserTestBase {

    private static final int WARM_UP = 20;
    private static final int VIEWS = 100;
    private static final int SESSIONS = Integer.getInteger("hpg.bench.sessions", 10);
    private static final int DEMO_PATIENTS = 12;

    @Test
    void serverCpuPerPatientPageViewWithTheLabsTab() throws Exception {
        signIn("mhale", DEMO_PASSWORD);
        for (int i = 0; i < WARM_UP; i++) {
            viewPatientLabs(page, 1 + i % DEMO_PATIENTS);
        }
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        Recording recording = Boolean.getBoolean("hpg.bench.jfr") ? new Recording(
                jdk.jfr.Configuration.getConfiguration("profile")) : null;
        if (recording != null) {
            recording.start();
        }
        long cpuBefore = os.getProcessCpuTime();
        long wallBefore = System.nanoTime();
        for (int i = 0; i < VIEWS; i++) {
            viewPatientLabs(page, 1 + i % DEMO_PATIENTS);
        }
        long cpu = os.getProcessCpuTime() - cpuBefore;
        long wall = System.nanoTime() - wallBefore;
        if (recording != null) {
            recording.stop();
            Path file = Path.of("target", "page-views.jfr");
            Files.createDirectories(file.getParent());
            recording.dump(file);
            recording.close();
            System.out.println("Flight recording of the measured views: " + file.toAbsolutePath());
        }
        System.out.printf(Locale.ROOT, "%nServer CPU per patient page view with the Labs tab (mean of %d, "
                + "process CPU of the app's JVM): %.1f ms; wall time per view %.0f ms%n",
                VIEWS, cpu / 1e6 / VIEWS, wall / 1e6 / VIEWS);
    }

    /**
     * Per session = the growth of the live heap from a few signed-in sessions to a few more, divided by the
     * sessions added: what the first sessions load once (classes, query plans, drawn charts) is in both
     * figures and cancels out.
     */
    @Test
    void liveHeapPerSignedInSessionOnALabsTab() {
        List<BrowserContext> sessions = new ArrayList<>();
        try {
            openSessions(sessions, 3);
            long before = liveHeapAfterFullGc();
            openSessions(sessions, SESSIONS);
            long after = liveHeapAfterFullGc();
            System.out.printf(Locale.ROOT, "%nLive heap after a full GC: %.1f MB with 3 signed-in sessions, %.1f MB "
                    + "with %d more, each on a patient's Labs tab: %.0f KB per session%n",
                    before / 1e6, after / 1e6, SESSIONS, (after - before) / 1e3 / SESSIONS);
        } finally {
            sessions.forEach(BrowserContext::close);
        }
    }

    private void openSessions(List<BrowserContext> sessions, int count) {
        for (int i = 0; i < count; i++) {
            BrowserContext session = browser().newContext(
                    new com.microsoft.playwright.Browser.NewContextOptions().setViewportSize(1400, 900));
            sessions.add(session);
            Page tab = session.newPage();
            int n = sessions.size();
            signIn(tab, n % 2 == 0 ? "mhale" : "jokafor", DEMO_PASSWORD);
            viewPatientLabs(tab, 1 + n % DEMO_PATIENTS);
        }
    }

    private void viewPatientLabs(Page tab, int patientId) {
        tab.navigate(url("patient/" + patientId));
        var labs = tab.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Labs"));
        labs.click();
        assertThat(labs).hasAttribute("aria-selected", "true");
        waitForVaadin(tab);
    }

    /** Live heap: full collections until the figure settles, so that garbage does not count. */
    private static long liveHeapAfterFullGc() {
        var memory = ManagementFactory.getMemoryMXBean();
        long previous = Long.MAX_VALUE;
        long used = 0;
        for (int i = 0; i < 5; i++) {
            System.gc();
            used = memory.getHeapMemoryUsage().getUsed();
            if (Math.abs(previous - used) < 256 * 1024) {
                break;
            }
            previous = used;
        }
        return used;
    }
}
