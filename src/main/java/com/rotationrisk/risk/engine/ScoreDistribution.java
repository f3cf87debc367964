package com.rotationrisk.risk.engine;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How many positions fall in each score band of one dimension: the one binning of the score histograms on screen
 * and in the PDF. Bands are {@value #BIN_WIDTH} points wide ("0-19" … "80-100", the top band includes 100);
 * positions without a score are left out.
 */
public final class ScoreDistribution {

    public static final int BIN_WIDTH = 20;
    private static final int BINS = 100 / BIN_WIDTH;

    private ScoreDistribution() {
    }

    /** The band labels in order, lowest first. */
    public static List<String> labels() {
        String[] out = new String[BINS];
        for (int i = 0; i < BINS; i++) {
            int lo = i * BIN_WIDTH;
            out[i] = lo + "-" + (i == BINS - 1 ? 100 : lo + BIN_WIDTH - 1);
        }
        return List.of(out);
    }

    /** Band label to number of positions, every band present (0 when empty), in order. */
    public static Map<String, Integer> counts(List<PositionAssessment> positions, Dimension dim) {
        List<String> labels = labels();
        Map<String, Integer> out = new LinkedHashMap<>();
        labels.forEach(l -> out.put(l, 0));
        for (PositionAssessment p : positions) {
            DimensionScore d = p.dimension(dim);
            if (d != null) {
                d.score().ifPresent(s -> out.merge(labels.get(bin(s)), 1, Integer::sum));
            }
        }
        return out;
    }

    /** Index of the band of a score (scores below 0 count in the first, 100 and above in the last). */
    public static int bin(double score) {
        return Math.clamp((long) Math.floor(score / BIN_WIDTH), 0, BINS - 1);
    }
}
