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
     * Weighted mean of the OK components with weights renormalised over them; contribution = points x weight /
     * sum(OK weights). Empty score when no OK component has positive weight.
     */
    public static DimensionScore combine(Dimension dim, List<ComponentScore> parts) {
        double weightSum = 0;
        for (ComponentScore c : parts) {
            if (c.status() == ComponentStatus.OK) {
                weightSum += c.weight();
            }
        }
        List<ComponentScore> out = new ArrayList<>(parts.size());
        double score = 0;
        for (ComponentScore c : parts) {
            if (c.status() == ComponentStatus.OK && weightSum > 0) {
                double contribution = c.points() * c.weight() / weightSum;
                score += contribution;
                out.add(new ComponentScore(c.key(), c.label(), c.rawValue(), c.breakpoints(), c.points(),
                        c.weight(), contribution, c.reason(), c.status()));
            } else {
                out.add(c);
            }
        }
        return new DimensionScore(dim, weightSum > 0 ? OptionalDouble.of(score) : OptionalDouble.empty(),
                List.copyOf(out));
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
