package com.hpgdesk.operations;

import com.hpgdesk.audit.AuditAction;
import com.hpgdesk.audit.AuditTrail;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Backups of the running desk, taken by a practice lead. On the embedded H2 database H2's {@code BACKUP TO}
 * copies a consistent state into {@code hpg.backup.dir} while everyone keeps working; on PostgreSQL the database
 * server is backed up with its own tools (pg_dump), and this says so.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class DatabaseBackups {

    static final String SUBJECT = "database backup";
    public static final String USE_PG_DUMP_TEXT = "This desk runs on PostgreSQL: back it up with the database server's own tools "
            + "(pg_dump; see Operations in the README), not from here.";
    private static final Logger log = LoggerFactory.getLogger(DatabaseBackups.class);

    private final DataSource dataSource;
    private final AuditTrail auditTrail;
    private final Clock clock;
    private final Path folder;
    private final String databaseUrl;

    DatabaseBackups(DataSource dataSource, AuditTrail auditTrail, Clock clock,
                    @Value("${hpg.backup.dir}") String folder, @Value("${spring.datasource.url}") String databaseUrl) {
        this.dataSource = dataSource;
        this.auditTrail = auditTrail;
        this.clock = clock;
        this.folder = Path.of(folder).toAbsolutePath().normalize();
        this.databaseUrl = databaseUrl;
    }

    /** True when the desk runs on the embedded H2 database, which it backs up itself. */
    public boolean backsUpItself() {
        return databaseUrl.startsWith("jdbc:h2:");
    }

    /** Where backups are written. */
    public Path folder() {
        return folder;
    }

    /**
     * Backs up the running database, with a SHA-256 checksum file beside it, and records who did it.
     *
     * @throws BackupRefused on PostgreSQL (use pg_dump) and when the file cannot be written
     */
    public BackupFile backUp() {
        if (!backsUpItself()) {
            throw new BackupRefused(USE_PG_DUMP_TEXT);
        }
        BackupFile backup;
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            // The address the pool really opened: a setting may resolve differently each time it is read.
            String opened = connection.getMetaData().getURL();
            backup = BackupArchive.take(connection, H2Database.of(opened).name(), folder, clock.instant());
        } catch (SQLException e) {
            throw new BackupRefused("The database could not be backed up: " + e.getMessage(), e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
        // The backup holds every patient's data: leaving the building with it is an export like any other.
        auditTrail.record(AuditAction.EXPORT, null, SUBJECT, "Backed up the database to " + backup.name()
                + " (SHA-256 " + backup.sha256() + ")");
        log.info("Database backed up to {} ({} bytes, SHA-256 {})", backup.path(), backup.sizeBytes(), backup.sha256());
        return backup;
    }

    /** The backups in the backup folder, newest first. */
    public List<BackupFile> list() {
        return BackupArchive.list(folder);
    }
}
