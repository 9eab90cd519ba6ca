package com.hpgdesk;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real PostgreSQL server for the tests of the {@code postgres} profile. Uses {@code HPG_TEST_POSTGRES_URL}
 * (with {@code HPG_TEST_POSTGRES_USER} and {@code HPG_TEST_POSTGRES_PASSWORD}) when set; otherwise starts a
 * throw-away cluster from the installed server binaries ({@code apt-get install -y postgresql}) on a free
 * loopback port, and removes it when the JVM exits.
 */
public final class TestPostgres {

    public record Server(String jdbcUrl, String username, String password) {}

    private static Server server;

    private TestPostgres() {
    }

    public static synchronized Server server() {
        if (server == null) {
            String url = System.getenv("HPG_TEST_POSTGRES_URL");
            server = url != null && !url.isBlank()
                    ? new Server(url, System.getenv().getOrDefault("HPG_TEST_POSTGRES_USER", "postgres"),
                            System.getenv().getOrDefault("HPG_TEST_POSTGRES_PASSWORD", ""))
                    : startThrowAwayCluster();
        }
        return server;
    }

    private static Server startThrowAwayCluster() {
        Path bin = serverBinaries();
        try {
            Path dir = Files.createTempDirectory("hpg-postgres-");
            Path data = dir.resolve("data");
            List<String> asOwner = new ArrayList<>();
            if ("root".equals(System.getProperty("user.name"))) {
                // PostgreSQL refuses to run as root: run it as the postgres account the package created.
                run(List.of("chown", "postgres", dir.toString()));
                asOwner.addAll(List.of("runuser", "-u", "postgres", "--"));
            }
            int port = freePort();
            run(concat(asOwner, bin.resolve("initdb").toString(), "-D", data.toString(), "-U", "postgres",
                    "-A", "trust", "-E", "UTF8", "--no-sync"));
            run(concat(asOwner, bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-l",
                    dir.resolve("server.log").toString(), "-w", "-o",
                    "-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1 -c fsync=off", "start"));
            Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(asOwner, bin, data, dir)));
            String admin = "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
            try (var connection = DriverManager.getConnection(admin, "postgres", "");
                 var statement = connection.createStatement()) {
                statement.execute("create database hpgdesk_test encoding 'UTF8'");
            }
            return new Server("jdbc:postgresql://127.0.0.1:" + port + "/hpgdesk_test", "postgres", "");
        } catch (IOException | SQLException e) {
            throw new IllegalStateException("Could not start a test PostgreSQL server: " + e.getMessage(), e);
        }
    }

    private static Path serverBinaries() {
        Path root = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(root)) {
            try (Stream<Path> versions = Files.list(root)) {
                var found = versions.map(version -> version.resolve("bin"))
                        .filter(bin -> Files.isExecutable(bin.resolve("initdb")))
                        .max(Comparator.comparing(bin -> Integer.parseInt(bin.getParent().getFileName().toString()
                                .replaceAll("\\D", "0"))));
                if (found.isPresent()) {
                    return found.get();
                }
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("The postgres profile tests need a PostgreSQL server: install one "
                + "(apt-get install -y postgresql) or point HPG_TEST_POSTGRES_URL at a database.");
    }

    private static void stop(List<String> asOwner, Path bin, Path data, Path dir) {
        try {
            run(concat(asOwner, bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-m", "immediate", "stop"));
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        } catch (IOException | RuntimeException e) {
            System.err.println("Test PostgreSQL server in " + dir + " was not cleaned up: " + e.getMessage());
        }
    }

    private static List<String> concat(List<String> prefix, String... command) {
        var all = new ArrayList<>(prefix);
        all.addAll(List.of(command));
        return all;
    }

    private static void run(List<String> command) throws IOException {
        var process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output;
        try {
            output = new String(process.getInputStream().readAllBytes());
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException("Timed out: " + String.join(" ", command));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted: " + String.join(" ", command), e);
        }
        if (process.exitValue() != 0) {
            throw new IOException(String.join(" ", command) + " failed (" + process.exitValue() + "):\n" + output);
        }
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
