package com.rotationrisk.portfolio.importing;

import java.math.BigDecimal;

/**
 * Test helpers. Fixtures under src/test/resources/com/rotationrisk/portfolio/importing are shaped
 * like the real broker exports but are illustrative (made-up accounts and values).
 */
final class TestFiles {

    private TestFiles() {
    }

    static byte[] fixture(String name) {
        return com.rotationrisk.TestResources.fixture(TestFiles.class, name);
    }

    static byte[] csv(String... lines) {
        return com.rotationrisk.TestResources.csv(lines);
    }

    static BigDecimal bd(String value) {
        return new BigDecimal(value);
    }
}
