package com.rotationrisk.risk.engine.evidence;

import com.rotationrisk.risk.engine.ComponentSpec;
import com.rotationrisk.risk.engine.DailyBars;
import com.rotationrisk.risk.engine.Dimension;
import com.rotationrisk.risk.engine.Formats;
import com.rotationrisk.risk.engine.MarketContext;
import com.rotationrisk.risk.engine.ModelConfig;
import com.rotationrisk.risk.engine.OverallGrade;
import com.rotationrisk.risk.engine.evidence.CrossSections.Ranked;
import com.rotationrisk.risk.engine.evidence.EvidenceReport.BandRow;
import com.rotationrisk.risk.engine.evidence.EvidenceReport.Classification;
import com.rotationrisk.risk.engine.evidence.EvidenceReport.Diagnostics;
import com.rotationrisk.risk.engine.evidence.EvidenceReport.DimensionResult;
import com.rotationrisk.risk.engine.evidence.EvidenceReport.Measure;
import com.rotationrisk.risk.engine.evidence.EvidenceReport.Period;
import com.rotationrisk.risk.engine.evidence.EvidenceReport.Quantiles;
import com.rotationrisk.risk.engine.evidence.EvidenceReport.QuintileRow;
import com.rotationrisk.risk.engine.evidence.EvidenceReport.Settings;
import com.rotationrisk.risk.engine.evidence.EvidenceReport.Spread;
import com.rotationrisk.risk.engine.evidence.EvidenceReport.Universe;
import com.rotationrisk.risk.engine.evidence.EvidenceReport.YearRow;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CancellationException;
import java.util.function.IntConsumer;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;
import java.util.stream.Stream;

/**
 * Evidence study: does a high score come before weaker returns and deeper drawdowns? Every instrument is scored at
 * each of its own month ends from the bars up to that date; the forward return and maximum drawdown over
 * {@value #SHORT_HORIZON} and {@value #LONG_HORIZON} sessions are compared across the monthly score ranking (top
 * minus bottom quintile, with Newey-West and block-bootstrap intervals), across the grade bands (pooled), and as a
 * classifier of forward drawdowns beyond {@value #DRAWDOWN_EVENT_PCT} % (AUC).
 * <p>
 * Usage: {@code EvidenceStudy DIR [LARGE_CAP_SYMBOL] [SMALL_CAP_SYMBOL]}: reads every {@code SYMBOL.csv} of DIR
 * (the benchmarks are read from the same directory and also scored) and prints {@link EvidenceReport#markdown()} and
 * the run time. Reversal risk is studied before the regime uplift; policy-shock exposure is not studied (it needs
 * profiles and scenarios).
 */
public final class EvidenceStudy {

    public static final int SHORT_HORIZON = 20;
    public static final int LONG_HORIZON = 60;
    public static final double DRAWDOWN_EVENT_PCT = 10;
    public static final double TOP_FROM = 0.8;
    public static final double BOTTOM_TO = 0.2;
    public static final long TIE_BREAK_SEED = 1_234_567L;
    public static final long BOOTSTRAP_SEED = 7_654_321L;
    public static final int BLOCK_MONTHS = 6;
    public static final int RESAMPLES = 2_000;

    /** Share of the progress (percent) spent scoring; the statistics take the rest. */
    private static final int SCORING_PERCENT = 90;

    private EvidenceStudy() {
    }

    public static Settings defaultSettings() {
        return new Settings(SHORT_HORIZON, LONG_HORIZON, DRAWDOWN_EVENT_PCT, TOP_FROM, BOTTOM_TO, TIE_BREAK_SEED,
                BOOTSTRAP_SEED, BLOCK_MONTHS, RESAMPLES);
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: EvidenceStudy DIR [LARGE_CAP_SYMBOL] [SMALL_CAP_SYMBOL]");
            System.exit(2);
        }
        Map<String, DailyBars> all = load(Path.of(args[0]));
        DailyBars large = args.length > 1 ? all.get(args[1]) : null;
        DailyBars small = args.length > 2 ? all.get(args[2]) : null;
        String pair = (small == null ? "none" : small.symbol()) + " − " + (large == null ? "none" : large.symbol());
        long start = System.nanoTime();
        EvidenceReport report = run(all, new MarketContext(large, small, pair), ModelConfig.defaults(), p -> {
        });
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.print(report.markdown());
        System.out.println();
        System.out.println("Run time: " + Formats.fixed(seconds, 1) + " s on "
                + Runtime.getRuntime().availableProcessors() + " processors (scoring and statistics).");
    }

    /** Every {@code SYMBOL.csv} of a directory, by symbol; unreadable files are skipped with a message. */
    public static Map<String, DailyBars> load(Path dir) throws IOException {
        Map<String, DailyBars> out = new TreeMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".csv")).sorted().toList()) {
                String symbol = f.getFileName().toString().replaceFirst("\\.csv$", "");
                try {
                    out.put(symbol, CsvBars.read(symbol, f));
                } catch (RuntimeException e) {
                    System.err.println("skipping " + f + ": " + e.getMessage());
                }
            }
        }
        return out;
    }

    public static EvidenceReport run(Map<String, DailyBars> instruments, MarketContext market, ModelConfig cfg,
            IntConsumer progress) {
        return run(instruments, market, cfg, defaultSettings(), progress);
    }

    /**
     * Runs the study. {@code progress} gets percentages 0-100 (possibly from several threads). Throws
     * {@link CancellationException} when the calling thread is interrupted.
     */
    public static EvidenceReport run(Map<String, DailyBars> instruments, MarketContext market, ModelConfig cfg,
            Settings s, IntConsumer progress) {
        Map<String, DailyBars> sorted = new TreeMap<>(instruments);
        List<Observation> obs = Observations.collect(sorted, market, cfg, s.shortHorizon(), s.longHorizon(),
                p -> progress.accept(p * SCORING_PERCENT / 100));
        EvidenceReport report = analyse(sorted, obs, market, cfg, s);
        progress.accept(100);
        return report;
    }

    /** The statistics of a set of observations. */
    static EvidenceReport analyse(Map<String, DailyBars> instruments, List<Observation> obs, MarketContext market,
            ModelConfig cfg, Settings s) {
        List<DimensionResult> dims = new ArrayList<>();
        for (Dimension d : List.of(Dimension.MOMENTUM_CROWDING, Dimension.REVERSAL_RISK)) {
            checkInterrupt();
            dims.add(dimension(d, Observations.of(obs, d), cfg, s));
        }
        Universe universe = universe(instruments, obs, market);
        return new EvidenceReport(cfg.modelVersion(), s, universe, dims, diagnostics(obs, cfg),
                Caveats.of(universe, dims, s));
    }

    private static void checkInterrupt() {
        if (Thread.currentThread().isInterrupted()) {
            throw new CancellationException("evidence study interrupted");
        }
    }

    private static Universe universe(Map<String, DailyBars> instruments, List<Observation> obs,
            MarketContext market) {
        LocalDate first = null, last = null;
        for (DailyBars b : instruments.values()) {
            if (b.size() > 0) {
                first = first == null || b.dates()[0].isBefore(first) ? b.dates()[0] : first;
                last = last == null || b.dates()[b.size() - 1].isAfter(last) ? b.dates()[b.size() - 1] : last;
            }
        }
        Map<String, Observation> instrumentMonths = new LinkedHashMap<>();
        for (Observation o : obs) {
            instrumentMonths.putIfAbsent(o.symbol() + "@" + o.monthEnd(), o);
        }
        int truncatedShort = 0, truncatedLong = 0, closesOnly = 0;
        for (Observation o : instrumentMonths.values()) {
            truncatedShort += o.fwdShort().truncated() ? 1 : 0;
            truncatedLong += o.fwdLong().truncated() ? 1 : 0;
            closesOnly += o.closesOnly() ? 1 : 0;
        }
        Set<YearMonth> months = new HashSet<>();
        obs.forEach(o -> months.add(o.month()));
        DailyBars large = market == null ? null : market.largeCapBenchmark();
        DailyBars small = market == null ? null : market.smallCapBenchmark();
        return new Universe(instruments.size(), List.copyOf(instruments.keySet()), first, last,
                instrumentMonths.size(), obs.size(), truncatedShort, truncatedLong, months.size(), closesOnly,
                large == null ? null : large.symbol(), large == null || large.size() == 0 ? null : large.dates()[0],
                small == null ? null : small.symbol(), small == null || small.size() == 0 ? null : small.dates()[0],
                market == null ? null : market.spreadName());
    }

    /** A ranked month's top and bottom quintiles. */
    private record MonthQuintiles(YearMonth month, List<Observation> top, List<Observation> bottom) {
    }

    static DimensionResult dimension(Dimension d, List<Observation> obs, ModelConfig cfg, Settings s) {
        Map<YearMonth, List<Ranked>> ranked = CrossSections.rank(obs, s.tieBreakSeed());
        List<MonthQuintiles> quintiles = new ArrayList<>();
        List<Observation> top = new ArrayList<>(), bottom = new ArrayList<>();
        int rankedObservations = 0;
        for (Map.Entry<YearMonth, List<Ranked>> e : ranked.entrySet()) {
            List<Observation> t = new ArrayList<>(), b = new ArrayList<>();
            for (Ranked r : e.getValue()) {
                if (r.percentile() >= s.topFrom()) {
                    t.add(r.observation());
                } else if (r.percentile() <= s.bottomTo()) {
                    b.add(r.observation());
                }
            }
            rankedObservations += e.getValue().size();
            top.addAll(t);
            bottom.addAll(b);
            if (!t.isEmpty() && !b.isEmpty()) {
                quintiles.add(new MonthQuintiles(e.getKey(), t, b));
            }
        }
        Predicate<Observation> event = o -> o.fwdLong().maxDrawdownPct() > s.drawdownEventPct();
        List<QuintileRow> rows = List.of(quintileRow("top (Q5)", top, s, event),
                quintileRow("bottom (Q1)", bottom, s, event));

        List<BandRow> bands = new ArrayList<>();
        for (OverallGrade.Grade g : OverallGrade.Grade.values()) {
            List<Observation> in = obs.stream().filter(o -> OverallGrade.Grade.of(o.score(), cfg.grade()) == g)
                    .toList();
            bands.add(new BandRow(g, in.size(), mean(in, o -> o.fwdShort().returnPct()),
                    mean(in, o -> o.fwdLong().returnPct()), median(in, o -> o.fwdLong().returnPct()),
                    mean(in, o -> o.fwdLong().maxDrawdownPct()), share(in, event)));
        }

        List<Spread> spreads = new ArrayList<>();
        for (Measure m : Measure.values()) {
            for (int h : List.of(s.shortHorizon(), s.longHorizon())) {
                spreads.add(spread(quintiles, m, h, s));
            }
        }

        Map<YearMonth, List<Observation>> byMonth = CrossSections.byMonth(obs);
        List<List<Observation>> monthLists = new ArrayList<>(byMonth.values());
        double auc = auc(obs, event);
        BlockBootstrap.Interval aucInterval = BlockBootstrap.interval(monthLists.size(), s.blockMonths(),
                s.resamples(), s.bootstrapSeed(), idx -> {
                    List<Observation> sample = new ArrayList<>();
                    for (int i : idx) {
                        sample.addAll(monthLists.get(i));
                    }
                    return auc(sample, event);
                });
        int events = (int) obs.stream().filter(event).count();
        Classification classification = new Classification(obs.size(), events, share(obs, event), auc, aucInterval,
                top.size(), share(top, event), bottom.size(), share(bottom, event));

        List<YearMonth> months = new ArrayList<>(byMonth.keySet());
        List<Period> periods = new ArrayList<>();
        if (!months.isEmpty()) {
            // split at the median month-end date of the observations: each half holds about half of them
            YearMonth median = obs.stream().map(Observation::month).sorted().toList().get((obs.size() - 1) / 2);
            int half = months.indexOf(median) + 1;
            periods.add(period("in-sample (to the median date)", months.subList(0, half), byMonth, quintiles, s,
                    event));
            if (half < months.size()) {
                periods.add(period("out-of-sample (after the median date)", months.subList(half, months.size()),
                        byMonth, quintiles, s, event));
            }
        }

        Map<Integer, List<YearMonth>> years = new TreeMap<>();
        months.forEach(m -> years.computeIfAbsent(m.getYear(), k -> new ArrayList<>()).add(m));
        List<YearRow> yearRows = new ArrayList<>();
        for (Map.Entry<Integer, List<YearMonth>> y : years.entrySet()) {
            Set<YearMonth> set = new HashSet<>(y.getValue());
            List<Observation> in = obs.stream().filter(o -> set.contains(o.month())).toList();
            List<MonthQuintiles> q = quintiles.stream().filter(mq -> set.contains(mq.month())).toList();
            yearRows.add(new YearRow(y.getKey(), in.size(), set.size(),
                    Stats.mean(spreadSeries(q, Measure.RETURN, s.shortHorizon())),
                    Stats.mean(spreadSeries(q, Measure.RETURN, s.longHorizon())), auc(in, event),
                    (int) in.stream().filter(event).count()));
        }
        return new DimensionResult(d, obs.size(), byMonth.size(), ranked.size(), rankedObservations,
                quintiles.size(), quintiles.isEmpty() ? null : quintiles.get(0).month(),
                quintiles.isEmpty() ? null : quintiles.get(quintiles.size() - 1).month(), rows, bands, spreads, classification, periods, yearRows);
    }

    private static Period period(String name, List<YearMonth> months, Map<YearMonth, List<Observation>> byMonth,
            List<MonthQuintiles> quintiles, Settings s, Predicate<Observation> event) {
        Set<YearMonth> set = new HashSet<>(months);
        List<Observation> in = months.stream().flatMap(m -> byMonth.get(m).stream()).toList();
        List<MonthQuintiles> q = quintiles.stream().filter(mq -> set.contains(mq.month())).toList();
        LocalDate from = in.stream().map(Observation::monthEnd).min(LocalDate::compareTo).orElse(null);
        LocalDate to = in.stream().map(Observation::monthEnd).max(LocalDate::compareTo).orElse(null);
        return new Period(name, from, to, months.size(), in.size(), spread(q, Measure.RETURN, s.shortHorizon(), s),
                spread(q, Measure.RETURN, s.longHorizon(), s), auc(in, event),
                (int) in.stream().filter(event).count());
    }

    private static Spread spread(List<MonthQuintiles> quintiles, Measure m, int horizon, Settings s) {
        double[] x = spreadSeries(quintiles, m, horizon);
        return new Spread(m, horizon, NeweyWest.of(x, NeweyWest.lagForHorizon(horizon)),
                BlockBootstrap.meanInterval(x, s.blockMonths(), s.resamples(), s.bootstrapSeed()));
    }

    private static double[] spreadSeries(List<MonthQuintiles> quintiles, Measure m, int horizon) {
        ToDoubleFunction<Observation> f = m == Measure.RETURN ? o -> o.forward(horizon).returnPct()
                : o -> o.forward(horizon).maxDrawdownPct();
        return quintiles.stream().mapToDouble(q -> mean(q.top(), f) - mean(q.bottom(), f)).toArray();
    }

    private static QuintileRow quintileRow(String label, List<Observation> os, Settings s,
            Predicate<Observation> event) {
        return new QuintileRow(label, os.size(), mean(os, Observation::score), mean(os, o -> o.fwdShort().returnPct()),
                median(os, o -> o.fwdShort().returnPct()), mean(os, o -> o.fwdLong().returnPct()),
                median(os, o -> o.fwdLong().returnPct()), mean(os, o -> o.fwdLong().maxDrawdownPct()),
                share(os, event));
    }

    static double auc(List<Observation> os, Predicate<Observation> event) {
        double[] score = new double[os.size()];
        boolean[] ev = new boolean[os.size()];
        for (int i = 0; i < score.length; i++) {
            score[i] = os.get(i).score();
            ev[i] = event.test(os.get(i));
        }
        return Auc.of(score, ev);
    }

    private static double mean(List<Observation> os, ToDoubleFunction<Observation> f) {
        return Stats.mean(os.stream().mapToDouble(f).toArray());
    }

    private static double median(List<Observation> os, ToDoubleFunction<Observation> f) {
        return Stats.median(os.stream().mapToDouble(f).toArray());
    }

    private static double share(List<Observation> os, Predicate<Observation> p) {
        return os.isEmpty() ? Double.NaN : os.stream().filter(p).count() / (double) os.size();
    }

    static Diagnostics diagnostics(List<Observation> obs, ModelConfig cfg) {
        List<ComponentSpec> specs = new ArrayList<>(cfg.crowding());
        specs.addAll(cfg.reversal());
        List<String> keys = specs.stream().map(ComponentSpec::key).toList();
        Map<String, Map<String, Double>> points = new LinkedHashMap<>();
        Map<String, Double> crowding = new LinkedHashMap<>(), reversal = new LinkedHashMap<>();
        for (Observation o : obs) {
            String key = o.symbol() + "@" + o.monthEnd();
            points.computeIfAbsent(key, k -> new LinkedHashMap<>()).putAll(o.points());
            (o.dimension() == Dimension.MOMENTUM_CROWDING ? crowding : reversal).put(key, o.score());
        }
        List<List<Double>> corr = new ArrayList<>();
        List<List<Integer>> pairs = new ArrayList<>();
        for (String a : keys) {
            List<Double> row = new ArrayList<>();
            List<Integer> pairRow = new ArrayList<>();
            for (String b : keys) {
                List<double[]> xy = new ArrayList<>();
                for (Map<String, Double> p : points.values()) {
                    Double x = p.get(a), y = p.get(b);
                    if (x != null && y != null) {
                        xy.add(new double[] {x, y});
                    }
                }
                row.add(Stats.pearson(xy.stream().mapToDouble(v -> v[0]).toArray(),
                        xy.stream().mapToDouble(v -> v[1]).toArray()));
                pairRow.add(xy.size());
            }
            corr.add(row);
            pairs.add(pairRow);
        }
        List<String> both = crowding.keySet().stream().filter(reversal::containsKey).toList();
        double cr = Stats.pearson(both.stream().mapToDouble(crowding::get).toArray(),
                both.stream().mapToDouble(reversal::get).toArray());
        List<Quantiles> quantiles = new ArrayList<>();
        for (Dimension d : List.of(Dimension.MOMENTUM_CROWDING, Dimension.REVERSAL_RISK)) {
            List<Observation> os = Observations.of(obs, d);
            quantiles.add(quantiles(d, EvidenceReport.COMPOSITE,
                    os.stream().filter(o -> o.composite() != null).mapToDouble(Observation::composite).toArray()));
            quantiles.add(quantiles(d, EvidenceReport.SCORE, os.stream().mapToDouble(Observation::score).toArray()));
        }
        return new Diagnostics(keys, specs.stream().map(ComponentSpec::label).toList(), corr, pairs, cr, both.size(),
                quantiles);
    }

    private static Quantiles quantiles(Dimension d, String measure, double[] x) {
        return new Quantiles(d, measure, x.length, Stats.quantile(x, 0.5), Stats.quantile(x, 0.8),
                Stats.quantile(x, 0.95), Stats.quantile(x, 0.99), Stats.quantile(x, 1.0));
    }
}
