package com.rotationrisk.marketdata.provider;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A symbol's daily history as one provider answered it.
 *
 * @param symbol        the symbol as the app asked for it (e.g. {@code AAPL}, not Stooq's {@code aapl.us})
 * @param providerName  the provider's display name
 * @param bars          the readable rows, sorted by date (values as the provider gave them)
 * @param splits        splits reported in the same response; empty when the response has none
 * @param malformedRows rows that could not be read at all, each with a short reason, for example
 *                      {@code "row 3: close 'abc' is not a number"} (rows are counted from the first data row)
 * @param fetchedAt     when the answer arrived
 */
public record ProviderHistory(String symbol, String providerName, List<ProviderBar> bars, List<ProviderSplit> splits,
                              List<String> malformedRows, Instant fetchedAt) {

    public ProviderHistory {
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(providerName, "providerName");
        Objects.requireNonNull(fetchedAt, "fetchedAt");
        bars = bars.stream().sorted(Comparator.comparing(ProviderBar::date)).toList();
        splits = List.copyOf(splits);
        malformedRows = List.copyOf(malformedRows);
    }

    /**
     * The bars as CSV in the Stooq daily layout ({@code Date,Open,High,Low,Close,Volume}), which the
     * price file parser reads; missing values are empty cells. A bridge for the file-import preview.
     */
    public byte[] toCsv() {
        StringBuilder csv = new StringBuilder(64 + bars.size() * 48).append("Date,Open,High,Low,Close,Volume\n");
        for (ProviderBar bar : bars) {
            csv.append(bar.date()).append(',').append(plain(bar.open())).append(',').append(plain(bar.high()))
                    .append(',').append(plain(bar.low())).append(',').append(plain(bar.close())).append(',')
                    .append(bar.volume() == null ? "" : bar.volume().toString()).append('\n');
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String plain(Double value) {
        return value == null ? "" : BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
