package com.hpgdesk.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class ChainHashTest {

    private static final Instant AT = Instant.parse("2026-03-01T09:15:30.123456Z");

    private static String hash(long sequence, Instant at, String actor, AuditAction action, Long patientId,
                               String subject, String detail, String previous) {
        return ChainHash.of(sequence, at, actor, action, patientId, subject, detail, previous);
    }

    @Test
    void encodesEveryFieldWithItsLengthInAFixedOrder() {
        String encoded = ChainHash.canonicalEncoding(7, AT, "mhale", AuditAction.UPDATE, 42L, "lab report 17",
                "LH result corrected", ChainHash.GENESIS);

        assertThat(encoded).isEqualTo("hpg-audit-v1" + "1:7" + "17:1772356530.123456" + "5:mhale" + "6:UPDATE"
                + "2:42" + "13:lab report 17" + "19:LH result corrected" + "64:" + "0".repeat(64));
    }

    @Test
    void hashIsTheSha256HexOfTheEncoding() throws Exception {
        String encoded = ChainHash.canonicalEncoding(1, AT, "system", AuditAction.CREATE, null, "patient", "",
                ChainHash.GENESIS);
        String expected = HexFormat.of().formatHex(
                MessageDigest.getInstance("SHA-256").digest(encoded.getBytes(StandardCharsets.UTF_8)));

        assertThat(hash(1, AT, "system", AuditAction.CREATE, null, "patient", "", ChainHash.GENESIS))
                .isEqualTo(expected)
                .hasSize(64)
                .matches("[0-9a-f]{64}");
    }

    @Test
    void sameRecordAlwaysHashesAlike() {
        assertThat(hash(3, AT, "mhale", AuditAction.READ, 5L, "patient", "opened", ChainHash.GENESIS))
                .isEqualTo(hash(3, AT, "mhale", AuditAction.READ, 5L, "patient", "opened", ChainHash.GENESIS));
    }

    @Test
    void lengthsKeepFieldBoundariesUnambiguous() {
        assertThat(hash(1, AT, "mhale", AuditAction.READ, 5L, "ab", "c", ChainHash.GENESIS))
                .isNotEqualTo(hash(1, AT, "mhale", AuditAction.READ, 5L, "a", "bc", ChainHash.GENESIS));
        assertThat(hash(1, AT, "mhale", AuditAction.READ, 5L, "patient2:", "x", ChainHash.GENESIS))
                .isNotEqualTo(hash(1, AT, "mhale", AuditAction.READ, 5L, "patient", "2:x", ChainHash.GENESIS));
    }

    @Test
    void noPatientDiffersFromEveryPatient() {
        String none = ChainHash.canonicalEncoding(1, AT, "system", AuditAction.SIGN_IN, null, "session", "",
                ChainHash.GENESIS);
        String zero = ChainHash.canonicalEncoding(1, AT, "system", AuditAction.SIGN_IN, 0L, "session", "",
                ChainHash.GENESIS);

        assertThat(none).contains("7:SIGN_IN-7:session");
        assertThat(none).isNotEqualTo(zero);
    }

    @Test
    void changingAnyFieldChangesTheHash() {
        String original = hash(9, AT, "mhale", AuditAction.UPDATE, 5L, "patient", "name corrected", "a".repeat(64));

        assertThat(java.util.List.of(
                hash(10, AT, "mhale", AuditAction.UPDATE, 5L, "patient", "name corrected", "a".repeat(64)),
                hash(9, AT.plusNanos(1000), "mhale", AuditAction.UPDATE, 5L, "patient", "name corrected",
                        "a".repeat(64)),
                hash(9, AT, "jokafor", AuditAction.UPDATE, 5L, "patient", "name corrected", "a".repeat(64)),
                hash(9, AT, "mhale", AuditAction.DELETE, 5L, "patient", "name corrected", "a".repeat(64)),
                hash(9, AT, "mhale", AuditAction.UPDATE, 6L, "patient", "name corrected", "a".repeat(64)),
                hash(9, AT, "mhale", AuditAction.UPDATE, 5L, "patients", "name corrected", "a".repeat(64)),
                hash(9, AT, "mhale", AuditAction.UPDATE, 5L, "patient", "name corrected.", "a".repeat(64)),
                hash(9, AT, "mhale", AuditAction.UPDATE, 5L, "patient", "name corrected", "b".repeat(64))))
                .doesNotContain(original)
                .doesNotHaveDuplicates();
    }

    @Test
    void timeIsHashedToTheMicrosecondTheDatabaseKeeps() {
        Instant withNanos = Instant.parse("2026-03-01T09:15:30.123456789Z");

        assertThat(hash(1, withNanos, "mhale", AuditAction.READ, 5L, "patient", "", ChainHash.GENESIS))
                .isEqualTo(hash(1, AT, "mhale", AuditAction.READ, 5L, "patient", "", ChainHash.GENESIS));
        assertThat(ChainHash.canonicalEncoding(1, Instant.parse("2026-03-01T09:15:30Z"), "a", AuditAction.READ,
                null, "s", "", ChainHash.GENESIS)).contains("17:1772356530.000000");
    }

    @Test
    void countsLengthInUtf8BytesNotCharacters() {
        assertThat(ChainHash.canonicalEncoding(1, AT, "zoë", AuditAction.READ, null, "s", "", ChainHash.GENESIS))
                .contains("4:zoë");
    }

    @Test
    void firstRecordChainsOntoSixtyFourZeros() {
        assertThat(ChainHash.GENESIS).hasSize(64).matches("0+");
    }
}
