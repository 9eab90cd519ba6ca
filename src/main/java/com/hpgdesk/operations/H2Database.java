package com.hpgdesk.operations;

import java.nio.file.Path;

/**
 * Where an embedded H2 database lives, read from its JDBC address ({@code jdbc:h2:file:./data/hpgdesk;...}):
 * the folder and the database name, whose main file is {@code <name>.mv.db}.
 */
public record H2Database(Path directory, String name) {

    private static final String FILE_PREFIX = "jdbc:h2:file:";

    /** The database behind {@code jdbcUrl}, or a refusal naming what is not an H2 file database. */
    public static H2Database of(String jdbcUrl) {
        if (!jdbcUrl.startsWith(FILE_PREFIX)) {
            throw new IllegalArgumentException("Not an embedded H2 file database: " + jdbcUrl
                    + (jdbcUrl.startsWith("jdbc:postgresql:") ? " (back up PostgreSQL with pg_dump)" : ""));
        }
        String location = jdbcUrl.substring(FILE_PREFIX.length());
        int settings = location.indexOf(';');
        Path file = Path.of(settings < 0 ? location : location.substring(0, settings)).toAbsolutePath().normalize();
        return new H2Database(file.getParent(), file.getFileName().toString());
    }

    public Path mainFile() {
        return directory.resolve(name + ".mv.db");
    }

    /** The address to open this database with, failing rather than creating an empty one when it is missing. */
    public String existingUrl() {
        return FILE_PREFIX + directory.resolve(name) + ";IFEXISTS=TRUE";
    }
}
