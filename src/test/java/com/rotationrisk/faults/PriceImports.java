package com.rotationrisk.faults;

import com.rotationrisk.marketdata.AssetType;
import com.rotationrisk.marketdata.ImportPreview;
import com.rotationrisk.marketdata.ImportRequest;
import com.rotationrisk.marketdata.ImportResult;
import com.rotationrisk.marketdata.InstrumentDetails;
import com.rotationrisk.marketdata.PriceImportService;
import com.rotationrisk.marketdata.SizeBucket;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Imports 2,000 to 4,000 bars for a new symbol each time, previewed and committed as in the import view. The new
 * instrument's name says how many bars its import brought, so the stored rows alone show an import cut short.
 */
final class PriceImports implements CrashWorkload.Workload {

    static final String KIND = "import";
    static final String SYMBOL_PREFIX = "CRX";
    private static final Pattern NAME = Pattern.compile("Crash import of (\\d+) bars");
    private static final LocalDate FIRST_DAY = LocalDate.of(1990, 1, 2);

    private final PriceImportService imports;
    private final String symbolPrefix;
    private final Random random;
    private int imported;

    PriceImports(PriceImportService imports, String symbolPrefix, long seed) {
        this.imports = imports;
        this.symbolPrefix = symbolPrefix;
        this.random = new Random(seed);
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public void once() {
        String symbol = symbolPrefix + (++imported);
        int bars = 2_000 + random.nextInt(2_001);
        CrashWorkload.say(Protocol.line(Protocol.BEGIN, KIND, "symbol", symbol, "bars", bars));
        ImportPreview preview = imports.preview(csv(bars), symbol);
        ImportResult result = imports.commit(new ImportRequest(symbol, preview.file(), "crash-" + symbol + ".csv",
                false, new InstrumentDetails(symbol, "Crash import of " + bars + " bars", AssetType.STOCK,
                "Information Technology", null, SizeBucket.SMALL)));
        if (result.barsWritten() != bars) {
            throw new IllegalStateException(symbol + ": " + result.barsWritten() + " bars written of " + bars);
        }
        CrashWorkload.say(Protocol.line(Protocol.COMMITTED, KIND, "symbol", symbol, "bars", bars));
    }

    /** The bar count an instrument's name claims, or -1 for an instrument this class did not create. */
    static int barsNamedIn(String instrumentName) {
        Matcher m = NAME.matcher(instrumentName);
        return m.matches() ? Integer.parseInt(m.group(1)) : -1;
    }

    /** A Yahoo-layout file of weekday bars; the prices are an illustrative smooth walk. */
    private static byte[] csv(int bars) {
        StringBuilder csv = new StringBuilder("Date,Open,High,Low,Close,Adj Close,Volume\n");
        LocalDate day = FIRST_DAY;
        for (int i = 0; i < bars; i++) {
            while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
                day = day.plusDays(1);
            }
            double close = 100 + 10 * Math.sin(i / 15.0) + i * 0.01;
            csv.append(String.format(Locale.US, "%s,%.2f,%.2f,%.2f,%.2f,%.2f,%d%n", day, close - 0.5, close + 1,
                    close - 1, close, close, 1_000_000 + i));
            day = day.plusDays(1);
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }
}
