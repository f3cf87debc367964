package com.rotationrisk.risk.engine.evidence;

import com.rotationrisk.risk.engine.ComponentScore;
import com.rotationrisk.risk.engine.ComponentSpec;
import com.rotationrisk.risk.engine.DailyBars;
import com.rotationrisk.risk.engine.Dimension;
import com.rotationrisk.risk.engine.DimensionScore;
import com.rotationrisk.risk.engine.InstrumentAnalysis;
import com.rotationrisk.risk.engine.InstrumentAnalyzer;
import com.rotationrisk.risk.engine.MarketContext;
import com.rotationrisk.risk.engine.ModelConfig;
import com.rotationrisk.risk.engine.indicators.MarketView;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/**
 * Scores every instrument at each of its own month ends (its last bar of each calendar month) from the bars up to
 * that date only, and records what happened afterwards. Instruments are scored in parallel; the result is ordered by
 * month end, then symbol, then dimension, whatever the scheduling.
 */
public final class Observations {

    private Observations() {
    }

    /** The month-end bar indices of one instrument: the last bar of every calendar month that has a later bar. */
    public static List<Integer> monthEnds(DailyBars b) {
        List<Integer> out = new ArrayList<>();
        LocalDate[] d = b.dates();
        for (int i = 0; i + 1 < d.length; i++) {
            if (d[i + 1].getMonthValue() != d[i].getMonthValue() || d[i + 1].getYear() != d[i].getYear()) {
                out.add(i);
            }
        }
        return out;
    }

    /**
     * All observations. {@code progress} receives the share of instruments done, 0-100. Throws
     * {@link CancellationException} when the calling thread is interrupted (the interrupt flag stays set).
     */
    public static List<Observation> collect(Map<String, DailyBars> instruments, MarketContext market, ModelConfig cfg,
            int shortHorizon, int longHorizon, IntConsumer progress) {
        Thread caller = Thread.currentThread();
        AtomicInteger done = new AtomicInteger();
        int total = Math.max(1, instruments.size());
        List<Observation> out = new ArrayList<>(instruments.values().parallelStream().map(b -> {
            List<Observation> one = observe(b, market, cfg, shortHorizon, longHorizon, caller);
            progress.accept(done.incrementAndGet() * 100 / total);
            return one;
        }).flatMap(List::stream).toList());
        if (caller.isInterrupted()) {
            throw new CancellationException("evidence study interrupted");
        }
        out.sort(Comparator.comparing(Observation::monthEnd).thenComparing(Observation::symbol)
                .thenComparing(Observation::dimension));
        return Collections.unmodifiableList(out);
    }

    private static List<Observation> observe(DailyBars b, MarketContext market, ModelConfig cfg, int shortHorizon,
            int longHorizon, Thread caller) {
        List<Observation> out = new ArrayList<>();
        for (int end : monthEnds(b)) {
            if (caller.isInterrupted()) {
                throw new CancellationException("evidence study interrupted");
            }
            LocalDate date = b.dates()[end];
            InstrumentAnalysis a = InstrumentAnalyzer.analyze(cfg, b, end, MarketView.of(market, date));
            Forward s = Forward.of(b.close(), end, shortHorizon);
            Forward l = Forward.of(b.close(), end, longHorizon);
            boolean closesOnly = Double.isNaN(b.high()[end]) || Double.isNaN(b.low()[end])
                    || Double.isNaN(b.volume()[end]);
            add(out, date, b.symbol(), a.crowding(), cfg.crowding(), closesOnly, s, l);
            add(out, date, b.symbol(), a.reversalBase(), cfg.reversal(), closesOnly, s, l);
        }
        return out;
    }

    private static void add(List<Observation> out, LocalDate date, String symbol, DimensionScore d,
            List<ComponentSpec> specs, boolean closesOnly, Forward s, Forward l) {
        if (d.score().isEmpty()) {
            return;
        }
        Map<String, Double> points = new LinkedHashMap<>();
        for (ComponentSpec spec : specs) {
            ComponentScore c = d.component(spec.key());
            points.put(spec.key(), c == null ? null : c.points());
        }
        Double composite = d.composite().isPresent() ? d.composite().getAsDouble() : null;
        out.add(new Observation(date, symbol, d.dim(), d.score().getAsDouble(), composite,
                Collections.unmodifiableMap(points), closesOnly, s, l));
    }

    /** Only the observations of one dimension, in the same order. */
    public static List<Observation> of(List<Observation> all, Dimension dim) {
        return all.stream().filter(o -> o.dimension() == dim).toList();
    }
}
