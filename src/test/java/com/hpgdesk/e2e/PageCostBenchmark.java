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
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import javax.management.ObjectName;
import jakarta.persistence.EntityManagerFactory;
import jdk.jfr.Recording;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What one clinician costs the server, in figures that do not depend on how busy this shared machine is:
 * server CPU time per patient page view with the Labs tab, the database statements one view sends, and live
 * heap per signed-in session after a full GC. Real Chromium sessions drive the app, which runs in this JVM (so the figures include Playwright's
 * thin Java client, which only waits on its pipe). Printed, not asserted. Run with
 * {@code ./mvnw -Pbench test -Dtest='com.hpgdesk.e2e.PageCostBenchmark'}; add {@code -Dhpg.bench.jfr=true}
 * for a flight recording of the measured page views in {@code target/page-views.jfr}
 * ({@code jfr view hot-methods target/page-views.jfr}).
 */
@Tag("benchmark")
class PageCostBenchmark extends BrowserTestBase {

    private static final int WARM_UP = 20;
    private static final int VIEWS = Integer.getInteger("hpg.bench.views", 100);
    private static final int SESSIONS = Integer.getInteger("hpg.bench.sessions", 20);
    private static final int DEMO_PATIENTS = 12;
    /** The heap figure puts every session on these few patients, so caches per patient do not grow with sessions. */
    private static final int HEAP_PATIENTS = 3;

    @Autowired
    EntityManagerFactory entityManagers;

    /** Generous waits: the machine is shared, and the figures are CPU time and heap, not time. */
    @org.junit.jupiter.api.BeforeEach
    void waitPatiently() {
        context.setDefaultTimeout(120_000);
        com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(120_000);
    }

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
        printStatementsPerView();
    }

    /**
     * Counted in a pass of their own after the timed one, so that counting costs nothing in the CPU figure.
     * Hibernate's statistics count every statement it prepares: the page's queries and the audit trail's writes.
     */
    private void printStatementsPerView() {
        Statistics statistics = entityManagers.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        statistics.setStatisticsEnabled(true);
        try {
            for (int i = 0; i < DEMO_PATIENTS; i++) {
                viewPatientLabs(page, 1 + i);
            }
            System.out.printf(Locale.ROOT, "Database statements per patient page view with the Labs tab (mean of %d): "
                    + "%.1f (%.1f queries, %.1f entities loaded, %.1f inserted, %.1f transactions)%n", DEMO_PATIENTS,
                    (double) statistics.getPrepareStatementCount() / DEMO_PATIENTS,
                    (double) statistics.getQueryExecutionCount() / DEMO_PATIENTS,
                    (double) statistics.getEntityLoadCount() / DEMO_PATIENTS,
                    (double) statistics.getEntityInsertCount() / DEMO_PATIENTS,
                    (double) statistics.getTransactionCount() / DEMO_PATIENTS);
        } finally {
            statistics.setStatisticsEnabled(false);
        }
    }

    /**
     * Per session = the growth of the live heap from no further sessions to {@code hpg.bench.sessions} more
     * (default 20), all on the same few patients after a warm-up on them: what is loaded once (classes, query
     * plans, drawn charts, per-patient caches) is in both figures and cancels out, so what is left is what a
     * session itself keeps. The class histogram's growth names what that is.
     */
    @Test
    void liveHeapPerSignedInSessionOnALabsTab() throws Exception {
        signIn("mhale", DEMO_PASSWORD);
        for (int i = 0; i < 2 * HEAP_PATIENTS; i++) {
            viewPatientLabs(page, 1 + i % HEAP_PATIENTS);
        }
        List<BrowserContext> sessions = new ArrayList<>();
        try {
            long before = liveHeapAfterFullGc();
            Map<String, long[]> histogramBefore = classHistogram();
            openSessions(sessions, SESSIONS);
            long after = liveHeapAfterFullGc();
            Map<String, long[]> histogramAfter = classHistogram();
            System.out.printf(Locale.ROOT, "%nLive heap after a full GC: %.1f MB before, %.1f MB with %d more signed-in "
                    + "sessions, each on the Labs tab of one of the same %d patients: %.0f KB per session%n",
                    before / 1e6, after / 1e6, SESSIONS, HEAP_PATIENTS, (after - before) / 1e3 / SESSIONS);
            printGrowth(histogramBefore, histogramAfter);
        } finally {
            sessions.forEach(BrowserContext::close);
        }
    }

    private void openSessions(List<BrowserContext> sessions, int count) {
        for (int i = 0; i < count; i++) {
            BrowserContext session = browser().newContext(
                    new com.microsoft.playwright.Browser.NewContextOptions().setViewportSize(1400, 900));
            sessions.add(session);
            // Generous: the machine is shared, and the figure is heap, not time.
            session.setDefaultTimeout(120_000);
            Page tab = session.newPage();
            int n = sessions.size();
            signIn(tab, n % 2 == 0 ? "mhale" : "jokafor", DEMO_PASSWORD);
            viewPatientLabs(tab, 1 + n % HEAP_PATIENTS);
        }
    }

    /** Instances and bytes per class, from the JVM's own histogram (which runs a full GC first). */
    private static Map<String, long[]> classHistogram() throws Exception {
        String text = (String) ManagementFactory.getPlatformMBeanServer().invoke(
                new ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
                new Object[] {new String[0]}, new String[] {String[].class.getName()});
        Map<String, long[]> byClass = new HashMap<>();
        for (String line : text.lines().toList()) {
            String[] parts = line.trim().split("\\s+");
            if (parts.length >= 4 && parts[0].endsWith(":")) {
                byClass.put(parts[3], new long[] {Long.parseLong(parts[1]), Long.parseLong(parts[2])});
            }
        }
        return byClass;
    }

    private static void printGrowth(Map<String, long[]> before, Map<String, long[]> after) {
        System.out.printf(Locale.ROOT, "Growth per session by class (jcmd GC.class_histogram), largest first:%n");
        after.entrySet().stream()
                .map(entry -> {
                    long[] was = before.getOrDefault(entry.getKey(), new long[2]);
                    return Map.entry(entry.getKey(), new long[] {entry.getValue()[0] - was[0], entry.getValue()[1] - was[1]});
                })
                .sorted((a, b) -> Long.compare(b.getValue()[1], a.getValue()[1]))
                .limit(20)
                .forEach(entry -> System.out.printf(Locale.ROOT, "  %8.1f KB %8.1f objects  %s%n",
                        entry.getValue()[1] / 1e3 / SESSIONS, (double) entry.getValue()[0] / SESSIONS, entry.getKey()));
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
