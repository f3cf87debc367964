package com.rotationrisk.base.csv;

import static org.assertj.core.api.Assertions.assertThat;

import com.rotationrisk.marketdata.importing.PriceFileException;
import com.rotationrisk.marketdata.importing.PriceFileParser;
import com.rotationrisk.portfolio.importing.HoldingsFileException;
import com.rotationrisk.portfolio.importing.HoldingsFileParser;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Fuzz-style properties (finding 1): the holdings and price parsers, fed random and hostile number cells (huge and
 * tiny exponents, thousand-digit mantissas, separators, signs, garbage), either return a preview or throw their own
 * file exception with a message; nothing else escapes, and no input takes longer than {@link #PER_INPUT}. Inputs come
 * from a seeded random generator (the same inputs every run, reproducible from the seed); the number of tries is
 * fixed, so the run is bounded in time.
 */
class ParserFuzzTest {

    /** A safety bound, not a speed target: a runaway BigDecimal takes minutes, a parse of these inputs milliseconds. */
    static final Duration PER_INPUT = Duration.ofSeconds(2);

    private static final ExecutorService RUNNER = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "parser-fuzz");
        t.setDaemon(true);
        return t;
    });
    private static final AtomicLong slowestNanos = new AtomicLong();

    private final HoldingsFileParser holdings = new HoldingsFileParser();
    private final PriceFileParser prices = new PriceFileParser();

    private static final long SEED = 20_261_129L;
    private final Random random = new Random(SEED);

    @Test
    void pastedHoldingsNeverFailUnexpectedly() throws Exception {
        for (int i = 0; i < 400; i++) {
            String text = pastedHoldings();
            expectOnly(HoldingsFileException.class, () -> holdings.parsePasted(text));
        }
    }

    @Test
    void holdingsFilesNeverFailUnexpectedly() throws Exception {
        for (int i = 0; i < 300; i++) {
            String text = holdingsFiles();
            expectOnly(HoldingsFileException.class, () -> holdings.parse(text.getBytes(StandardCharsets.UTF_8)));
        }
    }

    @Test
    void priceFilesNeverFailUnexpectedly() throws Exception {
        for (int i = 0; i < 400; i++) {
            String text = priceFiles();
            expectOnly(PriceFileException.class, () -> prices.parse(text.getBytes(StandardCharsets.UTF_8),
                    LocalDate.of(2026, 1, 15)));
        }
    }

    @Test
    void everyAcceptedNumberIsWithinTheBounds() {
        for (int i = 0; i < 2000; i++) {
            String cell = numberCell();
            CsvNumbers.Parsed parsed = CsvNumbers.read(cell, ',');
            if (parsed.ok()) {
                assertThat(parsed.value().precision()).as(cell).isLessThanOrEqualTo(
                        CsvNumbers.MAX_SIGNIFICANT_DIGITS + CsvNumbers.MAX_EXPONENT);
                assertThat(parsed.value().abs().compareTo(new java.math.BigDecimal("1e51"))).as(cell).isNegative();
            }
        }
    }

    @AfterAll
    static void report() {
        System.out.printf("ParserFuzzTest: slowest single input took %.1f ms%n", slowestNanos.get() / 1e6);
    }

    private static void expectOnly(Class<? extends RuntimeException> allowed, Runnable parse) throws Exception {
        Future<?> run = RUNNER.submit(() -> {
            long start = System.nanoTime();
            try {
                parse.run();
            } catch (RuntimeException e) {
                if (!allowed.isInstance(e)) {
                    throw e;
                }
                assertThat(e.getMessage()).isNotBlank();
            } finally {
                slowestNanos.accumulateAndGet(System.nanoTime() - start, Math::max);
            }
        });
        try {
            run.get(PER_INPUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            run.cancel(true);
            throw new AssertionError("one input took longer than " + PER_INPUT, e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new AssertionError("uncaught " + e.getCause(), e.getCause());
        }
    }

    // ---- seeded generators ----

    @SafeVarargs
    private <T> T pick(T... options) {
        return options[random.nextInt(options.length)];
    }

    private String chars(String alphabet, int min, int max) {
        int n = min + random.nextInt(max - min + 1);
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return sb.toString();
    }

    private String anyChars(int max) {
        int n = random.nextInt(max + 1);
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            sb.appendCodePoint(random.nextInt(4) == 0 ? random.nextInt(0x3000) : 32 + random.nextInt(95));
        }
        return sb.toString();
    }

    private String numberCell() {
        String digits = chars("0123456789", 1, 1200);
        return switch (random.nextInt(10)) {
            case 0, 1, 2, 3 -> {
                String exponent = switch (random.nextInt(4)) {
                    case 0 -> String.valueOf(random.nextInt(81) - 40);
                    case 1 -> String.valueOf(random.nextLong());
                    case 2 -> pick("400000000", "-500000000", "+999999999999", "2147483648", "-2147483649");
                    default -> chars("0123456789", 1, 200);
                };
                yield pick("", "-", "+", "$", "(", "-$") + digits + pick("", ".", ".5", ",", ",000") + pick("e", "E")
                        + exponent + pick("", ")", "%");
            }
            case 4, 5 -> {
                StringBuilder sb = new StringBuilder(String.valueOf(1 + random.nextInt(999)));
                String sep = pick(",", ".");
                for (int g = random.nextInt(401); g > 0; g--) {
                    sb.append(sep).append(String.format("%03d", random.nextInt(1000)));
                }
                yield sb.toString();
            }
            case 6, 7 -> pick("1e400000000", "1e-500000000", "1E+2147483647", "-1e-2147483648", "0e999999999",
                    "0.0000000000000000000000000000000000000000000000000000001", "NaN", "Infinity", "-Infinity", "1e",
                    "e5", "..", ",,", "(-)", "$", "%", "\u0661\u0662\u0663", "\uff11\uff12\uff13", "0x1F", "1_000");
            case 8 -> digits;
            default -> anyChars(60);
        };
    }

    private String pastedHoldings() {
        int lines = 1 + random.nextInt(30);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < lines; i++) {
            sb.append(i == 0 ? "" : "\n").append(pick("IBM", "MSFT", "BRK.B", "CASH", "X", "", "SPAXX**")).append('\t')
                    .append(numberCell());
            if (random.nextInt(10) >= 3) {
                sb.append('\t').append(numberCell());
            }
        }
        return sb.toString();
    }

    private String quotedCells(int min, int max) {
        int n = min + random.nextInt(max - min + 1);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append(i == 0 ? "" : ",").append('"').append(numberCell().replace("\"", "")).append('"');
        }
        return sb.toString();
    }

    private String rows(Supplier<String> row, int min, int max) {
        int n = min + random.nextInt(max - min + 1);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append('\n').append(row.get());
        }
        return sb.toString();
    }

    private String holdingsFiles() {
        String header = pick("Symbol,Quantity,Cost Basis Per Share", "Symbol,Quantity,Price,Cost Basis Total",
                "Account Number,Account Name,Symbol,Description,Quantity,Last Price,Last Price Change,Current Value,"
                        + "Today's Gain/Loss Dollar,Today's Gain/Loss Percent,Total Gain/Loss Dollar,"
                        + "Total Gain/Loss Percent,Percent Of Account,Cost Basis Total,Average Cost Basis,Type",
                "Ticker;Shares;Cost");
        return header + rows(() -> pick("IBM", "MSFT", "AAPL", "CASH", "Z") + "," + quotedCells(1, 16), 1, 20);
    }

    private String priceFiles() {
        String header = pick("Date,Open,High,Low,Close,Volume", "Date,Open,High,Low,Close,Adj Close,Volume");
        return header + rows(() -> pick("2024-01-02", "2024-01-03", "2024-13-45", "", "x", "1999-12-31") + ","
                + quotedCells(5, 5), 1, 40);
    }
}
