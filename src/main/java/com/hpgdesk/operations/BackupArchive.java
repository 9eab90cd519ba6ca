package com.hpgdesk.operations;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

/**
 * Backups of the embedded H2 database as files: taking one through an open connection (H2's {@code BACKUP TO}
 * copies a consistent state while the desk keeps working), the checksum file beside it, and restoring one into
 * place while the desk is stopped. Plain Java, so the command line can use it without starting the desk.
 *
 * <p>A backup {@code hpgdesk-20261202-111206Z.zip} has {@code hpgdesk-20261202-111206Z.zip.sha256} beside it in
 * the format of {@code sha256sum}, so {@code sha256sum -c} checks it too.
 */
public final class BackupArchive {

    static final String CHECKSUM_SUFFIX = ".sha256";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private BackupArchive() {
    }

    /** Writes a backup of the database {@code h2} is connected to into {@code folder}, named by {@code now}. */
    public static BackupFile take(Connection h2, String databaseName, Path folder, Instant now) {
        Path target = freeName(folder, databaseName + "-" + STAMP.format(now));
        // Written under another name first: a backup cut short never carries a backup's name.
        Path partial = folder.resolve(target.getFileName() + ".part");
        try {
            Files.createDirectories(folder);
            try (var statement = h2.createStatement()) {
                statement.execute("BACKUP TO '" + partial.toAbsolutePath().toString().replace("'", "''") + "'");
            }
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            String sha256 = sha256(target);
            Files.writeString(checksumFile(target), sha256 + "  " + target.getFileName() + "\n",
                    StandardCharsets.UTF_8);
            return new BackupFile(target, now, Files.size(target), sha256);
        } catch (IOException | SQLException e) {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException ignored) {
                // The message below matters more than a leftover .part file.
            }
            throw new BackupRefused("The backup could not be written to " + folder + ": " + e.getMessage(), e);
        }
    }

    /** Two backups within the same second (a double click) get -2, -3: a backup never overwrites another. */
    private static Path freeName(Path folder, String stem) {
        Path candidate = folder.resolve(stem + ".zip");
        for (int count = 2; Files.exists(candidate); count++) {
            candidate = folder.resolve(stem + "-" + count + ".zip");
        }
        return candidate;
    }

    /** The backups in {@code folder}, newest first; each with the checksum its file was written with. */
    public static List<BackupFile> list(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        var found = new ArrayList<BackupFile>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path zip : files.filter(file -> file.getFileName().toString().endsWith(".zip")).toList()) {
                String recorded = Files.exists(checksumFile(zip)) ? recordedChecksum(zip) : "";
                found.add(new BackupFile(zip, Files.getLastModifiedTime(zip).toInstant(), Files.size(zip), recorded));
            }
        } catch (IOException e) {
            throw new BackupRefused("The backup folder " + folder + " could not be read: " + e.getMessage(), e);
        }
        found.sort(Comparator.comparing(BackupFile::takenAt).reversed());
        return found;
    }

    /**
     * Checks {@code zip} against the checksum file beside it.
     *
     * @throws BackupRefused when the checksum file is missing or the backup no longer matches it
     */
    public static void verify(Path zip) {
        if (!Files.isRegularFile(zip)) {
            throw new BackupRefused("There is no backup file " + zip + ".");
        }
        if (!Files.isRegularFile(checksumFile(zip))) {
            throw new BackupRefused("The backup " + zip.getFileName() + " has no checksum file ("
                    + checksumFile(zip).getFileName() + ") beside it, so it cannot be shown to be complete. "
                    + "Nothing was restored.");
        }
        String recorded = recordedChecksum(zip);
        String actual = sha256(zip);
        if (!actual.equalsIgnoreCase(recorded)) {
            throw new BackupRefused("The backup " + zip.getFileName() + " does not match its checksum: it was "
                    + "damaged or changed after it was taken. Nothing was restored; use another backup.");
        }
    }

    /**
     * Puts the backup {@code zip} in place of {@code database}, which must not be open: the desk is stopped. The
     * checksum is verified first; the database files being replaced are kept beside it under
     * {@code <name>.mv.db.before-restore-<time>}.
     *
     * @return the file the replaced database was kept as, or null when there was none
     */
    public static Path restore(Path zip, H2Database database, Instant now) {
        verify(zip);
        checkIsH2Backup(zip);
        Path current = database.mainFile();
        Path keptAs = null;
        try {
            Files.createDirectories(database.directory());
            if (Files.exists(current)) {
                refuseWhileOpen(current);
                keptAs = current.resolveSibling(current.getFileName() + ".before-restore-" + STAMP.format(now));
                Files.move(current, keptAs);
            }
            extractDatabaseFile(zip, current);
        } catch (IOException | RuntimeException e) {
            if (e instanceof BackupRefused refused) {
                throw refused;
            }
            throw new BackupRefused("The backup could not be restored into " + database.directory() + ": "
                    + e.getMessage() + (keptAs == null ? "" : " The database that was there is kept as " + keptAs
                    + "."), e);
        }
        return keptAs;
    }

    static String sha256(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            var digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[64 * 1024];
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                digest.update(buffer, 0, read);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new BackupRefused("The backup " + file + " could not be read: " + e.getMessage(), e);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    static Path checksumFile(Path zip) {
        return zip.resolveSibling(zip.getFileName() + CHECKSUM_SUFFIX);
    }

    private static String recordedChecksum(Path zip) {
        try {
            String line = Files.readString(checksumFile(zip), StandardCharsets.UTF_8).strip();
            int space = line.indexOf(' ');
            return space < 0 ? line : line.substring(0, space);
        } catch (IOException e) {
            throw new BackupRefused("The checksum file of " + zip.getFileName() + " could not be read: "
                    + e.getMessage(), e);
        }
    }

    private static void checkIsH2Backup(Path zip) {
        try (var archive = new ZipFile(zip.toFile())) {
            if (archive.stream().filter(entry -> entry.getName().endsWith(".mv.db")).count() != 1) {
                throw new BackupRefused(zip.getFileName() + " does not hold exactly one H2 database file (*.mv.db): "
                        + "it is not a backup of the desk. Nothing was restored.");
            }
        } catch (IOException e) {
            throw new BackupRefused(zip.getFileName() + " is not a readable ZIP backup: " + e.getMessage(), e);
        }
    }

    /** The one database file of the backup, under the name the desk opens; written whole before it is named so. */
    private static void extractDatabaseFile(Path zip, Path mainFile) throws IOException {
        Path partial = mainFile.resolveSibling(mainFile.getFileName() + ".part");
        try (var archive = new ZipFile(zip.toFile())) {
            var entry = archive.stream().filter(each -> each.getName().endsWith(".mv.db")).findFirst().orElseThrow();
            try (InputStream in = archive.getInputStream(entry)) {
                Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
            }
            Files.move(partial, mainFile, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    private static void refuseWhileOpen(Path mainFile) throws IOException {
        if (isOpen(mainFile)) {
            throw new BackupRefused("The database " + mainFile + " is open: stop the desk before restoring. "
                    + "Nothing was restored.");
        }
    }

    /** H2 holds an operating-system lock on the file while the database is open, in this process or another. */
    static boolean isOpen(Path mainFile) throws IOException {
        try (FileChannel channel = FileChannel.open(mainFile, StandardOpenOption.READ, StandardOpenOption.WRITE);
             FileLock lock = channel.tryLock()) {
            return lock == null;
        } catch (OverlappingFileLockException e) {
            return true;
        }
    }
}
