package com.hpgdesk.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditKeyTest {

    @TempDir
    Path dataDir;

    @Test
    void aFirstStartWithoutAKeyGeneratesOneReadableByTheOwnerOnlyAndKeepsIt() throws Exception {
        AuditKey first = AuditKey.load(null, null, dataDir);
        Path file = dataDir.resolve(AuditKey.GENERATED_FILE);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(Files.readString(file).strip()).hasSizeGreaterThanOrEqualTo(AuditKey.MIN_LENGTH);
        AuditKey again = AuditKey.load("", "", dataDir);
        assertThat(again.sealOfHead(7, "ab")).isEqualTo(first.sealOfHead(7, "ab"));
    }

    @Test
    void aConfiguredKeyWinsAndAnotherKeyGivesOtherSeals() throws Exception {
        Path file = dataDir.resolve("practice.key");
        Files.writeString(file, "k".repeat(40) + "\n");

        AuditKey fromFile = AuditKey.load(null, file.toString(), dataDir);
        AuditKey fromEnvironment = AuditKey.load("k".repeat(40), file.toString(), dataDir);
        AuditKey other = AuditKey.load("q".repeat(40), null, dataDir);

        assertThat(fromEnvironment.sealOfHead(3, "cd")).isEqualTo(fromFile.sealOfHead(3, "cd"))
                .isNotEqualTo(other.sealOfHead(3, "cd"));
        assertThat(fromEnvironment.sealOfHead(3, "cd")).isNotEqualTo(fromEnvironment.sealOfHead(4, "cd"));
        assertThat(Files.exists(dataDir.resolve(AuditKey.GENERATED_FILE))).as("no key generated").isFalse();
    }

    @Test
    void aShortOrMissingKeyStopsTheStartWithAClearMessage() {
        assertThatThrownBy(() -> AuditKey.load("short", null, dataDir))
                .hasMessageContaining("too short").hasMessageContaining("32");
        assertThatThrownBy(() -> AuditKey.load(null, dataDir.resolve("missing.key").toString(), dataDir))
                .hasMessageContaining("cannot be read").hasMessageContaining("hpg.audit.key-file");
    }
}
