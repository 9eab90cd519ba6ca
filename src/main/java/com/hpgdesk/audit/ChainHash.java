package com.hpgdesk.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import org.jspecify.annotations.Nullable;

/**
 * The SHA-256 fingerprint that links each audit record to the one before it.
 *
 * <p>The hashed text is a fixed sequence of fields, each written as its length in UTF-8 bytes, a colon
 * and the bytes, so no choice of subject or detail can make two different records encode alike (a
 * plain separator could be forged by putting the separator into the text). A missing patient is a
 * lone {@code -}, which no length can start with. Changing this encoding invalidates every stored
 * chain, hence the version tag in front.
 */
final class ChainHash {

    /** The predecessor of the first record. */
    static final String GENESIS = "0".repeat(64);

    private static final String VERSION = "hpg-audit-v1";

    private ChainHash() {
    }

    static String of(long sequence, Instant occurredAt, String actor, AuditAction action,
                     @Nullable Long patientId, String subject, String detail, String previousHash) {
        byte[] encoded = canonicalEncoding(sequence, occurredAt, actor, action, patientId, subject, detail,
                previousHash).getBytes(StandardCharsets.UTF_8);
        return HexFormat.of().formatHex(sha256().digest(encoded));
    }

    static String canonicalEncoding(long sequence, Instant occurredAt, String actor, AuditAction action,
                                    @Nullable Long patientId, String subject, String detail,
                                    String previousHash) {
        var text = new StringBuilder(VERSION);
        field(text, Long.toString(sequence));
        field(text, epochMicros(occurredAt));
        field(text, actor);
        field(text, action.name());
        if (patientId == null) {
            text.append('-');
        } else {
            field(text, Long.toString(patientId));
        }
        field(text, subject);
        field(text, detail);
        field(text, previousHash);
        return text.toString();
    }

    /**
     * Both databases keep timestamps to the microsecond; the time is hashed at that precision so that
     * a record read back hashes the same as when it was written.
     */
    static Instant storablePrecision(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }

    private static String epochMicros(Instant instant) {
        Instant stored = storablePrecision(instant);
        return stored.getEpochSecond() + "." + String.format("%06d", stored.getNano() / 1000);
    }

    private static void field(StringBuilder text, String value) {
        text.append(value.getBytes(StandardCharsets.UTF_8).length).append(':').append(value);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime provides SHA-256", e);
        }
    }
}
