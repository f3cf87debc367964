package com.rotationrisk.marketdata.importing;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/**
 * Test helpers. Fixture files under src/test/resources/com/rotationrisk/marketdata/importing
 * look like the real exports, but their prices are illustrative: they only test parsing.
 */
final class TestFiles {

    static final LocalDate TODAY = LocalDate.of(2024, 6, 28);

    private TestFiles() {
    }

    static byte[] fixture(String name) {
        return com.rotationrisk.TestResources.fixture(TestFiles.class, name);
    }

    static byte[] csv(String... lines) {
        return com.rotationrisk.TestResources.csv(lines);
    }

    static final String YAHOO_HEADER = "Date,Open,High,Low,Close,Adj Close,Volume";

    /** A generated Yahoo file with {@code rows} consecutive calendar days starting 1700-01-01 (all in the past). */
    static byte[] generatedYahoo(int rows) {
        StringBuilder sb = new StringBuilder(rows * 70).append(YAHOO_HEADER).append('\n');
        LocalDate date = LocalDate.of(1700, 1, 1);
        double price = 100;
        for (int i = 0; i < rows; i++) {
            price = Math.max(1, price * (1 + ((i * 7919) % 201 - 100) / 10_000.0));
            double open = price * 0.995;
            double high = price * 1.01;
            double low = price * 0.985;
            sb.append(date).append(',')
                    .append(String.format(java.util.Locale.ROOT, "%.6f,%.6f,%.6f,%.6f,%.6f", open, high, low, price,
                            price * 0.98))
                    .append(',').append(1_000_000 + i).append('\n');
            date = date.plusDays(1);
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }
}
