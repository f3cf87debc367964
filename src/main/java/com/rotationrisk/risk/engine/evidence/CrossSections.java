package com.rotationrisk.risk.engine.evidence;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * The monthly cross-sections of one dimension: in each calendar month with at least two scored instruments, the
 * observations are ranked by score, ties broken at random (a shuffle with the study's seeded {@link Random}, then a
 * stable sort), and get the percentile rank (rank - 0.5) / n, rank 1 being the lowest score.
 */
public final class CrossSections {

    private CrossSections() {
    }

    /** An observation with its percentile rank in its month. */
    public record Ranked(Observation observation, double percentile) {
    }

    /** Observations by calendar month, in month order (observations keep their order within a month). */
    public static Map<YearMonth, List<Observation>> byMonth(List<Observation> obs) {
        Map<YearMonth, List<Observation>> out = new TreeMap<>();
        for (Observation o : obs) {
            out.computeIfAbsent(o.month(), k -> new ArrayList<>()).add(o);
        }
        return out;
    }

    /**
     * The ranked months: every month with at least two observations. The months are ranked in order with one
     * {@code Random(seed)}, so the same seed gives the same ranks.
     */
    public static Map<YearMonth, List<Ranked>> rank(List<Observation> obs, long seed) {
        Random rnd = new Random(seed);
        Map<YearMonth, List<Ranked>> out = new LinkedHashMap<>();
        for (Map.Entry<YearMonth, List<Observation>> e : byMonth(obs).entrySet()) {
            if (e.getValue().size() >= 2) {
                out.put(e.getKey(), rank(e.getValue(), rnd));
            }
        }
        return out;
    }

    /** One month's ranking: shuffled (from symbol order) with {@code rnd}, then stable-sorted by score. */
    public static List<Ranked> rank(List<Observation> month, Random rnd) {
        List<Observation> sorted = new ArrayList<>(month);
        sorted.sort(Comparator.comparing(Observation::symbol));
        Collections.shuffle(sorted, rnd);
        sorted.sort(Comparator.comparingDouble(Observation::score));
        int n = sorted.size();
        List<Ranked> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(new Ranked(sorted.get(i), (i + 0.5) / n));
        }
        return out;
    }
}
