package com.rotationrisk.report.section;

import com.rotationrisk.risk.engine.ComponentScore;
import com.rotationrisk.risk.engine.DimensionScore;
import com.rotationrisk.risk.engine.ModelConfig;
import com.rotationrisk.risk.engine.PositionAssessment;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Orders positions by a combined position risk: the mean of the position's available dimension scores with the
 * weights of the overall grade rule (crowding, reversal, exposure). Ties break on ticker, so the order is stable.
 */
public final class RiskRanking {

    /** A position with its combined risk and the components that contribute most to it. */
    public record Ranked(PositionAssessment position, double risk, List<String> reasons) {
    }

    private RiskRanking() {
    }

    public static List<Ranked> rank(List<PositionAssessment> positions, ModelConfig.Grade g) {
        List<Ranked> out = new ArrayList<>();
        for (PositionAssessment p : positions) {
            OptionalDouble risk = risk(p, g);
            if (risk.isPresent()) {
                out.add(new Ranked(p, risk.getAsDouble(), reasons(p)));
            }
        }
        out.sort(Comparator.comparingDouble(Ranked::risk).reversed().thenComparing(r -> r.position().ticker()));
        return out;
    }

    static OptionalDouble risk(PositionAssessment p, ModelConfig.Grade g) {
        double sum = 0;
        double weights = 0;
        double[] w = {g.crowdingWeight(), g.reversalWeight(), g.exposureWeight()};
        DimensionScore[] d = {p.crowding(), p.reversal(), p.exposure()};
        for (int i = 0; i < 3; i++) {
            if (d[i] != null && d[i].score().isPresent()) {
                sum += w[i] * d[i].score().getAsDouble();
                weights += w[i];
            }
        }
        return weights > 0 ? OptionalDouble.of(sum / weights) : OptionalDouble.empty();
    }

    /** The two largest positive contributions across the three dimensions, as "label: reason". */
    static List<String> reasons(PositionAssessment p) {
        List<ComponentScore> all = new ArrayList<>();
        for (DimensionScore d : new DimensionScore[] {p.crowding(), p.reversal(), p.exposure()}) {
            if (d != null) {
                d.components().stream().filter(c -> c.contribution() != null && c.contribution() > 0.5)
                        .forEach(all::add);
            }
        }
        all.sort(Comparator.comparingDouble((ComponentScore c) -> c.contribution()).reversed()
                .thenComparing(ComponentScore::key));
        List<String> out = new ArrayList<>();
        for (ComponentScore c : all.subList(0, Math.min(2, all.size()))) {
            out.add(c.label() + ": " + c.reason());
        }
        if (p.reversal() != null && p.reversal().adjustmentReason() != null) {
            out.add(p.reversal().adjustmentReason());
        }
        if (out.isEmpty()) {
            out.add("No component adds notable risk.");
        }
        return out;
    }
}
