package com.rotationrisk.watch;

import com.rotationrisk.SyntheticMarket;
import com.rotationrisk.marketdata.PriceImportService;
import com.rotationrisk.portfolio.HoldingInput;
import com.rotationrisk.portfolio.PortfolioDraft;
import com.rotationrisk.portfolio.PortfolioService;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The nightly re-scoring target (#15): 2,000 portfolios of 60 holdings drawn from 800 instruments re-scored in under
 * 30 s on the 2-core machine. The real application on an H2 file database (target/bench-watch): 800 SYNTHETIC
 * instruments x 1,260 bars imported through the normal import service, 2,000 portfolios saved through
 * {@link PortfolioService}. A first run scores them all the day before (yesterday's snapshots); then each instrument
 * gets the next day's bar and each timed run does a real night: all 2,000 scored at the new date, stored with their
 * positions, compared with yesterday by the alert rules, alerts stored. Between timed runs that night's results are
 * deleted. Also times a second run the same night (nothing to do) and reports the heap's peak and its use after GC.
 * Run: {@code ./mvnw -Pbenchmark test-compile exec:exec -Dbench.main=com.rotationrisk.watch.WatchBenchmark -Dbench=}
 * (sizes as {@code -Dbench.jvm="-Dwatch.portfolios=2000 -Dwatch.instruments=800 -Dwatch.runs=3"}).
 */
public final class WatchBenchmark {

    static final int INSTRUMENTS = Integer.getInteger("watch.instruments", 800);
    static final int PORTFOLIOS = Integer.getInteger("watch.portfolios", 2_000);
    static final int HOLDINGS = 60;
    static final int BARS = 1_260;
    static final int RUNS = Integer.getInteger("watch.runs", 3);
    static final LocalDate LAST_BAR = LocalDate.of(2012, 6, 29);

    private WatchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        ConfigurableApplicationContext context = SyntheticMarket.start("bench-watch");
        try {
            signIn();
            long seedStart = System.nanoTime();
            java.util.Map<String, String> lastRows = new java.util.LinkedHashMap<>();
            List<String> symbols = seedInstruments(context, lastRows);
            seedPortfolios(context, symbols);
            System.out.printf(Locale.ROOT, "%nseeded %d instruments x %d bars and %d portfolios x %d holdings in %.0f s%n",
                    INSTRUMENTS, BARS, PORTFOLIOS, HOLDINGS, (System.nanoTime() - seedStart) / 1e9);
            NightlyRescoring rescoring = context.getBean(NightlyRescoring.class);
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);

            long t0 = System.nanoTime();
            NightlyRescoring.Outcome yesterday = rescoring.runOnce("benchmark").orElseThrow();
            System.out.printf(Locale.ROOT, "yesterday's run (no previous scoring): %s in %.1f s%n", yesterday,
                    (System.nanoTime() - t0) / 1e9);

            addBar(context, lastRows);
            signIn();
            List<Double> seconds = new ArrayList<>();
            for (int run = 0; run < RUNS; run++) {
                forget(jdbc, LAST_BAR);
                resetPeaks();
                long start = System.nanoTime();
                NightlyRescoring.Outcome tonight = rescoring.runOnce("benchmark").orElseThrow();
                double s = (System.nanoTime() - start) / 1e9;
                seconds.add(s);
                System.out.printf(Locale.ROOT, "night run %d: %s in %.1f s; heap peak %d MiB%n", run + 1, tonight, s,
                        heapPeakMiB());
            }
            long again = System.nanoTime();
            NightlyRescoring.Outcome nothing = rescoring.runOnce("benchmark").orElseThrow();
            System.out.printf(Locale.ROOT, "second run the same night: %s in %.1f s%n", nothing,
                    (System.nanoTime() - again) / 1e9);
            System.gc();
            long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() >> 20;
            System.out.printf(Locale.ROOT, "night runs: mean %.1f s, max %.1f s; heap after GC %d MiB (max heap %d MiB)%n",
                    seconds.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN),
                    seconds.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN), used,
                    Runtime.getRuntime().maxMemory() >> 20);
        } finally {
            context.close();
        }
    }

    private static void forget(JdbcTemplate jdbc, LocalDate night) {
        Date d = Date.valueOf(night);
        jdbc.update("delete from alert where as_of = ?", d);
        jdbc.update("delete from watch_component where as_of = ?", d);
        jdbc.update("delete from watch_snapshot where as_of = ?", d);
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    private static long heapPeakMiB() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak >> 20;
    }

    private static void signIn() {
        SyntheticMarket.signInAsAlice();
    }

    /** Every bar but the last; the last one of each symbol is kept in {@code lastRows} for the night. */
    private static List<String> seedInstruments(ConfigurableApplicationContext context,
                                                java.util.Map<String, String> lastRows) {
        PriceImportService imports = context.getBean(PriceImportService.class);
        SplittableRandom random = new SplittableRandom(15);
        List<String> symbols = new ArrayList<>();
        for (int n = 0; n < INSTRUMENTS; n++) {
            String symbol = String.format(Locale.ROOT, "SYN%04d", n);
            List<String> rows = SyntheticMarket.rows(random, LAST_BAR, BARS, false);
            lastRows.put(symbol, rows.removeLast());
            SyntheticMarket.importInstrument(imports, symbol, n, rows);
            symbols.add(symbol);
        }
        return symbols;
    }

    /** The last trading day's bar for every instrument: a night's new prices. */
    private static void addBar(ConfigurableApplicationContext context, java.util.Map<String, String> lastRows) {
        PriceImportService imports = context.getBean(PriceImportService.class);
        lastRows.forEach((symbol, row) -> SyntheticMarket.importBars(imports, symbol, List.of(row)));
    }

    private static void seedPortfolios(ConfigurableApplicationContext context, List<String> symbols) {
        PortfolioService portfolios = context.getBean(PortfolioService.class);
        SplittableRandom random = new SplittableRandom(21);
        for (int p = 0; p < PORTFOLIOS; p++) {
            Set<String> chosen = new HashSet<>();
            List<HoldingInput> holdings = new ArrayList<>();
            while (holdings.size() < HOLDINGS) {
                String s = symbols.get(random.nextInt(symbols.size()));
                if (chosen.add(s)) {
                    holdings.add(new HoldingInput(s, BigDecimal.valueOf(10 + random.nextInt(500)), null));
                }
            }
            portfolios.create(new PortfolioDraft("Watch benchmark client " + p + " (synthetic)", "USD", null,
                    holdings));
        }
    }
}
