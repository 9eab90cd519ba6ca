package com.hpgdesk.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ShippedFileTest {

    @Test
    void aShippedFileIsHandedToItsReaderWithItsName() {
        String read = ShippedFile.read("/lab/markers.json", (in, name) -> {
            try {
                return name + " starts with " + new String(in.readNBytes(1), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        assertThat(read).isEqualTo("/lab/markers.json starts with {");
    }

    @Test
    void aMissingFileIsNamedInTheFailure() {
        assertThatThrownBy(() -> ShippedFile.read("/lab/no-such-catalogue.json", (in, name) -> name))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("/lab/no-such-catalogue.json is missing from the classpath");
    }
}
