package com.hpgdesk.base;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.function.BiFunction;

/**
 * Reads a data file that ships inside the application (the marker catalogue, the rules, the lifestyle
 * limits). Such a file is part of the build, so a missing or unreadable one is a broken build and fails
 * loudly, naming the file.
 */
public final class ShippedFile {

    private ShippedFile() {
    }

    /**
     * @param resource absolute classpath location, e.g. {@code /lab/markers.json}
     * @param reader   parses the stream; receives the location to name in its messages
     */
    public static <T> T read(String resource, BiFunction<InputStream, String, T> reader) {
        try (InputStream in = ShippedFile.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the classpath");
            }
            return reader.apply(in, resource);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + resource, e);
        }
    }
}
