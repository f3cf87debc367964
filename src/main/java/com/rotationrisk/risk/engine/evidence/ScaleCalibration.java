package com.rotationrisk.risk.engine.evidence;

import com.rotationrisk.risk.engine.Breakpoint;
import com.rotationrisk.risk.engine.DailyBars;
import com.rotationrisk.risk.engine.Dimension;
import com.rotationrisk.risk.engine.MarketContext;
import com.rotationrisk.risk.engine.ModelConfig;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The repeatable procedure behind each dimension's calibrated scale. A weighted mean of components that rarely peak
 * together (a price cannot be at a 20-day high and rolling over at once) almost never reaches the top of 0-100, so
 * the grade bands above the middle would never be used. The scale therefore maps the composite's quantiles on the
 * reference history to the band thresholds: the median month-end reading becomes the start of Moderate, the 80th
 * percentile of Elevated, the 95th of High and the 99th of Severe. A score then says where a reading stands against
 * the reference history: "Severe" is more stretched than 99 % of month-end readings.
 */
public final class ScaleCalibration {

    /** Quantiles of the reference composites mapped to Moderate, Elevated, High and Severe. */
    public static final double[] QUANTILES = {0.50, 0.80, 0.95, 0.99};

    private ScaleCalibration() {
    }

    /** Composites of one dimension at the month ends the evidence study scores (unscaled, before any uplift). */
    public static double[] composites(Map<String, DailyBars> universe, MarketContext market, ModelConfig cfg,
            Dimension dim) {
        List<Observation> all = Observations.collect(universe, market, cfg, EvidenceStudy.SHORT_HORIZON,
                EvidenceStudy.LONG_HORIZON, percent -> { });
        return Observations.of(all, dim).stream().map(Observation::composite).filter(c -> c != null)
                .mapToDouble(Double::doubleValue).sorted().toArray();
    }

    /** The scale for these sorted composites under the model's grade thresholds, rounded to 0.1. */
    public static List<Breakpoint> scale(double[] sortedComposites, ModelConfig.Grade g) {
        double[] targets = {g.moderateFrom(), g.elevatedFrom(), g.highFrom(), g.severeFrom()};
        List<Breakpoint> out = new ArrayList<>();
        out.add(new Breakpoint(0, 0));
        double previous = 0;
        for (int k = 0; k < QUANTILES.length; k++) {
            double at = Math.round(quantile(sortedComposites, QUANTILES[k]) * 10) / 10.0;
            if (at > previous && at < 100) {
                out.add(new Breakpoint(at, targets[k]));
                previous = at;
            }
        }
        out.add(new Breakpoint(100, 100));
        return List.copyOf(out);
    }

    /** Linear-interpolated quantile (type 7) of sorted values. */
    static double quantile(double[] sorted, double q) {
        if (sorted.length == 0) {
            throw new IllegalArgumentException("no observations to calibrate on");
        }
        double pos = q * (sorted.length - 1);
        int lo = (int) Math.floor(pos);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (pos - lo) * (sorted[hi] - sorted[lo]);
    }

    /** Java source for {@code ModelConfig.defaults()}, as printed by the calibration command. */
    public static String describe(String name, double[] sorted, List<Breakpoint> scale) {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%s: %d observations; scale", name,
                sorted.length));
        for (Breakpoint b : scale) {
            sb.append(String.format(Locale.ROOT, " %.1f->%.0f", b.value(), b.points()));
        }
        return sb.append(" (quantiles ").append(Arrays.toString(QUANTILES)).append(')').toString();
    }
}
