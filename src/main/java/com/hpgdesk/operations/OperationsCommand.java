package com.hpgdesk.operations;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;

/**
 * The desk's command-line jobs, done instead of starting the desk, with the same settings it would start with
 * (profiles, {@code application.properties}, environment, arguments):
 * <ul>
 * <li>{@code --hpg.backup}: backs up the H2 database of a stopped desk into {@code hpg.backup.dir} and exits;
 * a running desk is backed up from its Backups page.</li>
 * <li>{@code --hpg.restore=<backup.zip>}: checks the backup against its checksum file and puts it in place of
 * the H2 database, keeping the replaced files; the desk must be stopped.</li>
 * </ul>
 * The exit status is 0 when done, 1 when refused (the reason is printed), 2 when the command does not apply.
 */
public final class OperationsCommand implements ApplicationListener<ApplicationEnvironmentPreparedEvent>, Ordered {

    static final String BACKUP = "--hpg.backup";
    static final String RESTORE = "--hpg.restore=";

    /** True when the arguments ask for a command rather than a start. */
    public static boolean requested(String[] args) {
        return Arrays.stream(args).anyMatch(arg -> arg.equals(BACKUP) || arg.startsWith(RESTORE));
    }

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        if (requested(event.getArgs())) {
            // Nothing has started yet: no web server, no pool, no migration.
            System.exit(run(event.getEnvironment(), event.getArgs(), Clock.systemUTC(), System.out));
        }
    }

    /** After the profiles and every property source are in place. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    static int run(Environment environment, String[] args, Clock clock, PrintStream out) {
        String url = environment.getProperty("spring.datasource.url", "");
        if (!url.startsWith("jdbc:h2:file:")) {
            out.println("hpg: the desk's database is " + url + ", not an embedded H2 file. Back up and restore "
                    + "PostgreSQL with pg_dump and pg_restore (see Operations in the README).");
            return 2;
        }
        H2Database database = H2Database.of(url);
        try {
            String restore = restoreArgument(args);
            if (restore != null) {
                Path keptAs = BackupArchive.restore(Path.of(restore), database, clock.instant());
                out.println("hpg: restored " + restore + " into " + database.mainFile()
                        + (keptAs == null ? "" : "; the database it replaced is kept as " + keptAs));
                return 0;
            }
            BackupFile backup = backUp(environment, url, database, clock);
            out.println("hpg: backed up " + database.mainFile() + " to " + backup.path() + " (" + backup.sizeBytes()
                    + " bytes, SHA-256 " + backup.sha256() + ")");
            return 0;
        } catch (BackupRefused refused) {
            out.println("hpg: " + refused.getMessage());
            return 1;
        }
    }

    private static BackupFile backUp(Environment environment, String url, H2Database database, Clock clock) {
        Path folder = Path.of(environment.getProperty("hpg.backup.dir", database.directory() + "/backups"));
        if (!Files.exists(database.mainFile())) {
            throw new BackupRefused("There is no database at " + database.mainFile() + " to back up.");
        }
        try {
            if (BackupArchive.isOpen(database.mainFile())) {
                throw new BackupRefused("The desk is running and holds " + database.mainFile() + ": back it up from "
                        + "its Backups page (practice leads), or stop it and run this again.");
            }
        } catch (IOException e) {
            throw new BackupRefused("The database " + database.mainFile() + " could not be read: " + e.getMessage(), e);
        }
        try (var connection = DriverManager.getConnection(url + ";IFEXISTS=TRUE",
                environment.getProperty("spring.datasource.username", "sa"),
                environment.getProperty("spring.datasource.password", ""))) {
            return BackupArchive.take(connection, database.name(), folder, clock.instant());
        } catch (SQLException e) {
            throw new BackupRefused("The database " + database.mainFile() + " could not be opened: " + e.getMessage(),
                    e);
        }
    }

    private static @Nullable String restoreArgument(String[] args) {
        return Arrays.stream(args).filter(arg -> arg.startsWith(RESTORE)).map(arg -> arg.substring(RESTORE.length()))
                .findFirst().orElse(null);
    }
}
