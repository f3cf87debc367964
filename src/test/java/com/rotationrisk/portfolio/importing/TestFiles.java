package com.rotationrisk.portfolio.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

/**
 * Test helpers. Fixtures under src/test/resources/com/rotationrisk/portfolio/importing are shaped
 * like the real broker exports but are illustrative (made-up accounts and values).
 */
final class TestFiles {

    private TestFiles() {
    }

    static byte[] fixture(String name) {
        try (InputStream in = TestFiles.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("missing fixture " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Joins lines with LF. */
    static byte[] csv(String... lines) {
        return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
    }

    static BigDecimal bd(String value) {
        return new BigDecimal(value);
    }
}
