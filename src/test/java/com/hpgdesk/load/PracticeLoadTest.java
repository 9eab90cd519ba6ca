package com.hpgdesk.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Issue 12: simulated clinicians against the real desk, over loopback, with figures that do not depend on the
 * generator sharing the machine: the server process's CPU time (from {@code /proc}) and its request threads' CPU
 * per action, beside client response times and failures. Printed, not asserted against timings; the only
 * assertions are that each kind of action succeeded at least once, so a broken protocol driver fails loudly.
 *
 * <p>Run with {@code ./mvnw -Pload test} ({@code -Dtest='PracticeLoadTest#steady*'} for one scenario).
 * {@code -Dhpg.load.clinicians} (10), {@code -Dhpg.load.minutes} (1), {@code -Dhpg.load.think-seconds} (5-10,
 * e.g. {@code 5-10}), {@code -Dhpg.load.burst} (50), {@code -Dhpg.load.sessions} (40) and
 * {@code -Dhpg.load.heap-patients} (3). Every request times out after
 * {@code -Dhpg.load.timeout-seconds} (120); the desk is stopped after the scenarios.
 */
@Tag("load")
class PracticeLoadTest {

    private static final int CLINICIANS = Integer.getInteger("hpg.load.clinicians", 10);
    private static final double MINUTES = Double.parseDouble(System.getProperty("hpg.load.minutes", "1"));
    private static final int BURST = Integer.getInteger("hpg.load.burst", 50);
    private static final int SESSIONS = Integer.getInteger("hpg.load.sessions", 40);
    private static final int HEAP_PATIENTS = Integer.getInteger("hpg.load.heap-patients", 3);
    private static final String THINK = System.getProperty("hpg.load.think-seconds", "5-10");
    private static final Duration TIMEOUT = Duration.ofSeconds(Integer.getInteger("hpg.load.timeout-seconds", 120));
    private static final int DEMO_PATIENTS = 60;
    private static final String PASSWORD = "recovery-demo";
    private static final List<String> ACCOUNTS = List.of("mhale", "jokafor");
    private static final List<String> SEARCHES = List.of("Bell", "Müller", "Haddad", "Nguyen", "O'Connor", "Mensah",
            "Ferreira", "1980");

    /**
     * The desk counts a sign-in attempt against the account before checking the password and refuses a sixth while
     * five are in flight (so parallel guesses cannot race the lockout). Simulated clinicians share two accounts, so
     * at most four sign in at once; real clinicians each have their own account.
     */
    private static final java.util.concurrent.Semaphore SIGN_INS = new java.util.concurrent.Semaphore(4);

    private static DeskProcess desk;

    @BeforeAll
    static void startDesk() throws Exception {
        desk = DeskProcess.start(DEMO_PATIENTS);
        long uptime = desk.awaitStarted(900);
        System.out.printf(Locale.ROOT, "%nDesk started in %.1f s (JVM uptime, includes seeding the demo practice on "
                + "a first run), %s mode, %s%n", uptime / 1e3, desk.productionMode ? "Vaadin production"
                : "Vaadin development (the production bundle was not on the class path)", desk.base);
    }

    @AfterAll
    static void stopDesk() throws Exception {
        if (desk != null) {
            desk.close();
        }
    }

    /**
     * N clinicians for M minutes: sign in, open the patient list, then search, open a patient, his Labs tab, every
     * other time enter a lab report there (one total testosterone result), and back to the list.
     */
    @Test
    void steadyPractice() throws Exception {
        var figures = new Figures();
        warmUp();
        double idleCpuPerSecond = idleCpuPerSecond();
        desk.reset();
        var serverBefore = desk.stats();
        long cpuBefore = desk.cpuMillis();
        long start = System.nanoTime();
        long deadline = start + (long) (MINUTES * 60e9);
        try (var clinicians = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < CLINICIANS; i++) {
                int number = i;
                clinicians.submit(() -> workDay(number, deadline, figures));
            }
            clinicians.shutdown();
            assertThat(clinicians.awaitTermination((long) (MINUTES * 60) + 10 * TIMEOUT.toSeconds(), TimeUnit.SECONDS))
                    .as("every clinician stopped").isTrue();
        }
        long cpu = desk.cpuMillis() - cpuBefore;
        double wallSeconds = (System.nanoTime() - start) / 1e9;
        var server = desk.stats();
        System.out.printf(Locale.ROOT, "%nSteady practice: %d clinicians, %.1f min, think time %s s; %d actions, %d "
                + "failed%n", CLINICIANS, wallSeconds / 60, THINK, figures.actions(), figures.failures());
        figures.print(server);
        double busyCpu = cpu - idleCpuPerSecond * wallSeconds;
        System.out.printf(Locale.ROOT, "  server process CPU (/proc, includes GC, JIT, background work): %d ms = %.1f "
                + "ms per action, %.0f %% of one core over the run; idle, the desk used %.1f ms a second, so %.1f ms "
                + "per action above idle%n", cpu, (double) cpu / Math.max(1, figures.actions()), cpu / 10.0 / wallSeconds,
                idleCpuPerSecond, busyCpu / Math.max(1, figures.actions()));
        printPool(server, serverBefore);
        for (String action : List.of("sign-in", "patient-list", "search", "open-patient", "labs-tab", "lab-report")) {
            assertThat(figures.succeeded(action)).as("successful %s actions", action).isPositive();
        }
    }

    /** BURST clinicians, signed in with the patient list open, open a patient and his Labs tab at the same moment. */
    @Test
    void cliniciansOpeningPatientsAtTheSameMoment() throws Exception {
        var figures = new Figures();
        var prepared = new Figures();
        warmUp();
        List<SimulatedClinician> ready = new ArrayList<>();
        var start = new CountDownLatch(1);
        var done = new CountDownLatch(BURST);
        try (var clinicians = Executors.newVirtualThreadPerTaskExecutor()) {
            var signedIn = new CountDownLatch(BURST);
            for (int i = 0; i < BURST; i++) {
                int number = i;
                clinicians.submit(() -> {
                    var clinician = new SimulatedClinician(desk.base, TIMEOUT);
                    if (signIn(prepared, clinician, number)
                            && step(prepared, "patient-list", () -> clinician.load("patients", "patient-list"))) {
                        synchronized (ready) {
                            ready.add(clinician);
                        }
                    }
                    signedIn.countDown();
                    try {
                        start.await();
                        if (ready.contains(clinician)) {
                            long begin = System.nanoTime();
                            if (openPatient(figures, clinician, 1 + number % DEMO_PATIENTS)
                                    && openLabs(figures, clinician)) {
                                figures.succeeded("to-labs-tab", System.nanoTime() - begin);
                            }
                        }
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    } finally {
                        done.countDown();
                        clinician.close();
                    }
                });
            }
            assertThat(signedIn.await(10 * TIMEOUT.toSeconds(), TimeUnit.SECONDS)).as("all signed in").isTrue();
            System.out.printf(Locale.ROOT, "%nBurst preparation (not counted in the burst), %d clinicians signing in at "
                    + "most 4 at a time and opening the patient list:%n", BURST);
            prepared.print(new ServerStats(java.util.Map.of(), 0, 0, 0, false, 0, 0, 0));
            desk.reset();
            var serverBefore = desk.stats();
            long cpuBefore = desk.cpuMillis();
            long begin = System.nanoTime();
            start.countDown();
            assertThat(done.await(3 * TIMEOUT.toSeconds(), TimeUnit.SECONDS)).as("all clinicians done").isTrue();
            double wallSeconds = (System.nanoTime() - begin) / 1e9;
            long cpu = desk.cpuMillis() - cpuBefore;
            var server = desk.stats();
            System.out.printf(Locale.ROOT, "Burst: %d clinicians (%d signed in) open a patient and his Labs tab at "
                    + "the same moment, pool of %d: all done in %.1f s, %d failed%n", BURST, ready.size(),
                    server.poolSize(), wallSeconds, figures.failures());
            figures.print(server);
            System.out.printf(Locale.ROOT, "  server process CPU over the burst: %d ms = %.1f ms per clinician%n", cpu,
                    (double) cpu / Math.max(1, ready.size()));
            printPool(server, serverBefore);
            clinicians.shutdownNow();
        }
        assertThat(figures.succeeded("to-labs-tab")).as("clinicians who reached the Labs tab").isPositive();
    }

    /**
     * Page views (a patient, then his Labs tab, 1 s apart) by {@code hpg.load.import-viewers} clinicians (4): 20 s
     * with the desk otherwise idle, then while a lab file of {@code hpg.load.import-rows} results (10,000) is
     * imported for another patient. The import runs inside the desk through the import service, as the import
     * dialog commits it, not through the upload screen.
     */
    @Test
    void pageViewsDuringALargeLabImport() throws Exception {
        int viewerCount = Integer.getInteger("hpg.load.import-viewers", 4);
        int rows = Integer.getInteger("hpg.load.import-rows", 10_000);
        warmUp();
        var prepared = new Figures();
        List<SimulatedClinician> viewers = new ArrayList<>();
        for (int i = 0; i < viewerCount; i++) {
            var clinician = new SimulatedClinician(desk.base, TIMEOUT);
            if (signIn(prepared, clinician, i)
                    && step(prepared, "patient-list", () -> clinician.load("patients", "patient-list"))) {
                viewers.add(clinician);
            }
        }
        assertThat(viewers).as("signed-in viewers").isNotEmpty();
        try {
            var idle = new Figures();
            long idleEnd = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            viewPages(viewers, idle, () -> System.nanoTime() > idleEnd);

            desk.reset();
            var serverBefore = desk.stats();
            var during = new Figures();
            var importEnded = new java.util.concurrent.atomic.AtomicBoolean();
            desk.startImport(rows);
            long begin = System.nanoTime();
            String ended;
            try (var viewing = Executors.newSingleThreadExecutor()) {
                var views = viewing.submit(() -> viewPages(viewers, during, importEnded::get));
                try {
                    ended = desk.awaitImported(900);
                } finally {
                    importEnded.set(true);
                }
                views.get(10 * TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            }
            var server = desk.stats();
            System.out.printf(Locale.ROOT, "%nPage views during a %,d-row lab import (%s after %.1f s), %d clinicians "
                    + "viewing a patient and his Labs tab 1 s apart%n  idle, 20 s:%n", rows, ended,
                    (System.nanoTime() - begin) / 1e9, viewers.size());
            idle.print(new ServerStats(java.util.Map.of(), 0, 0, 0, false, 0, 0, 0));
            System.out.println("  during the import:");
            during.print(server);
            List<Long> idleViews = idle.times("page-view");
            List<Long> importViews = during.times("page-view");
            System.out.printf(Locale.ROOT, "  page view p95: idle %s ms, during the import %s ms; failures during the "
                    + "import: %d%n", Figures.percentile(idleViews, 95), Figures.percentile(importViews, 95),
                    during.failures());
            printPool(server, serverBefore);
            assertThat(idle.succeeded("page-view")).as("page views while idle").isPositive();
            assertThat(ended).as("the import's end").startsWith("IMPORTED");
        } finally {
            viewers.forEach(SimulatedClinician::close);
        }
    }

    /**
     * Issue 12's memory figure: the desk's live heap after a full GC, with no further sessions and with
     * {@code hpg.load.sessions} (40) more signed-in sessions, each with one page on the Labs tab of one of the same
     * {@code hpg.load.heap-patients} (3) patients, kept open (not signed out) while measured. The warm-up views those
     * patients first, so what is loaded once (classes, query plans, per-patient caches, drawn charts) is in both
     * figures and cancels out; the growth divided by the sessions is what a session itself keeps. The class
     * histogram's growth names what that is; {@code -Dhpg.load.heap-dump=true} also writes a heap dump with the
     * sessions open ({@code target/load-desk/sessions.hprof}). A simulated session holds no push connection (a browser's would add
     * Atmosphere's resource for it).
     */
    @Test
    void heapPerSession() throws Exception {
        warmUp();
        var clinician = new SimulatedClinician(desk.base, TIMEOUT);
        try {
            clinician.signIn(ACCOUNTS.getFirst(), PASSWORD);
            clinician.load("patients", "warm-up");
            for (int i = 0; i < 2 * HEAP_PATIENTS; i++) {
                clinician.navigate("patient/" + (1 + i % HEAP_PATIENTS), "warm-up");
                clinician.selectTab("Labs", "warm-up");
            }
        } finally {
            clinician.close();
        }
        long before = liveHeapAfterFullGc();
        Map<String, long[]> histogramBefore = classHistogram();
        var figures = new Figures();
        List<SimulatedClinician> sessions = new ArrayList<>();
        try {
            try (var opening = Executors.newVirtualThreadPerTaskExecutor()) {
                for (int i = 0; i < SESSIONS; i++) {
                    int number = i;
                    var session = new SimulatedClinician(desk.base, TIMEOUT);
                    sessions.add(session);
                    opening.submit(() -> {
                        if (signIn(figures, session, number)
                                && step(figures, "patient-list", () -> session.load("patients", "patient-list"))
                                && openPatient(figures, session, 1 + number % HEAP_PATIENTS)) {
                            openLabs(figures, session);
                        }
                    });
                }
            }
            long after = liveHeapAfterFullGc();
            Map<String, long[]> histogramAfter = classHistogram();
            if (Boolean.getBoolean("hpg.load.heap-dump")) {
                Path dump = Path.of("target", "load-desk", "sessions.hprof").toAbsolutePath();
                Files.deleteIfExists(dump);
                desk.jcmd("GC.heap_dump", dump.toString());
                System.out.println("Heap dump with the sessions open: " + dump);
            }
            int open = figures.succeeded("labs-tab");
            System.out.printf(Locale.ROOT, "%nLive heap after a full GC (%s mode): %.1f MB before, %.1f MB with %d more "
                    + "signed-in sessions (%d of them reached the Labs tab), each on the Labs tab of one of the same %d "
                    + "patients: %.0f KB per session (class histogram totals: %.1f MB, %.1f MB, %.0f KB per session)%n",
                    desk.productionMode ? "Vaadin production" : "Vaadin development", before / 1e6, after / 1e6,
                    SESSIONS, open, HEAP_PATIENTS, (after - before) / 1e3 / SESSIONS,
                    histogramBefore.get(TOTAL)[1] / 1e6, histogramAfter.get(TOTAL)[1] / 1e6,
                    (histogramAfter.get(TOTAL)[1] - histogramBefore.get(TOTAL)[1]) / 1e3 / SESSIONS);
            printGrowth(histogramBefore, histogramAfter, SESSIONS);
            figures.print(new ServerStats(Map.of(), 0, 0, 0, false, 0, 0, 0));
            assertThat(open).as("sessions on the Labs tab").isEqualTo(SESSIONS);
        } finally {
            sessions.forEach(SimulatedClinician::close);
        }
    }

    private static final String TOTAL = "Total";

    /** The desk's used heap after full collections (jcmd GC.run), repeated until the figure settles; bytes. */
    private static long liveHeapAfterFullGc() throws Exception {
        long previous = Long.MAX_VALUE;
        long used = 0;
        for (int i = 0; i < 5; i++) {
            desk.jcmd("GC.run");
            // "garbage-first heap   total reserved 1048576K, committed 131072K, used 70123K [...]"
            var match = java.util.regex.Pattern.compile("used (\\d+)K").matcher(desk.jcmd("GC.heap_info"));
            if (!match.find()) {
                throw new IllegalStateException("GC.heap_info printed no used heap");
            }
            used = Long.parseLong(match.group(1)) * 1024;
            if (Math.abs(previous - used) < 256 * 1024) {
                break;
            }
            previous = used;
        }
        return used;
    }

    /** Instances and bytes per class in the desk, from its class histogram (which runs a full GC first). */
    private static Map<String, long[]> classHistogram() throws Exception {
        Map<String, long[]> byClass = new HashMap<>();
        for (String line : desk.jcmd("GC.class_histogram").lines().toList()) {
            String[] parts = line.trim().split("\\s+");
            if (parts.length >= 4 && parts[0].endsWith(":")) {
                byClass.put(parts[3], new long[] {Long.parseLong(parts[1]), Long.parseLong(parts[2])});
            } else if (parts.length == 3 && parts[0].equals(TOTAL)) {
                byClass.put(TOTAL, new long[] {Long.parseLong(parts[1]), Long.parseLong(parts[2])});
            }
        }
        if (!byClass.containsKey(TOTAL)) {
            throw new IllegalStateException("GC.class_histogram printed no total");
        }
        return byClass;
    }

    private static void printGrowth(Map<String, long[]> before, Map<String, long[]> after, int sessions) {
        System.out.printf(Locale.ROOT, "  growth per session by class (jcmd GC.class_histogram), largest first:%n");
        after.entrySet().stream()
                .filter(entry -> !entry.getKey().equals(TOTAL))
                .map(entry -> {
                    long[] was = before.getOrDefault(entry.getKey(), new long[2]);
                    return Map.entry(entry.getKey(), new long[] {entry.getValue()[0] - was[0],
                            entry.getValue()[1] - was[1]});
                })
                .sorted((a, b) -> Long.compare(b.getValue()[1], a.getValue()[1]))
                .limit(15)
                .forEach(entry -> System.out.printf(Locale.ROOT, "  %8.1f KB %8.1f objects  %s%n",
                        entry.getValue()[1] / 1e3 / sessions, (double) entry.getValue()[0] / sessions,
                        entry.getKey()));
    }

    /** Each viewer opens a random patient and his Labs tab, 1 s apart, until told to stop. */
    private static void viewPages(List<SimulatedClinician> viewers, Figures figures,
                                  java.util.function.BooleanSupplier stop) {
        try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (var viewer : viewers) {
                threads.submit(() -> {
                    var random = ThreadLocalRandom.current();
                    while (!stop.getAsBoolean()) {
                        long begin = System.nanoTime();
                        long patient = 1 + random.nextInt(DEMO_PATIENTS);
                        if (!openPatient(figures, viewer, patient)) {
                            // The page's state is unknown after a failure: start from a fresh page.
                            step(figures, "patient-list", () -> viewer.load("patients", "patient-list"));
                            continue;
                        }
                        if (openLabs(figures, viewer)) {
                            figures.succeeded("page-view", System.nanoTime() - begin);
                        }
                        java.util.concurrent.locks.LockSupport.parkNanos(TimeUnit.SECONDS.toNanos(1));
                    }
                });
            }
        }
    }

    /** One clinician through every action, so classes are loaded and caches warm before anything is counted. */
    private static void warmUp() {
        var clinician = new SimulatedClinician(desk.base, TIMEOUT);
        try {
            clinician.signIn(ACCOUNTS.getFirst(), PASSWORD);
            clinician.load("patients", "warm-up");
            clinician.search("Bell", "warm-up");
            for (int id = 1; id <= 3; id++) {
                clinician.navigate("patient/" + id, "warm-up");
                clinician.selectTab("Labs", "warm-up");
            }
        } finally {
            clinician.close();
        }
    }

    private static void workDay(int number, long deadline, Figures figures) {
        var random = ThreadLocalRandom.current();
        var clinician = new SimulatedClinician(desk.base, TIMEOUT);
        try {
            // Clinicians arrive over the first think time, not all in the same millisecond.
            if (!think(deadline) || !signIn(figures, clinician, number)
                    || !step(figures, "patient-list", () -> clinician.load("patients", "patient-list"))) {
                return;
            }
            while (System.nanoTime() < deadline && think(deadline)) {
                String text = SEARCHES.get(random.nextInt(SEARCHES.size()));
                if (!step(figures, "search", () -> {
                    clinician.search(text, "search");
                    if (!clinician.textOf("patient-count").contains(text)) {
                        throw new SimulatedClinician.ActionFailed("the list does not say it was searched for " + text);
                    }
                }) || !think(deadline)) {
                    break;
                }
                List<Long> found = clinician.linkedPatients();
                long patient = found.isEmpty() ? 1 + random.nextInt(DEMO_PATIENTS) : found.get(random.nextInt(found.size()));
                if (!openPatient(figures, clinician, patient) || !think(deadline)
                        || !openLabs(figures, clinician) || !think(deadline)) {
                    break;
                }
                // Every other visit, the clinician enters the report that brought him to the patient.
                if (random.nextBoolean() && (!step(figures, "lab-report", () -> clinician.enterLabReport(
                        LocalDate.now().minusDays(1 + random.nextInt(700)), "Load test lab", "Total testosterone",
                        String.format(Locale.ROOT, "%.1f", 8 + random.nextDouble() * 20), "lab-report"))
                        || !think(deadline))) {
                    break;
                }
                if (!step(figures, "patient-list", () -> clinician.navigate("patients", "patient-list"))) {
                    break;
                }
            }
        } finally {
            clinician.close();
        }
    }

    private static boolean signIn(Figures figures, SimulatedClinician clinician, int number) {
        SIGN_INS.acquireUninterruptibly();
        try {
            return step(figures, "sign-in", () -> clinician.signIn(ACCOUNTS.get(number % ACCOUNTS.size()), PASSWORD));
        } finally {
            SIGN_INS.release();
        }
    }

    private static boolean openPatient(Figures figures, SimulatedClinician clinician, long patient) {
        return step(figures, "open-patient", () -> {
            clinician.navigate("patient/" + patient, "open-patient");
            if (clinician.tree().byTag("vaadin-tabs").isEmpty()) {
                throw new SimulatedClinician.ActionFailed("patient " + patient + " shows no tabs");
            }
        });
    }

    /**
     * The Labs tab is usable once its flowsheet is on the page: the table, or for a patient without results the
     * note saying so (the hidden table is then not sent at all).
     */
    private static boolean openLabs(Figures figures, SimulatedClinician clinician) {
        return step(figures, "labs-tab", () -> {
            clinician.selectTab("Labs", "labs-tab");
            if (clinician.byId("flowsheet").isEmpty() && !clinician.shows("No lab results yet.")) {
                throw new SimulatedClinician.ActionFailed("the Labs tab shows no flowsheet");
            }
        });
    }

    /** Runs one action, timed; a failure is counted and ends this clinician's day (his page state is unknown). */
    private static boolean step(Figures figures, String action, Runnable work) {
        long begin = System.nanoTime();
        try {
            work.run();
            figures.succeeded(action, System.nanoTime() - begin);
            return true;
        } catch (RuntimeException e) {
            figures.failed(action, e);
            return false;
        }
    }

    /** A random think time, cut short at the deadline; false once the deadline has passed. */
    private static boolean think(long deadline) {
        String[] range = THINK.split("-");
        double low = Double.parseDouble(range[0]);
        double high = range.length > 1 ? Double.parseDouble(range[1]) : low;
        long nanos = (long) ((low + ThreadLocalRandom.current().nextDouble() * (high - low)) * 1e9);
        long wait = Math.min(nanos, deadline - System.nanoTime());
        if (wait > 0) {
            // A clinician reading the page: the pause is the point, there is no state to wait for.
            java.util.concurrent.locks.LockSupport.parkNanos(wait);
        }
        return System.nanoTime() < deadline;
    }

    /** The desk's CPU time per second with no clinician working, over 10 s after the warm-up. */
    private static double idleCpuPerSecond() throws Exception {
        long before = desk.cpuMillis();
        long start = System.nanoTime();
        // A measuring window of nothing happening: there is no state to wait for.
        java.util.concurrent.locks.LockSupport.parkNanos(TimeUnit.SECONDS.toNanos(10));
        return (desk.cpuMillis() - before) / ((System.nanoTime() - start) / 1e9);
    }

    private static void printPool(ServerStats server, ServerStats before) {
        System.out.printf(Locale.ROOT, "  connection pool: at most %d of %d in use, at most %d threads waiting for one "
                + "(sampled every 10 ms)", server.mostActive(), server.poolSize(), server.mostWaiting());
        if (server.acquireKnown()) {
            long count = server.acquireCount() - before.acquireCount();
            System.out.printf(Locale.ROOT, "; hikaricp.connections.acquire: %d in this scenario, mean wait %.2f ms, "
                    + "max %.1f ms (Micrometer's max of the last 2 minutes)%n", count,
                    (server.acquireTotalMillis() - before.acquireTotalMillis()) / Math.max(1, count),
                    server.acquireMaxMillis());
        } else {
            System.out.println("; Micrometer's hikaricp.connections.acquire timer is not registered");
        }
    }
}
