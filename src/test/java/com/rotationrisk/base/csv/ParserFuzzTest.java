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
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * Fuzz-style properties (finding 1): the holdings and price parsers, fed random and hostile number cells (huge and
 * tiny exponents, thousand-digit mantissas, separators, signs, garbage), either return a preview or throw their own
 * file exception with a message; nothing else escapes, and no input takes longer than {@link #PER_INPUT}. The number
 * of tries is fixed, so the run is bounded in time.
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

    @Property(tries = 400)
    void pastedHoldingsNeverFailUnexpectedly(@ForAll("pastedHoldings") String text) throws Exception {
        expectOnly(HoldingsFileException.class, () -> holdings.parsePasted(text));
    }

    @Property(tries = 300)
    void holdingsFilesNeverFailUnexpectedly(@ForAll("holdingsFiles") String text) throws Exception {
        expectOnly(HoldingsFileException.class, () -> holdings.parse(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Property(tries = 400)
    void priceFilesNeverFailUnexpectedly(@ForAll("priceFiles") String text) throws Exception {
        expectOnly(PriceFileException.class, () -> prices.parse(text.getBytes(StandardCharsets.UTF_8),
                LocalDate.of(2026, 1, 15)));
    }

    @Property(tries = 2000)
    void everyAcceptedNumberIsWithinTheBounds(@ForAll("numberCells") String cell) {
        CsvNumbers.Parsed parsed = CsvNumbers.read(cell, ',');
        if (parsed.ok()) {
            assertThat(parsed.value().precision()).isLessThanOrEqualTo(
                    CsvNumbers.MAX_SIGNIFICANT_DIGITS + CsvNumbers.MAX_EXPONENT);
            assertThat(parsed.value().abs().compareTo(new java.math.BigDecimal("1e51"))).isNegative();
        }
    }

    @AfterContainer
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

    @Provide
    Arbitrary<String> numberCells() {
        Arbitrary<String> digits = Arbitraries.strings().withChars("0123456789").ofMinLength(1).ofMaxLength(1200);
        Arbitrary<String> exponent = Arbitraries.oneOf(
                Arbitraries.integers().between(-40, 40).map(String::valueOf),
                Arbitraries.longs().map(String::valueOf),
                Arbitraries.of("400000000", "-500000000", "+999999999999", "2147483648", "-2147483649"),
                Arbitraries.strings().withChars("0123456789").ofMinLength(1).ofMaxLength(200));
        Arbitrary<String> scientific = Combinators.combine(Arbitraries.of("", "-", "+", "$", "(", "-$"), digits,
                        Arbitraries.of("", ".", ".5", ",", ",000"), Arbitraries.of("e", "E"), exponent,
                        Arbitraries.of("", ")", "%"))
                .as((sign, d, sep, e, x, end) -> sign + d + sep + e + x + end);
        Arbitrary<String> grouped = Combinators.combine(Arbitraries.integers().between(1, 999),
                        Arbitraries.integers().between(0, 999).list().ofMaxSize(400), Arbitraries.of(",", "."))
                .as((head, groups, sep) -> head + String.join("", groups.stream()
                        .map(g -> sep + String.format("%03d", g)).toList()));
        Arbitrary<String> fixed = Arbitraries.of("1e400000000", "1e-500000000", "1E+2147483647", "-1e-2147483648",
                "0e999999999", "0.0000000000000000000000000000000000000000000000000000001", "NaN", "Infinity",
                "-Infinity", "1e", "e5", "..", ",,", "(-)", "$", "%", "\u0661\u0662\u0663", "１２３", "0x1F", "1_000");
        Arbitrary<String> garbage = Arbitraries.strings().ofMaxLength(60);
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(4, scientific), net.jqwik.api.Tuple.of(2, grouped),
                net.jqwik.api.Tuple.of(2, fixed), net.jqwik.api.Tuple.of(1, digits), net.jqwik.api.Tuple.of(1, garbage));
    }

    @Provide
    Arbitrary<String> pastedHoldings() {
        Arbitrary<String> line = Combinators.combine(Arbitraries.of("IBM", "MSFT", "BRK.B", "CASH", "X", "", "SPAXX**"),
                        numberCells(), numberCells().injectNull(0.3))
                .as((t, q, c) -> t + "\t" + q + (c == null ? "" : "\t" + c));
        return line.list().ofMinSize(1).ofMaxSize(30).map(lines -> String.join("\n", lines));
    }

    @Provide
    Arbitrary<String> holdingsFiles() {
        Arbitrary<String> header = Arbitraries.of("Symbol,Quantity,Cost Basis Per Share",
                "Symbol,Quantity,Price,Cost Basis Total",
                "Account Number,Account Name,Symbol,Description,Quantity,Last Price,Last Price Change,Current Value,"
                        + "Today's Gain/Loss Dollar,Today's Gain/Loss Percent,Total Gain/Loss Dollar,"
                        + "Total Gain/Loss Percent,Percent Of Account,Cost Basis Total,Average Cost Basis,Type",
                "Ticker;Shares;Cost");
        Arbitrary<String> row = Combinators.combine(Arbitraries.of("IBM", "MSFT", "AAPL", "CASH", "Z"),
                        numberCells().list().ofMinSize(1).ofMaxSize(16))
                .as((t, cells) -> t + "," + String.join(",", cells.stream().map(c -> '"' + c.replace("\"", "")
                        + '"').toList()));
        return Combinators.combine(header, row.list().ofMinSize(1).ofMaxSize(20))
                .as((h, rows) -> h + "\n" + String.join("\n", rows));
    }

    @Provide
    Arbitrary<String> priceFiles() {
        Arbitrary<String> date = Arbitraries.of("2024-01-02", "2024-01-03", "2024-13-45", "", "x", "1999-12-31");
        Arbitrary<String> row = Combinators.combine(date, numberCells().list().ofSize(5))
                .as((d, cells) -> d + "," + String.join(",", cells.stream().map(c -> '"' + c.replace("\"", "")
                        + '"').toList()));
        Arbitrary<String> header = Arbitraries.of("Date,Open,High,Low,Close,Volume",
                "Date,Open,High,Low,Close,Adj Close,Volume");
        return Combinators.combine(header, row.list().ofMinSize(1).ofMaxSize(40))
                .as((h, rows) -> h + "\n" + String.join("\n", rows));
    }

}
