package com.rotationrisk.risk.engine.bench;

import com.rotationrisk.risk.engine.AssetType;
import com.rotationrisk.risk.engine.DailyBars;
import com.rotationrisk.risk.engine.Holding;
import com.rotationrisk.risk.engine.InstrumentProfile;
import com.rotationrisk.risk.engine.MarketContext;
import com.rotationrisk.risk.engine.PortfolioAssessment;
import com.rotationrisk.risk.engine.RiskEngine;
import com.rotationrisk.risk.engine.SizeBucket;
import com.rotationrisk.risk.engine.scenario.BuiltInScenarios;
import com.rotationrisk.risk.engine.scenario.Scenario;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Scores a portfolio of {@code positions} holdings with {@code bars} daily bars each (SYNTHETIC random walks,
 * benchmark only), all three dimensions and all built-in scenarios, against "the floor": one plain pass summing every
 * close of every position. Run: {@code mvn -Pjmh -q package exec:exec} (see PERFORMANCE.md).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 10, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx8g"})
public class RiskEngineBenchmark {

    @Param({"500", "10000"})
    public int positions;

    @Param({"1260"})
    public int bars;

    private final RiskEngine engine = new RiskEngine();
    private final List<Scenario> scenarios = BuiltInScenarios.all();
    private List<Holding> holdings;
    private Map<String, InstrumentProfile> profiles;
    private Map<String, DailyBars> barMap;
    private MarketContext market;
    private LocalDate asOf;

    private static final String[][] CLASSIFICATION = {
        {"Financials", "Transaction & Payment Processing Services"}, {"Financials", "Consumer Finance"},
        {"Financials", "Regional Banks"}, {"Information Technology", "Semiconductors"},
        {"Industrials", "Aerospace & Defense"}, {"Consumer Discretionary", "Broadline Retail"},
        {"Health Care", "Pharmaceuticals"}, {"Energy", "Integrated Oil & Gas"}};

    @Setup
    public void setUp() {
        LocalDate[] dates = weekdays(LocalDate.of(2021, 1, 4), bars);
        asOf = dates[bars - 1];
        market = new MarketContext(walk("SPX", dates, 1), walk("RUT", dates, 2));
        holdings = new ArrayList<>(positions + 1);
        profiles = new HashMap<>();
        barMap = new HashMap<>();
        SizeBucket[] sizes = SizeBucket.values();
        for (int i = 0; i < positions; i++) {
            String t = "S" + i;
            String[] c = CLASSIFICATION[i % CLASSIFICATION.length];
            profiles.put(t, new InstrumentProfile(t, t, AssetType.STOCK, c[0], c[1], sizes[i % 3]));
            barMap.put(t, walk(t, dates, 100 + i));
            holdings.add(new Holding(t, 10 + i % 50, i % 4 == 0 ? 100.0 : null));
        }
        profiles.put("USD", InstrumentProfile.cash("USD"));
        holdings.add(new Holding("USD", 10_000, null));
    }

    @Benchmark
    public PortfolioAssessment score() {
        return engine.assess(holdings, profiles, barMap, market, asOf, scenarios);
    }

    @Benchmark
    public double floorSumOfCloses() {
        double s = 0;
        for (Holding h : holdings) {
            DailyBars b = barMap.get(h.ticker());
            if (b == null) {
                continue;
            }
            double[] c = b.close();
            for (int i = 0; i < c.length; i++) {
                s += c[i];
            }
        }
        return s;
    }

    static LocalDate[] weekdays(LocalDate start, int n) {
        LocalDate[] out = new LocalDate[n];
        LocalDate d = start;
        int k = 0;
        while (k < n) {
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                out[k++] = d;
            }
            d = d.plusDays(1);
        }
        return out;
    }

    /** SYNTHETIC geometric random walk (benchmark data only). */
    static DailyBars walk(String symbol, LocalDate[] dates, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        int n = dates.length;
        double[] o = new double[n], h = new double[n], l = new double[n], c = new double[n], v = new double[n];
        double p = 20 + r.nextDouble() * 200;
        for (int i = 0; i < n; i++) {
            double open = p;
            p *= Math.exp(0.0003 + 0.02 * r.nextGaussian());
            o[i] = open;
            c[i] = p;
            h[i] = Math.max(open, p) * (1 + 0.005 * Math.abs(r.nextGaussian()));
            l[i] = Math.min(open, p) * (1 - 0.005 * Math.abs(r.nextGaussian()));
            v[i] = 1e6 * (0.5 + r.nextDouble());
        }
        return new DailyBars(symbol, dates, o, h, l, c, v);
    }
}
