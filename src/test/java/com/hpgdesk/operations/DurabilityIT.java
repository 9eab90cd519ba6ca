package com.hpgdesk.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11, durability: the desk runs in a process of its own on an H2 file database while three clinicians
 * register patients; the process is killed hard (kill -9) after a random number of acknowledged saves, and
 * started again. Every start must open the database, find every save acknowledged before any kill, and verify
 * the audit chain. A last start only checks.
 *
 * <p>{@code -Dhpg.durability.cycles=20} (default 3, which keeps CI short) sets the number of kills. Loopback only;
 * each start waits at most 10 minutes (a shared 2-core machine once needed more than 4) and each cycle's saves at
 * most 2 minutes, so a run always ends.
 */
class DurabilityIT {

    private static final int CYCLES = Integer.getInteger("hpg.durability.cycles", 3);
    private static final long START_TIMEOUT_SECONDS = 600;
    private static final long SAVES_TIMEOUT_SECONDS = 120;

    @TempDir
    Path data;

    @Test
    void aDeskKilledHardWhileCliniciansSaveReopensWithEverySaveItAcknowledged() throws Exception {
        var random = new Random(11);
        Set<String> acknowledged = new LinkedHashSet<>();
        Set<String> lost = new LinkedHashSet<>();
        List<Long> startMillis = new ArrayList<>();
        List<Long> reopenMillis = new ArrayList<>();
        int found = 0;
        for (int cycle = 1; cycle <= CYCLES + 1; cycle++) {
            var desk = Desk.start(data, cycle, cycle <= CYCLES);
            try {
                long launched = System.nanoTime();
                desk.awaitStarted();
                reopenMillis.add((System.nanoTime() - launched) / 1_000_000);
                startMillis.add(desk.startedAfterMillis);
                if (cycle == 1) {
                    theRunningDesksDatabaseIsLeftAlone();
                }
                assertThat(desk.chain).as("audit chain after start %d", cycle).startsWith("intact");
                var stored = new HashSet<>(desk.stored);
                acknowledged.stream().filter(save -> !stored.contains(save)).forEach(lost::add);
                found = (int) acknowledged.stream().filter(stored::contains).count();
                if (cycle <= CYCLES) {
                    int savesBeforeKill = 5 + random.nextInt(36);
                    desk.awaitAcknowledged(savesBeforeKill);
                }
            } finally {
                desk.kill();
            }
            acknowledged.addAll(desk.acknowledged());
        }

        System.out.printf("Durability: %d kill -9 cycles, %d saves acknowledged, %d found after the last restart, "
                + "%d lost%n", CYCLES, acknowledged.size(), found, lost.size());
        System.out.println("Durability: start to 'Started' in the child, ms: " + startMillis);
        System.out.println("Durability: launch to database checked, ms: " + reopenMillis + " (median "
                + median(reopenMillis) + ", max " + reopenMillis.stream().mapToLong(Long::longValue).max().orElse(0)
                + ")");
        assertThat(lost).as("acknowledged saves missing after a restart").isEmpty();
        assertThat(found).as("saves found").isEqualTo(acknowledged.size()).isPositive();
    }

    /** The command line, from another process, neither backs up nor restores over the database a desk holds. */
    private void theRunningDesksDatabaseIsLeftAlone() throws IOException {
        String url = "jdbc:h2:file:" + data.resolve("hpgdesk-demo") + ";DB_CLOSE_ON_EXIT=FALSE";
        var backUp = DatabaseBackupsTest.command(url, Clock.systemUTC(), "--hpg.backup");
        assertThat(backUp.status()).as(backUp.printed()).isEqualTo(1);
        assertThat(backUp.printed()).contains("The desk is running", "back it up from its Backups page");
        // A well-formed backup, so that only the open database stands in the way.
        Path backup = data.resolveSibling(data.getFileName() + "-other.zip");
        try (var zip = new ZipOutputStream(Files.newOutputStream(backup))) {
            zip.putNextEntry(new ZipEntry("hpgdesk-demo.mv.db"));
            zip.write(new byte[] {1, 2, 3});
        }
        Files.writeString(BackupArchive.checksumFile(backup), BackupArchive.sha256(backup) + "  other.zip\n");
        long size = Files.size(data.resolve("hpgdesk-demo.mv.db"));
        assertThatThrownBy(() -> BackupArchive.restore(backup, H2Database.of(url), Instant.now()))
                .isInstanceOf(BackupRefused.class).hasMessageContaining("is open: stop the desk before restoring");
        assertThat(data.resolve("hpgdesk-demo.mv.db")).exists();
        assertThat(Files.size(data.resolve("hpgdesk-demo.mv.db"))).isGreaterThanOrEqualTo(size);
    }

    private static long median(List<Long> values) {
        var sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    /** One desk process, its output read as it comes. */
    private static final class Desk {

        final Process process;
        final Thread reader;
        final CountDownLatch started = new CountDownLatch(3);
        final AtomicInteger acknowledgedCount = new AtomicInteger();
        final List<String> acknowledged = new ArrayList<>();
        final Deque<String> lastLines = new ArrayDeque<>();
        volatile long startedAfterMillis;
        volatile List<String> stored = List.of();
        volatile String chain = "";

        private Desk(Process process) {
            this.process = process;
            this.reader = Thread.ofPlatform().name("desk-output").start(this::read);
        }

        static Desk start(Path data, int cycle, boolean write) throws IOException {
            String java = ProcessHandle.current().info().command().orElse("java");
            var command = new ArrayList<>(List.of(java, "-Xmx512m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                    "-cp", System.getProperty("java.class.path"), DurabilityClinic.class.getName(),
                    "--spring.profiles.active=demo", "--hpg.demo.patients=2", "--hpg.data-dir=" + data,
                    "--server.port=0", "--server.address=127.0.0.1", "--vaadin.devmode.devTools.enabled=false",
                    "--vaadin.launch-browser=false", "--logging.level.root=WARN", "--cycle=" + cycle));
            if (write) {
                command.add(DurabilityClinic.WRITE);
            }
            return new Desk(new ProcessBuilder(command).redirectErrorStream(true).start());
        }

        private void read() {
            try (var lines = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    synchronized (lastLines) {
                        lastLines.addLast(line);
                        if (lastLines.size() > 60) {
                            lastLines.removeFirst();
                        }
                    }
                    if (!line.startsWith(DurabilityClinic.PREFIX)) {
                        continue;
                    }
                    String[] said = line.substring(DurabilityClinic.PREFIX.length()).split(" ", 3);
                    switch (said[0]) {
                        case "STARTED" -> {
                            startedAfterMillis = Long.parseLong(said[1]);
                            started.countDown();
                        }
                        case "STORED" -> {
                            stored = said.length < 3 || said[2].isEmpty() ? List.of() : Arrays.asList(said[2].split(","));
                            started.countDown();
                        }
                        case "CHAIN" -> {
                            chain = said.length > 2 ? said[1] + " " + said[2] : said[1];
                            started.countDown();
                        }
                        case "ACK" -> {
                            synchronized (acknowledged) {
                                acknowledged.add(said[1]);
                                acknowledgedCount.incrementAndGet();
                                acknowledged.notifyAll();
                            }
                        }
                        default -> { }
                    }
                }
            } catch (IOException e) {
                // The process was killed mid-line: whatever was read in full counts.
            }
            synchronized (acknowledged) {
                acknowledged.notifyAll();
            }
        }

        void awaitStarted() throws InterruptedException {
            if (!started.await(START_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                kill();
                throw new AssertionError("The desk did not start within " + START_TIMEOUT_SECONDS + " s; its last "
                        + "output:\n" + lastOutput());
            }
        }

        void awaitAcknowledged(int saves) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(SAVES_TIMEOUT_SECONDS);
            synchronized (acknowledged) {
                // Woken by the reader at each acknowledgement and at the end of the output.
                while (acknowledgedCount.get() < saves) {
                    long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
                    if (left <= 0 || !reader.isAlive()) {
                        break;
                    }
                    acknowledged.wait(left);
                }
            }
            if (acknowledgedCount.get() < saves) {
                kill();
                throw new AssertionError("Only " + acknowledgedCount.get() + " of " + saves + " saves were "
                        + "acknowledged; the desk's last output:\n" + lastOutput());
            }
        }

        void kill() throws InterruptedException {
            process.destroyForcibly();
            process.waitFor(60, TimeUnit.SECONDS);
            reader.join(TimeUnit.SECONDS.toMillis(60));
        }

        List<String> acknowledged() {
            synchronized (acknowledged) {
                return List.copyOf(acknowledged);
            }
        }

        String lastOutput() {
            synchronized (lastLines) {
                return lastLines.stream().collect(Collectors.joining("\n"));
            }
        }
    }
}
