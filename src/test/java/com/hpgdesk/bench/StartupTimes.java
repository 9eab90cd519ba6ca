package com.hpgdesk.bench;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Measures the production jar's start to its first answer: starts {@code java -jar} on a new H2 folder (default
 * profile, loopback, a free port), asks {@code /login} every 50 ms until it answers 200, and records the wall time
 * from the start of the process and the process's CPU time at that moment (user + system, from /proc), then stops the
 * process it started (SIGTERM, then SIGKILL after 30 s). Variants run alternately, round by round, so that a busy
 * machine weighs on all of them alike. A plain program, not a test: run it with the JDK the desk runs on, from the
 * project folder, after {@code ./mvnw -B -ntp package -DskipTests}:
 *
 * <pre>
 * java src/test/java/com/hpgdesk/bench/StartupTimes.java --prepare-aot
 * java src/test/java/com/hpgdesk/bench/StartupTimes.java --runs 3 \
 *     'plain|jar|' 'aot|aot|' 'lazy|jar|--spring.main.lazy-initialization=true'
 * </pre>
 *
 * A variant is {@code name|mode|extra arguments}: mode {@code jar} runs {@code target/hpg-recovery-desk-*.jar},
 * {@code extracted} the same jar extracted into {@code target/startup/application}, {@code aot} the extracted jar
 * with {@code -XX:AOTCache=target/startup/application/app.aot}; extra arguments (space-separated) go to the JVM when
 * they start with {@code -X} or {@code -D}, to the application otherwise. {@code --prepare-aot} extracts the jar and
 * makes the AOT cache with a training run ({@code --train refresh}, as Spring Boot's documentation shows, exits once
 * the context has refreshed; {@code --train login}, the default, runs until {@code /login} answers 200 and then stops
 * the desk, so Tomcat's, Spring Security's and Vaadin's first request are in the cache too). Each run's log is kept
 * in {@code target/startup/logs}. {@code --restart} measures restarts instead: every run starts on one database folder,
 * made and migrated by an unmeasured first start of the first variant.
 */
public final class StartupTimes {

    private static final Path WORK = Path.of("target/startup");
    private static final Path EXTRACTED = WORK.resolve("application");
    private static final Pattern STARTED = Pattern.compile("Started Application in ([0-9.]+) seconds");
    private static final Duration GIVE_UP = Duration.ofMinutes(5);
    /** With --restart: one database folder for every run (made by an unmeasured first start), so runs restart. */
    private static Path dataDirToKeep;

    private record Variant(String name, String mode, Path where, List<String> jvmArgs, List<String> appArgs) {
        static Variant parse(String spec) {
            String[] parts = spec.split("\\|", -1);
            String[] mode = parts.length == 3 ? parts[1].split("=", 2) : new String[] {""};
            if (parts.length != 3 || !List.of("jar", "extracted", "aot").contains(mode[0])) {
                throw new IllegalArgumentException("A variant is name|jar, extracted or aot[=path]|extra arguments: "
                        + spec);
            }
            Path where = mode.length == 2 ? Path.of(mode[1]) : mode[0].equals("jar") ? null : EXTRACTED;
            List<String> jvm = new ArrayList<>();
            List<String> app = new ArrayList<>();
            for (String arg : parts[2].trim().split("\\s+")) {
                if (arg.isEmpty()) {
                    continue;
                }
                (arg.startsWith("-X") || arg.startsWith("-D") ? jvm : app).add(arg);
            }
            return new Variant(parts[0], mode[0], where, jvm, app);
        }
    }

    private record Run(double wallSeconds, double cpuSeconds, String startedLine) {
    }

    public static void main(String[] args) throws Exception {
        int runs = 3;
        String train = "login";
        boolean prepare = false;
        Path jar = null;
        Path into = EXTRACTED;
        Path keptData = null;
        List<Variant> variants = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                case "--prepare-aot" -> prepare = true;
                case "--train" -> train = args[++i];
                case "--jar" -> jar = Path.of(args[++i]);
                case "--into" -> into = Path.of(args[++i]);
                case "--restart" -> keptData = Files.createTempDirectory("hpg-startup-kept-");
                default -> variants.add(Variant.parse(args[i]));
            }
        }
        Files.createDirectories(WORK.resolve("logs"));
        if (prepare) {
            // The first variant, if any, gives the training run's arguments; the variants are then measured.
            prepareAot(train, jar == null ? jar() : jar, into,
                    variants.isEmpty() ? List.of() : variants.getFirst().jvmArgs(),
                    variants.isEmpty() ? List.of() : variants.getFirst().appArgs());
        }
        if (variants.isEmpty()) {
            return;
        }
        dataDirToKeep = keptData;
        if (keptData != null) {
            Run prime = startOnce(variants.getFirst(), "prime");
            System.out.printf(Locale.ROOT, "new database made in %s (%.1f s), the runs restart on it%n", keptData,
                    prime.wallSeconds());
        }
        Map<String, List<Run>> results = new LinkedHashMap<>();
        for (int round = 1; round <= runs; round++) {
            for (Variant variant : variants) {
                Run run = startOnce(variant, variant.name() + "-" + round);
                results.computeIfAbsent(variant.name(), k -> new ArrayList<>()).add(run);
                System.out.printf(Locale.ROOT, "round %d %-12s wall %6.2f s  cpu %6.2f s  load %s  %s%n", round,
                        variant.name(), run.wallSeconds(), run.cpuSeconds(), loadAverage(), run.startedLine());
            }
        }
        if (keptData != null) {
            deleteTree(keptData);
        }
        System.out.println();
        System.out.println("| variant | wall s (median; runs) | process CPU s (median; runs) | n |");
        System.out.println("|---|---|---|---|");
        for (var entry : results.entrySet()) {
            List<Run> list = entry.getValue();
            System.out.printf(Locale.ROOT, "| %s | %.1f (%s) | %.1f (%s) | %d |%n", entry.getKey(),
                    median(list.stream().mapToDouble(Run::wallSeconds).toArray()), join(list, Run::wallSeconds),
                    median(list.stream().mapToDouble(Run::cpuSeconds).toArray()), join(list, Run::cpuSeconds),
                    list.size());
        }
    }

    private static Run startOnce(Variant variant, String label) throws Exception {
        Path dataDir = dataDirToKeep != null ? dataDirToKeep : Files.createTempDirectory("hpg-startup-");
        int port = freePort();
        List<String> command = new ArrayList<>();
        command.add(javaExecutable());
        command.addAll(variant.jvmArgs());
        Path workDir = Path.of(".");
        switch (variant.mode()) {
            case "jar" -> command.addAll(List.of("-jar",
                    (variant.where() == null ? jar() : variant.where()).toAbsolutePath().toString()));
            case "extracted" -> {
                command.addAll(List.of("-jar", extractedJar(variant.where()).getFileName().toString()));
                workDir = variant.where();
            }
            default -> {
                command.addAll(List.of("-XX:AOTCache=app.aot", "-jar",
                        extractedJar(variant.where()).getFileName().toString()));
                workDir = variant.where();
            }
        }
        command.addAll(List.of("--server.port=" + port, "--server.address=127.0.0.1"));
        command.addAll(variant.appArgs());
        Path log = WORK.resolve("logs").resolve(label + ".log").toAbsolutePath();
        try {
            ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile())
                    .redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().put("HPG_DATA_DIR", dataDir.toAbsolutePath().toString());
            builder.environment().put("HPG_ADMIN_PASSWORD", "Startup-times-" + Long.toHexString(System.nanoTime()));
            builder.environment().remove("SPRING_PROFILES_ACTIVE");
            long started = System.nanoTime();
            Process process = builder.start();
            try {
                awaitLogin(process, port, log);
                double wall = (System.nanoTime() - started) / 1e9;
                double cpu = cpuSeconds(process.pid());
                return new Run(wall, cpu, startedLine(log));
            } finally {
                // A training run writes its AOT cache after SIGTERM (a child JVM assembles it): give it time.
                stop(process, variant.name().equals("training") ? Duration.ofMinutes(10) : Duration.ofSeconds(30));
            }
        } finally {
            if (dataDirToKeep == null) {
                deleteTree(dataDir);
            }
        }
    }

    private static void awaitLogin(Process process, int port, Path log) throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"))
                .timeout(Duration.ofSeconds(60)).build();
        long deadline = System.nanoTime() + GIVE_UP.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The desk stopped (exit " + process.exitValue() + "); see " + log);
            }
            try {
                if (client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            process.waitFor(50, TimeUnit.MILLISECONDS);
        }
        throw new IllegalStateException("/login did not answer 200 within " + GIVE_UP + "; see " + log);
    }

    /** User + system CPU time of the process, from /proc/<pid>/stat (fields 14 and 15, in clock ticks). */
    private static double cpuSeconds(long pid) throws IOException {
        String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        return ticks / (double) clockTicksPerSecond();
    }

    private static long clockTicksPerSecond() {
        try {
            Process getconf = new ProcessBuilder("getconf", "CLK_TCK").redirectErrorStream(true).start();
            String out = new String(getconf.getInputStream().readAllBytes()).trim();
            getconf.waitFor();
            return Long.parseLong(out);
        } catch (IOException | InterruptedException | NumberFormatException e) {
            return 100;
        }
    }

    private static void stop(Process process, Duration patience) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(patience.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }
    }

    private static void prepareAot(String train, Path jar, Path into, List<String> jvmArgs, List<String> appArgs)
            throws Exception {
        deleteTree(into);
        run(List.of(javaExecutable(), "-Djarmode=tools", "-jar", jar.toAbsolutePath().toString(), "extract",
                "--destination", into.toAbsolutePath().toString()), Path.of("."));
        String jarName = extractedJar(into).getFileName().toString();
        long started = System.nanoTime();
        if ("refresh".equals(train)) {
            Path dataDir = Files.createTempDirectory("hpg-startup-train-");
            List<String> command = new ArrayList<>(List.of(javaExecutable(), "-XX:AOTCacheOutput=app.aot",
                    "-Dspring.context.exit=onRefresh"));
            command.addAll(jvmArgs);
            command.addAll(List.of("-jar", jarName, "--server.port=0", "--server.address=127.0.0.1"));
            command.addAll(appArgs);
            ProcessBuilder builder = new ProcessBuilder(command).directory(into.toFile()).inheritIO();
            builder.environment().put("HPG_DATA_DIR", dataDir.toAbsolutePath().toString());
            builder.environment().put("HPG_ADMIN_PASSWORD", "Startup-training-1");
            int exit = builder.start().waitFor();
            deleteTree(dataDir);
            if (exit != 0) {
                throw new IllegalStateException("The training run ended with " + exit);
            }
        } else {
            List<String> jvm = new ArrayList<>(List.of("-XX:AOTCacheOutput=app.aot"));
            jvm.addAll(jvmArgs);
            Variant training = new Variant("training", "extracted", into, jvm, appArgs);
            startOnce(training, "training");
        }
        System.out.printf(Locale.ROOT, "AOT cache %s (%d MB) made in %.1f s%n", into.resolve("app.aot"),
                Files.size(into.resolve("app.aot")) >> 20, (System.nanoTime() - started) / 1e9);
    }

    private static void run(List<String> command, Path dir) throws Exception {
        int exit = new ProcessBuilder(command).directory(dir.toFile()).inheritIO().start().waitFor();
        if (exit != 0) {
            throw new IllegalStateException(String.join(" ", command) + " ended with " + exit);
        }
    }

    private static Path jar() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            return files.filter(p -> p.getFileName().toString().matches("hpg-recovery-desk-.*\\.jar"))
                    .max(Comparator.comparing(p -> p.toFile().lastModified()))
                    .orElseThrow(() -> new IllegalStateException("No target/hpg-recovery-desk-*.jar: package first"));
        }
    }

    private static Path extractedJar(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.toString().endsWith(".jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("No extracted jar: run with --prepare-aot first"));
        }
    }

    private static String javaExecutable() {
        return ProcessHandle.current().info().command().orElse("java");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress("127.0.0.1", 0));
            return socket.getLocalPort();
        }
    }

    private static String startedLine(Path log) throws IOException {
        Matcher matcher = STARTED.matcher(Files.readString(log));
        return matcher.find() ? "Started Application in " + matcher.group(1) + " s" : "";
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException e) {
            return "?";
        }
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static String join(List<Run> runs, java.util.function.ToDoubleFunction<Run> value) {
        return String.join(", ", runs.stream().map(r -> String.format(Locale.ROOT, "%.1f", value.applyAsDouble(r)))
                .toList());
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private StartupTimes() {
    }
}
