package com.rotationrisk;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Reading fixture files and writing small CSVs inline, for the importer tests. */
public final class TestResources {

    private TestResources() {
    }

    /** A resource next to {@code anchor}'s package (a name without a leading slash) or absolute. */
    public static byte[] fixture(Class<?> anchor, String name) {
        try (InputStream in = anchor.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("missing fixture " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Joins lines with LF (no trailing newline unless the last line is ""). */
    public static byte[] csv(String... lines) {
        return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
    }
}
