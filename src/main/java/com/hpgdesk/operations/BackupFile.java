package com.hpgdesk.operations;

import java.nio.file.Path;
import java.time.Instant;

/** One backup: the ZIP that H2's {@code BACKUP TO} wrote, when it was taken, its size and SHA-256 (hex). */
public record BackupFile(Path path, Instant takenAt, long sizeBytes, String sha256) {

    public String name() {
        return path.getFileName().toString();
    }
}
