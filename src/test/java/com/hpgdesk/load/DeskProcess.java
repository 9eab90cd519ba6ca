package com.hpgdesk.load;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.net.InetAddress;
import java.net.JarURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The desk under load, in a process of its own (as {@code DurabilityIT} starts it): demo profile, an H2 file
 * database under {@code target/load-desk} (kept between runs, so the demo practice is seeded once), bound to
 * 127.0.0.1 on a free port. Vaadin runs in production mode when Vaadin's pre-compiled production bundle is on the
 * class path (the {@code load} Maven profile adds it): its files are laid out where a production build puts
 * them, in a folder placed before the classes. The server's CPU time is read from {@code /proc/<pid>/stat}.
 */
final class DeskProcess implements AutoCloseable {

    private static final Path HOME = Path.of("target", "load-desk").toAbsolutePath();
    private static final long CLOCK_TICKS_PER_SECOND = 100;

    final Process process;
    final URI base;
    final boolean productionMode;
    /** The JDK's jcmd beside the java that runs the desk, for diagnostic commands (GC, class histogram). */
    private final Path jcmd;
    private final BlockingQueue<String> said = new LinkedBlockingQueue<>();
    private final PrintWriter commands;

    private DeskProcess(Process process, URI base, boolean productionMode, Path java) {
        this.process = process;
        this.base = base;
        this.productionMode = productionMode;
        this.jcmd = java.resolveSibling("jcmd");
        this.commands = new PrintWriter(new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8), true);
        Thread.ofPlatform().daemon().name("desk-output").start(this::read);
    }

    static DeskProcess start(int demoPatients) throws IOException {
        Files.createDirectories(HOME);
        Path production = productionBundle();
        int port;
        try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        String java = ProcessHandle.current().info().command().orElse("java");
        String classPath = (production == null ? "" : production + File.pathSeparator)
                + System.getProperty("java.class.path");
        var command = new ArrayList<>(List.of(java, "-Xmx1g", "-cp", classPath, LoadDesk.class.getName(),
                "--spring.profiles.active=demo", "--hpg.demo.patients=" + demoPatients,
                "--hpg.data-dir=" + HOME.resolve("data"), "--server.port=" + port, "--server.address=127.0.0.1",
                "--vaadin.launch-browser=false", "--logging.level.root=WARN",
                "--logging.level.com.hpgdesk.load=INFO"));
        if (production != null) {
            command.add(1, "-Dvaadin.productionMode=true");
        }
        var process = new ProcessBuilder(command).redirectErrorStream(true).start();
        return new DeskProcess(process, URI.create("http://127.0.0.1:" + port + "/"), production != null,
                Path.of(java));
    }

    /**
     * Vaadin's production bundle laid out as a production build does ({@code META-INF/VAADIN/webapp} and
     * {@code config}), or null when the bundle is not on the class path (the desk then runs in development mode).
     */
    private static Path productionBundle() throws IOException {
        var stats = DeskProcess.class.getClassLoader().getResource("vaadin-prod-bundle/config/stats.json");
        if (stats == null) {
            return null;
        }
        Path root = HOME.resolve("vaadin-production");
        Path vaadin = root.resolve("META-INF/VAADIN");
        var connection = (JarURLConnection) stats.openConnection();
        try (var jar = connection.getJarFile()) {
            for (var entries = jar.entries(); entries.hasMoreElements(); ) {
                var entry = entries.nextElement();
                String name = entry.getName();
                if (entry.isDirectory() || !name.startsWith("vaadin-prod-bundle/")) {
                    continue;
                }
                Path target = vaadin.resolve(name.substring("vaadin-prod-bundle/".length()));
                if (!target.startsWith(vaadin)) {
                    continue;
                }
                Files.createDirectories(target.getParent());
                try (var in = jar.getInputStream(entry)) {
                    Files.copy(in, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        return root;
    }

    private void read() {
        try (var lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
             Writer log = Files.newBufferedWriter(HOME.resolve("server.log"), StandardCharsets.UTF_8)) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                log.write(line + "\n");
                log.flush();
                if (line.startsWith(LoadDesk.PREFIX)) {
                    said.add(line.substring(LoadDesk.PREFIX.length()));
                }
            }
        } catch (IOException e) {
            // The process ended.
        }
    }

    /** Waits for the desk to have started (demo practice seeded); returns the JVM's uptime at that moment, ms. */
    long awaitStarted(long timeoutSeconds) throws InterruptedException {
        String line = await("STARTED", timeoutSeconds);
        return Long.parseLong(line.substring("STARTED ".length()).trim());
    }

    /** The server process's CPU time so far (user + system), ms. */
    long cpuMillis() throws IOException {
        String stat = Files.readString(Path.of("/proc", Long.toString(process.pid()), "stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        // After the command name: state is field 3, utime field 14 and stime field 15 (1-based, proc(5)).
        long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        return ticks * 1000 / CLOCK_TICKS_PER_SECOND;
    }

    ServerStats stats() throws InterruptedException {
        commands.println("STATS");
        return ServerStats.parse(await("STATS", 60).substring("STATS ".length()));
    }

    /** Starts a lab import of {@code rows} results in the desk; {@link #awaitImported} waits for its end. */
    void startImport(int rows) throws InterruptedException {
        commands.println("IMPORT " + rows);
        await("IMPORTING", 120);
    }

    /** The import's end: {@code IMPORTED <saved> <ms>} or {@code IMPORTFAILED <message>}. */
    String awaitImported(long timeoutSeconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
        while (System.nanoTime() < deadline) {
            String line = said.poll(1, TimeUnit.SECONDS);
            if (line != null && line.startsWith("IMPORT")) {
                return line;
            }
        }
        throw new IllegalStateException("The import did not end within " + timeoutSeconds + " s");
    }

    /** Runs a diagnostic command in the desk ({@code jcmd <pid> GC.run}, ...) and returns what it printed. */
    String jcmd(String... command) throws IOException, InterruptedException {
        var arguments = new ArrayList<>(List.of(jcmd.toString(), Long.toString(process.pid())));
        arguments.addAll(List.of(command));
        var run = new ProcessBuilder(arguments).redirectErrorStream(true).start();
        String output = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!run.waitFor(300, TimeUnit.SECONDS) || run.exitValue() != 0) {
            throw new IllegalStateException("jcmd " + String.join(" ", command) + " failed: " + output);
        }
        return output;
    }

    void reset() throws InterruptedException {
        commands.println("RESET");
        await("RESET", 60);
    }

    private String await(String kind, long timeoutSeconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
        while (System.nanoTime() < deadline) {
            String line = said.poll(1, TimeUnit.SECONDS);
            if (line != null && line.startsWith(kind)) {
                return line;
            }
            if (line == null && !process.isAlive()) {
                throw new IllegalStateException("The desk stopped; see " + HOME.resolve("server.log"));
            }
        }
        throw new IllegalStateException("The desk did not answer " + kind + " within " + timeoutSeconds + " s; see "
                + HOME.resolve("server.log"));
    }

    @Override
    public void close() throws InterruptedException {
        commands.close();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
        }
    }
}
