package com.rotationrisk.risk.engine.evidence;

import com.rotationrisk.risk.engine.Dimension;
import com.rotationrisk.risk.engine.DailyBars;
import com.rotationrisk.risk.engine.InstrumentAnalysis;
import com.rotationrisk.risk.engine.InstrumentAnalyzer;
import com.rotationrisk.risk.engine.MarketContext;
import com.rotationrisk.risk.engine.ModelConfig;
import com.rotationrisk.risk.engine.indicators.MarketView;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Evidence study: scores every instrument of a directory of {@code SYMBOL.csv} files at each month end and compares
 * the later 20-session return and maximum drawdown of the top and bottom score quintiles per dimension.
 * <p>
 * Usage: {@code java -cp ... com.rotationrisk.risk.engine.evidence.EvidenceStudy DIR [LARGE_CAP_SYMBOL]
 * [SMALL_CAP_SYMBOL]}. The benchmark files are read from the same directory and also scored. Output: a markdown
 * table on stdout. Scores use only bars up to the month end; outcomes use the 20 bars after it. Reversal risk is
 * reported before the regime uplift; policy-shock exposure is not studied (it needs profiles and scenarios).
 */
public final class EvidenceStudy {

    static final int HORIZON = 20;

    private EvidenceStudy() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: EvidenceStudy DIR [LARGE_CAP_SYMBOL] [SMALL_CAP_SYMBOL]");
            System.exit(2);
        }
        Map<String, DailyBars> all = load(Path.of(args[0]));
        DailyBars large = args.length > 1 ? all.get(args[1]) : null;
        DailyBars small = args.length > 2 ? all.get(args[2]) : null;
        System.out.print(run(all, new MarketContext(large, small), ModelConfig.defaults()));
    }

    static Map<String, DailyBars> load(Path dir) throws IOException {
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

    /** One scored observation. */
    record Observation(LocalDate monthEnd, String symbol, double crowding, double reversal, double fwdReturnPct,
            double maxDrawdownPct) {
    }

    static String run(Map<String, DailyBars> all, MarketContext market, ModelConfig cfg) {
        List<Observation> obs = observations(all, market, cfg);
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "Evidence study (model %s): %d instruments, %d month-end observations, "
                + "forward horizon %d sessions.%n%n", cfg.modelVersion(), all.size(), obs.size(), HORIZON));
        sb.append("| dimension | quintile | n | mean score | mean fwd 20d return % | median fwd 20d return % "
                + "| mean max drawdown % |\n|---|---|---|---|---|---|---|\n");
        for (Dimension d : List.of(Dimension.MOMENTUM_CROWDING, Dimension.REVERSAL_RISK)) {
            List<Observation> top = new ArrayList<>(), bottom = new ArrayList<>();
            Map<LocalDate, List<Observation>> byMonth = new TreeMap<>();
            for (Observation o : obs) {
                byMonth.computeIfAbsent(o.monthEnd(), k -> new ArrayList<>()).add(o);
            }
            for (List<Observation> month : byMonth.values()) {
                if (month.size() < 5) {
                    continue; // quintiles need at least five instruments that month
                }
                month.sort(Comparator.comparingDouble(o -> score(o, d)));
                int q = month.size() / 5;
                bottom.addAll(month.subList(0, q));
                top.addAll(month.subList(month.size() - q, month.size()));
            }
            sb.append(row(d, "top (Q5)", top)).append(row(d, "bottom (Q1)", bottom));
        }
        return sb.toString();
    }

    private static double score(Observation o, Dimension d) {
        return d == Dimension.MOMENTUM_CROWDING ? o.crowding() : o.reversal();
    }

    private static String row(Dimension d, String label, List<Observation> os) {
        if (os.isEmpty()) {
            return "| " + d.label() + " | " + label + " | 0 | - | - | - | - |\n";
        }
        double[] r = os.stream().mapToDouble(Observation::fwdReturnPct).sorted().toArray();
        double median = r.length % 2 == 1 ? r[r.length / 2] : (r[r.length / 2 - 1] + r[r.length / 2]) / 2;
        return String.format(Locale.ROOT, "| %s | %s | %d | %.1f | %.2f | %.2f | %.2f |%n", d.label(), label,
                os.size(), os.stream().mapToDouble(o -> score(o, d)).average().orElse(Double.NaN),
                os.stream().mapToDouble(Observation::fwdReturnPct).average().orElse(Double.NaN), median,
                os.stream().mapToDouble(Observation::maxDrawdownPct).average().orElse(Double.NaN));
    }

    static List<Observation> observations(Map<String, DailyBars> all, MarketContext market, ModelConfig cfg) {
        TreeSet<LocalDate> monthEnds = new TreeSet<>();
        for (DailyBars b : all.values()) {
            for (int i = 0; i + 1 < b.size(); i++) {
                if (b.dates()[i + 1].getMonthValue() != b.dates()[i].getMonthValue()) {
                    monthEnds.add(b.dates()[i]);
                }
            }
        }
        List<Observation> out = new ArrayList<>();
        for (LocalDate me : monthEnds) {
            MarketView mv = MarketView.of(market, me);
            all.values().parallelStream().map(b -> observe(b, me, mv, cfg)).filter(o -> o != null)
                    .forEachOrdered(out::add);
        }
        return out;
    }

    static Observation observe(DailyBars b, LocalDate monthEnd, MarketView mv, ModelConfig cfg) {
        int end = b.lastIndexOnOrBefore(monthEnd);
        if (end < 0 || !b.dates()[end].equals(monthEnd) || end + HORIZON >= b.size()) {
            return null;
        }
        InstrumentAnalysis a = InstrumentAnalyzer.analyze(cfg, b, end, mv);
        if (a.crowding().score().isEmpty() || a.reversalBase().score().isEmpty()) {
            return null;
        }
        double[] c = b.close();
        double peak = c[end], maxDd = 0;
        for (int i = end + 1; i <= end + HORIZON; i++) {
            peak = Math.max(peak, c[i]);
            maxDd = Math.max(maxDd, 1 - c[i] / peak);
        }
        return new Observation(monthEnd, b.symbol(), a.crowding().score().getAsDouble(),
                a.reversalBase().score().getAsDouble(), (c[end + HORIZON] / c[end] - 1) * 100, maxDd * 100);
    }
}
