package com.hpgdesk.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.hpgdesk.DeskSpringTest;
import com.hpgdesk.audit.AuditAction;
import com.hpgdesk.audit.AuditFilter;
import com.hpgdesk.audit.AuditRecord;
import com.hpgdesk.audit.AuditTrail;
import com.hpgdesk.patient.Patient;
import com.hpgdesk.patient.PatientDetails;
import com.hpgdesk.patient.PatientService;
import com.hpgdesk.security.AccountService;
import com.hpgdesk.security.SystemActor;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 11: a backup of the running desk, taken while it works, restored: the data is as it was when the backup
 * was taken. A damaged backup, one without its checksum, and a restore over the open database are refused.
 */
@DeskSpringTest
class DatabaseBackupsTest {

    /** The patient columns a restore must bring back exactly, every text and version included. */
    private static final String PATIENTS = "select id, record_number, given_name, family_name, search_name, "
            + "date_of_birth, status, version from patient order by id";

    @Autowired
    DatabaseBackups backups;

    @Autowired
    PatientService patients;

    @Autowired
    AccountService accounts;

    @Autowired
    AuditTrail audit;

    @Autowired
    JdbcTemplate jdbc;

    /** The address the pool opened; the setting itself names a new random folder each time it is read. */
    private String databaseUrl() {
        return jdbc.execute((java.sql.Connection connection) -> connection.getMetaData().getURL());
    }

    @TempDir
    Path elsewhere;

    @Test
    void aBackupOfTheRunningDeskRestoresTheDataAsItWasWhenTaken() throws Exception {
        Patient before = register("Zoë", "Ødegård");
        List<Map<String, Object>> atBackupTime = jdbc.queryForList(PATIENTS);
        long labResultsAtBackupTime = jdbc.queryForObject("select count(*) from lab_result", Long.class);

        BackupFile backup = SystemActor.call(backups::backUp);

        // Changed after the backup: a new patient, and the first one renamed.
        Patient after = register("Дмитрий", "Щербаков");
        SystemActor.call(() -> patients.update(before.getId(), before.getVersion(),
                details(before.getRecordNumber(), "Zoe", "Odegard")));
        assertThat(jdbc.queryForList(PATIENTS)).isNotEqualTo(atBackupTime);

        var restored = new H2Database(elsewhere.resolve("restored"), "hpgdesk");
        assertThat(BackupArchive.restore(backup.path(), restored, Instant.now())).isNull();

        try (var connection = DriverManager.getConnection(restored.existingUrl(), "sa", "")) {
            var restoredJdbc = new JdbcTemplate(new org.springframework.jdbc.datasource.SingleConnectionDataSource(
                    connection, true));
            assertThat(restoredJdbc.queryForList(PATIENTS)).isEqualTo(atBackupTime);
            assertThat(restoredJdbc.queryForList("select given_name from patient where id = ?", String.class,
                    before.getId())).containsExactly("Zoë");
            assertThat(restoredJdbc.queryForList("select id from patient where id = ?", Long.class, after.getId()))
                    .isEmpty();
            assertThat(restoredJdbc.queryForObject("select count(*) from lab_result", Long.class))
                    .isEqualTo(labResultsAtBackupTime).isPositive();
        }
    }

    @Test
    void aBackupIsNamedByItsTimeCarriesAChecksumFileAndIsAudited() throws Exception {
        BackupFile backup = SystemActor.call(backups::backUp);

        assertThat(backup.name()).matches("hpgdesk-demo-\\d{8}-\\d{6}Z(-\\d+)?\\.zip");
        assertThat(backup.path().getParent()).isEqualTo(SystemActor.call(backups::folder));
        assertThat(Files.size(backup.path())).isEqualTo(backup.sizeBytes()).isPositive();
        // The format of sha256sum, so `sha256sum -c` checks it as well.
        assertThat(Files.readString(BackupArchive.checksumFile(backup.path())))
                .isEqualTo(backup.sha256() + "  " + backup.name() + "\n");
        assertThat(backup.sha256()).isEqualTo(BackupArchive.sha256(backup.path())).hasSize(64);
        assertThat(SystemActor.call(backups::list)).extracting(BackupFile::name).contains(backup.name());

        List<AuditRecord> recorded = SystemActor.call(() -> audit.list(PageRequest.of(0, 20),
                AuditFilter.ALL.withActor(SystemActor.NAME)));
        assertThat(recorded).anySatisfy(record -> {
            assertThat(record.getAction()).isEqualTo(AuditAction.EXPORT);
            assertThat(record.getSubject()).isEqualTo("database backup");
            assertThat(record.getDetail()).contains(backup.name(), backup.sha256());
        });
    }

    @Test
    void aDamagedBackupIsRefusedAndNothingIsRestored() throws Exception {
        BackupFile backup = SystemActor.call(backups::backUp);
        Path copy = elsewhere.resolve(backup.name());
        byte[] bytes = Files.readAllBytes(backup.path());
        bytes[bytes.length / 2] ^= 0x01;
        Files.write(copy, bytes);
        Files.copy(BackupArchive.checksumFile(backup.path()), BackupArchive.checksumFile(copy));
        var target = new H2Database(elsewhere.resolve("target"), "hpgdesk");

        assertThatThrownBy(() -> BackupArchive.restore(copy, target, Instant.now()))
                .isInstanceOf(BackupRefused.class)
                .hasMessage("The backup " + backup.name() + " does not match its checksum: it was damaged or changed "
                        + "after it was taken. Nothing was restored; use another backup.");
        assertThat(target.directory()).doesNotExist();
    }

    @Test
    void aBackupWithoutItsChecksumFileIsRefused() throws Exception {
        BackupFile backup = SystemActor.call(backups::backUp);
        Path copy = Files.copy(backup.path(), elsewhere.resolve(backup.name()));

        assertThatThrownBy(() -> BackupArchive.restore(copy, new H2Database(elsewhere, "hpgdesk"), Instant.now()))
                .isInstanceOf(BackupRefused.class)
                .hasMessageContaining("has no checksum file (" + backup.name() + ".sha256) beside it");
        assertThat(elsewhere.resolve("hpgdesk.mv.db")).doesNotExist();
    }

    @Test
    void restoringOverTheDatabaseOfTheRunningDeskIsRefused() {
        BackupFile backup = SystemActor.call(backups::backUp);
        long patientsBefore = jdbc.queryForObject("select count(*) from patient", Long.class);

        assertThatThrownBy(() -> BackupArchive.restore(backup.path(), H2Database.of(databaseUrl()), Instant.now()))
                .isInstanceOf(BackupRefused.class)
                .hasMessageContaining("is open: stop the desk before restoring");
        assertThat(jdbc.queryForObject("select count(*) from patient", Long.class)).isEqualTo(patientsBefore);
    }

    @Test
    void theCommandLineBacksUpAStoppedDeskAndRestoresIntoIt() throws Exception {
        BackupFile backup = SystemActor.call(backups::backUp);
        Path data = elsewhere.resolve("data");
        var clock = Clock.fixed(Instant.parse("2026-12-02T03:00:00Z"), ZoneOffset.UTC);
        String url = "jdbc:h2:file:" + data.resolve("hpgdesk") + ";DB_CLOSE_ON_EXIT=FALSE";

        var restore = command(url, clock, "--hpg.restore=" + backup.path());
        assertThat(restore.status).as(restore.printed).isZero();
        assertThat(restore.printed).contains("restored " + backup.path() + " into " + data.resolve("hpgdesk.mv.db"));

        var backUp = command(url, clock, "--hpg.backup");
        assertThat(backUp.status).as(backUp.printed).isZero();
        Path written = data.resolve("backups").resolve("hpgdesk-20261202-030000Z.zip");
        assertThat(backUp.printed).contains("backed up " + data.resolve("hpgdesk.mv.db") + " to " + written);
        BackupArchive.verify(written);

        // Restoring again keeps the database it replaces.
        var again = command(url, Clock.offset(clock, java.time.Duration.ofMinutes(1)), "--hpg.restore=" + written);
        assertThat(again.status).as(again.printed).isZero();
        assertThat(again.printed).contains("kept as " + data.resolve("hpgdesk.mv.db.before-restore-20261202-030100Z"));
        assertThat(data.resolve("hpgdesk.mv.db.before-restore-20261202-030100Z")).exists();
    }

    /** A desk running in another process is refused by the command line too: see DurabilityIT. */
    @Test
    void theCommandLineLeavesPostgresqlToPgDump() {
        var postgres = command("jdbc:postgresql://localhost:5432/hpgdesk", Clock.systemUTC(), "--hpg.backup");
        assertThat(postgres.status).isEqualTo(2);
        assertThat(postgres.printed).contains("pg_dump");
        assertThat(OperationsCommand.requested(new String[] {"--server.port=0"})).isFalse();
    }

    @Test
    void onPostgresqlThePracticeLeadIsToldToUsePgDump() {
        var onPostgres = new DatabaseBackups(null, audit, Clock.systemUTC(), elsewhere.toString(),
                "jdbc:postgresql://localhost:5432/hpgdesk");
        assertThat(onPostgres.backsUpItself()).isFalse();
        assertThatThrownBy(onPostgres::backUp).isInstanceOf(BackupRefused.class).hasMessageContaining("pg_dump");
        assertThat(elsewhere).isEmptyDirectory();
    }

    record Outcome(int status, String printed) {}

    static Outcome command(String url, Clock clock, String... args) {
        var environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("test", Map.of(
                "spring.datasource.url", url, "spring.datasource.username", "sa", "spring.datasource.password", "")));
        var printed = new ByteArrayOutputStream();
        int status = OperationsCommand.run(environment, args, clock, new PrintStream(printed, true,
                StandardCharsets.UTF_8));
        return new Outcome(status, printed.toString(StandardCharsets.UTF_8));
    }

    private Patient register(String given, String family) {
        return SystemActor.call(() -> patients.register(details(
                "BK-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(), given, family)));
    }

    private PatientDetails details(String recordNumber, String given, String family) {
        long clinician = SystemActor.call(() -> accounts.listActiveClinicians().stream()
                .filter(account -> account.getUsername().equals("mhale")).findFirst().orElseThrow().getId());
        return new PatientDetails(recordNumber, given, family, LocalDate.of(1984, 5, 17), null, null, null, clinician,
                null, null, null);
    }
}
