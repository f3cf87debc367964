package com.rotationrisk.risk.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

/** Builds component scores and combines them into a dimension score with weight renormalisation. */
public final class Components {

    private Components() {
    }

    /** A computed component; contribution is filled in by {@link #combine}. */
    public static ComponentScore ok(ComponentSpec spec, double raw, String reason) {
        double points = PiecewiseLinear.points(spec.breakpoints(), raw);
        return new ComponentScore(spec.key(), spec.label(), raw, spec.breakpoints(), points, spec.weight(), null,
                reason, ComponentStatus.OK);
    }

    public static ComponentScore insufficient(ComponentSpec spec, String reason) {
        return new ComponentScore(spec.key(), spec.label(), null, spec.breakpoints(), null, spec.weight(), null,
                reason, ComponentStatus.INSUFFICIENT_HISTORY);
    }

    public static ComponentScore benchmarkMissing(ComponentSpec spec, String reason) {
        return new ComponentScore(spec.key(), spec.label(), null, spec.breakpoints(), null, spec.weight(), null,
                reason, ComponentStatus.BENCHMARK_MISSING);
    }

    /**
     * Weighted mean of the OK components with weights renormalised over them (the composite; contribution = points x
     * weight / sum(OK weights)), mapped through the dimension's calibration scale. Unavailable, with the reason, when
     * the OK components carry less than {@code minWeightShare} of the configured weight.
     */
    public static DimensionScore combine(Dimension dim, List<ComponentScore> parts, ModelConfig.Scoring scoring) {
        double weightSum = 0;
        double configured = 0;
        for (ComponentScore c : parts) {
            configured += c.weight();
            if (c.status() == ComponentStatus.OK) {
                weightSum += c.weight();
            }
        }
        double share = configured > 0 ? weightSum / configured : 0;
        if (weightSum <= 0 || share + 1e-9 < scoring.minWeightShare()) {
            return DimensionScore.unavailable(dim, parts, share, insufficientReason(parts, share, scoring));
        }
        List<ComponentScore> out = new ArrayList<>(parts.size());
        double composite = 0;
        for (ComponentScore c : parts) {
            if (c.status() == ComponentStatus.OK) {
                double contribution = c.points() * c.weight() / weightSum;
                composite += contribution;
                out.add(new ComponentScore(c.key(), c.label(), c.rawValue(), c.breakpoints(), c.points(),
                        c.weight(), contribution, c.reason(), c.status()));
            } else {
                out.add(c);
            }
        }
        double score = PiecewiseLinear.points(scoring.scale(dim), composite);
        return new DimensionScore(dim, OptionalDouble.of(score), out, 0.0, null, OptionalDouble.of(composite), share,
                null);
    }

    private static String insufficientReason(List<ComponentScore> parts, double share, ModelConfig.Scoring scoring) {
        List<String> missing = new ArrayList<>();
        for (ComponentScore c : parts) {
            if (c.status() != ComponentStatus.OK && c.weight() > 0) {
                missing.add(c.label());
            }
        }
        return "Insufficient data: only " + Formats.percent(share * 100, 0) + " of its components (by weight) could be"
                + " computed, at least " + Formats.percent(scoring.minWeightShare() * 100, 0) + " are needed; missing: "
                + String.join(", ", missing) + ".";
    }

    /** Adds an uplift to a score (capped at 100) and records why. */
    public static DimensionScore adjust(DimensionScore base, double points, String reason) {
        if (base.score().isEmpty() || points == 0) {
            return base;
        }
        double adjusted = Math.min(100.0, base.score().getAsDouble() + points);
        return new DimensionScore(base.dim(), OptionalDouble.of(adjusted), base.components(),
                adjusted - base.score().getAsDouble(), reason, base.composite(), base.weightShare(), null);
    }

    static String fmt(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }

    /** 2 as "2", 2.5 as "2.5". */
    static String trim(double v) {
        return v == Math.rint(v) ? String.format(Locale.ROOT, "%.0f", v) : fmt1(v);
    }

    static String fmt1(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
