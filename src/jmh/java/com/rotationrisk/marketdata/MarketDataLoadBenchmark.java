package com.rotationrisk.marketdata;

import com.rotationrisk.RotationRiskApplication;
import com.rotationrisk.marketdata.importing.PriceFilePreview;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Load script for the market-data targets: (1) bars of 500 instruments x 5 years from the store,
 * cold (from the database) and warm (cache hit after the version check); (2) a 100,000-row CSV
 * import, preview plus commit. Runs the real application on an H2 file database under
 * target/bench-db filled with SYNTHETIC random-walk bars (never shown as market data).
 * Run: ./mvnw -Pbenchmark test-compile exec:exec -Dbench.main=com.rotationrisk.marketdata.MarketDataLoadBenchmark -Dbench=
 */
public final class MarketDataLoadBenchmark {

    private static final int INSTRUMENTS = 500;
    private static final int BARS = 1260;
    private static final int RUNS = 20;

    public static void main(String[] args) throws Exception {
        Path db = Path.of("target", "bench-db");
        if (Files.exists(db)) {
            try (var files = Files.walk(db)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        ConfigurableApplicationContext context = new SpringApplicationBuilder(RotationRiskApplication.class)
                .properties("server.port=0", "rotationrisk.data-dir=./target/bench-db", "rotationrisk.demo-data.enabled=true",
                        "rotationrisk.marketdata.bundled=false", "logging.level.root=warn")
                .run();
        try {
            SecurityContextHolder.getContext().setAuthentication(
                    new TestingAuthenticationToken("admin", "n/a", "ROLE_ADMIN"));
            List<String> symbols = seed(context);
            BarStore store = context.getBean(BarStore.class);
            LocalDate asOf = LocalDate.of(2024, 12, 31);

            long[] cold = new long[5];
            for (int i = 0; i < cold.length; i++) {
                store.evictAll();
                long t = System.nanoTime();
                check(store.barsUpTo(symbols, asOf).size());
                cold[i] = System.nanoTime() - t;
            }
            for (int i = 0; i < 50; i++) {
                store.barsUpTo(symbols, asOf);
            }
            long[] warm = new long[RUNS];
            for (int i = 0; i < RUNS; i++) {
                long t = System.nanoTime();
                check(store.barsUpTo(symbols, asOf).size());
                warm[i] = System.nanoTime() - t;
            }
            report("500 instruments x 1260 bars, cold (database read)", cold);
            report("500 instruments x 1260 bars, warm (version check + cache)", warm);

            PriceImportService imports = context.getBean(PriceImportService.class);
            byte[] csv = yahooCsv(100_000);
            long[] importRuns = new long[3];
            long[] previewRuns = new long[3];
            for (int i = 0; i < importRuns.length; i++) {
                long t = System.nanoTime();
                PriceFilePreview file = imports.preview(csv, "BIG" + i).file();
                previewRuns[i] = System.nanoTime() - t;
                imports.commit(new ImportRequest("BIG" + i, file, "bench.csv", false,
                        new InstrumentDetails("BIG" + i, "Synthetic benchmark series", AssetType.STOCK, "Energy",
                                null, SizeBucket.SMALL)));
                importRuns[i] = System.nanoTime() - t;
            }
            report("100,000-row Yahoo CSV: preview (parse + checks)", previewRuns);
            report("100,000-row Yahoo CSV: preview + commit (one transaction)", importRuns);
        } finally {
            context.close();
        }
    }

    private static void check(int size) {
        if (size != INSTRUMENTS) {
            throw new IllegalStateException("expected " + INSTRUMENTS + " histories, got " + size);
        }
    }

    private static List<String> seed(ConfigurableApplicationContext context) {
        InstrumentRepository instruments = context.getBean(InstrumentRepository.class);
        BarWriter writer = context.getBean(BarWriter.class);
        TransactionTemplate tx = context.getBean(TransactionTemplate.class);
        SplittableRandom random = new SplittableRandom(42);
        List<String> symbols = new ArrayList<>();
        long t = System.nanoTime();
        for (int n = 0; n < INSTRUMENTS; n++) {
            String symbol = String.format(Locale.ROOT, "SYN%03d", n);
            symbols.add(symbol);
            List<BarRow> rows = new ArrayList<>(BARS);
            LocalDate day = LocalDate.of(2020, 1, 1);
            double close = 50 + random.nextDouble(100);
            for (int i = 0; i < BARS; i++) {
                while (day.getDayOfWeek().getValue() > 5) {
                    day = day.plusDays(1);
                }
                close *= 1 + random.nextGaussian() * 0.015;
                rows.add(new BarRow(day, close, close * 1.01, close * 0.99, close, 1_000_000L + random.nextInt(1000)));
                day = day.plusDays(1);
            }
            tx.executeWithoutResult(s -> {
                Instrument instrument = instruments.save(new Instrument(new InstrumentDetails(symbol, "Synthetic " + symbol,
                        AssetType.STOCK, "Energy", null, SizeBucket.MID), "synthetic benchmark data", "synthetic"));
                writer.write(instrument.getId(), rows, "synthetic benchmark data", java.time.Instant.now());
            });
        }
        System.out.printf(Locale.ROOT, "seeded %d instruments x %d bars in %d ms%n", INSTRUMENTS, BARS,
                (System.nanoTime() - t) / 1_000_000);
        return symbols;
    }

    private static byte[] yahooCsv(int rows) {
        StringBuilder csv = new StringBuilder("Date,Open,High,Low,Close,Adj Close,Volume\n");
        LocalDate day = LocalDate.of(1700, 1, 1);
        for (int i = 0; i < rows; i++) {
            double close = 100 + Math.sin(i / 50.0) * 10;
            csv.append(String.format(Locale.ROOT, "%s,%.2f,%.2f,%.2f,%.2f,%.2f,%d%n", day, close, close + 1, close - 1,
                    close, close, 1000 + i));
            day = day.plusDays(1);
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void report(String what, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        System.out.printf(Locale.ROOT, "%-62s median %8.1f ms  min %8.1f ms  max %8.1f ms  (n=%d)%n", what,
                sorted[sorted.length / 2] / 1e6, sorted[0] / 1e6, sorted[sorted.length - 1] / 1e6, sorted.length);
    }
}
