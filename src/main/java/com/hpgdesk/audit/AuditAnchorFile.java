package com.hpgdesk.audit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The chain head as it was seen from time to time, one sealed line each, appended to a file outside the
 * database (default {@code audit-anchors.log} in the data folder). Someone who deletes records and rewinds the
 * head in the database cannot rewind this file with it: the last line names a record the trail no longer reaches.
 */
final class AuditAnchorFile {

    static final String DEFAULT_NAME = "audit-anchors.log";
    private static final Pattern LINE = Pattern.compile(
            "(\\S+) record=(\\d+) hash=([0-9a-f]{64}) seal=([0-9a-f]{64})");

    /** One line: at {@code writtenAt} the chain ended at record {@code lastSequence} with {@code lastHash}. */
    record Anchor(String writtenAt, long lastSequence, String lastHash, String seal) {

        String line() {
            return writtenAt + " record=" + lastSequence + " hash=" + lastHash + " seal=" + seal;
        }

        boolean sealedBy(AuditKey key) {
            return key.sealOfAnchor(writtenAt, lastSequence, lastHash).equals(seal);
        }
    }

    /** What the last line of the file says; {@code unreadable} when it is there but not an anchor. */
    record LastAnchor(@Nullable Anchor anchor, boolean unreadable) {

        static final LastAnchor NONE = new LastAnchor(null, false);
    }

    private final Path file;

    AuditAnchorFile(Path file) {
        this.file = file;
    }

    Path path() {
        return file;
    }

    static Anchor sealed(AuditKey key, Instant writtenAt, long lastSequence, String lastHash) {
        String at = writtenAt.toString();
        return new Anchor(at, lastSequence, lastHash, key.sealOfAnchor(at, lastSequence, lastHash));
    }

    synchronized void append(Anchor anchor) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        // APPEND and SYNC: a line once written survives a crash right after, and is never written over.
        Files.writeString(file, anchor.line() + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND, StandardOpenOption.SYNC);
    }

    synchronized LastAnchor last() throws IOException {
        if (!Files.exists(file)) {
            return LastAnchor.NONE;
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                .filter(line -> !line.isBlank()).toList();
        if (lines.isEmpty()) {
            return LastAnchor.NONE;
        }
        var matcher = LINE.matcher(lines.getLast().strip());
        if (!matcher.matches()) {
            return new LastAnchor(null, true);
        }
        return new LastAnchor(new Anchor(matcher.group(1), Long.parseLong(matcher.group(2)), matcher.group(3),
                matcher.group(4)), false);
    }
}
