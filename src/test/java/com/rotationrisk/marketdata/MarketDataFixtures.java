package com.rotationrisk.marketdata;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/**
 * Builds Yahoo-layout CSV files for import tests. The prices are illustrative (a smooth walk):
 * these files test parsing and storage, they are never shown as market data.
 */
final class MarketDataFixtures {

    private MarketDataFixtures() {
    }

    static byte[] yahooCsv(LocalDate start, int rows, String badLine) {
        StringBuilder csv = new StringBuilder("Date,Open,High,Low,Close,Adj Close,Volume\n");
        LocalDate day = start;
        for (int i = 0; i < rows; i++) {
            while (day.getDayOfWeek().getValue() > 5) {
                day = day.plusDays(1);
            }
            if (badLine != null && i == rows / 2) {
                csv.append(badLine).append('\n');
            }
            double close = 100 + 10 * Math.sin(i / 15.0) + i * 0.01;
            csv.append(String.format(java.util.Locale.US, "%s,%.2f,%.2f,%.2f,%.2f,%.2f,%d%n", day, close - 0.5,
                    close + 1, close - 1, close, close, 1_000_000 + i));
            day = day.plusDays(1);
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }
}
