package com.hpgdesk.audit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The secret that seals the chain head and every anchor: an HMAC-SHA256 key kept outside the database, so that
 * someone who can rewrite the database but not read this key cannot make a rewritten chain look genuine.
 *
 * <p>Taken from {@code hpg.audit.key} ({@code HPG_AUDIT_KEY}, at least 32 characters) or the file named by
 * {@code hpg.audit.key-file}; with neither, a file {@code audit-key} in the data folder, generated on the first
 * start, readable by the desk's own account only. Losing the key or changing it makes the chain read as not
 * sealed by this desk's key: keep a copy apart from the database and its backups.
 */
final class AuditKey {

    static final int MIN_LENGTH = 32;
    static final String GENERATED_FILE = "audit-key";
    private static final String ALGORITHM = "HmacSHA256";
    private static final Logger LOG = LoggerFactory.getLogger(AuditKey.class);

    private final SecretKeySpec key;
    /** Where the key came from, for messages; never the key itself. */
    private final String origin;

    AuditKey(String secret, String origin) {
        if (secret.strip().length() < MIN_LENGTH) {
            throw new IllegalStateException("The audit key from " + origin + " is too short: it needs at least "
                    + MIN_LENGTH + " characters");
        }
        this.key = new SecretKeySpec(secret.strip().getBytes(StandardCharsets.UTF_8), ALGORITHM);
        this.origin = origin;
    }

    /** The key configured, or the one in the data folder, created there when missing. */
    static AuditKey load(@Nullable String secret, @Nullable String keyFile, Path dataDir) {
        if (secret != null && !secret.isBlank()) {
            return new AuditKey(secret, "HPG_AUDIT_KEY");
        }
        try {
            if (keyFile != null && !keyFile.isBlank()) {
                Path file = Path.of(keyFile);
                if (!Files.isReadable(file)) {
                    throw new IllegalStateException("The audit key file " + file + " (hpg.audit.key-file) cannot be read");
                }
                return new AuditKey(Files.readString(file), file.toString());
            }
            Path file = dataDir.resolve(GENERATED_FILE);
            if (!Files.exists(file)) {
                generate(file);
            }
            return new AuditKey(Files.readString(file), file.toString());
        } catch (IOException e) {
            throw new IllegalStateException("The audit key could not be read or created: " + e.getMessage(), e);
        }
    }

    private static void generate(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        String secret = Base64.getEncoder().encodeToString(random);
        try {
            // Created with owner-only permissions, so the key is never readable by others, not even for a moment.
            var ownerOnly = PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"));
            Files.createFile(file, ownerOnly);
        } catch (UnsupportedOperationException notPosix) {
            Files.createFile(file);
        } catch (FileAlreadyExistsException anotherStart) {
            return;
        }
        Files.writeString(file, secret + "\n", StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING);
        LOG.warn("Generated a new audit key in {} (readable by this account only). It seals the audit trail: keep a "
                + "copy apart from the database and its backups, or set HPG_AUDIT_KEY / hpg.audit.key-file.", file);
    }

    String origin() {
        return origin;
    }

    /** The seal of the chain head naming {@code lastSequence} and {@code lastHash}. */
    String sealOfHead(long lastSequence, String lastHash) {
        return hmac("hpg-audit-head-v1|" + lastSequence + "|" + lastHash);
    }

    /** The seal of one line of the anchor file. */
    String sealOfAnchor(String writtenAt, long lastSequence, String lastHash) {
        return hmac("hpg-audit-anchor-v1|" + writtenAt + "|" + lastSequence + "|" + lastHash);
    }

    private String hmac(String text) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("Every Java runtime provides " + ALGORITHM, e);
        }
    }
}
