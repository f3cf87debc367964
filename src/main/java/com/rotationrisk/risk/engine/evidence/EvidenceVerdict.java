package com.rotationrisk.risk.engine.evidence;

import com.rotationrisk.risk.engine.Formats;
import com.rotationrisk.risk.engine.evidence.EvidenceReport.DimensionResult;
import com.rotationrisk.risk.engine.evidence.EvidenceReport.Measure;
import com.rotationrisk.risk.engine.evidence.EvidenceReport.Settings;
import com.rotationrisk.risk.engine.evidence.EvidenceReport.Spread;

/**
 * What the evidence says about one dimension, in a sentence generated from the numbers (so the words cannot drift
 * from them): whether the score ranks later large drawdowns better than chance, and whether the top quintile's later
 * returns differ from the bottom's beyond what overlapping windows explain.
 */
public final class EvidenceVerdict {

    private static final double Z95 = 1.96;

    private EvidenceVerdict() {
    }

    public static String of(DimensionResult r, Settings s) {
        EvidenceReport.Classification c = r.classification();
        if (c == null || c.observations() == 0 || Double.isNaN(c.auc())) {
            return "Too few observations to say anything.";
        }
        String auc = "AUC " + Formats.fixed(c.auc(), 3) + " (95 % interval " + Formats.fixed(c.aucInterval().low(), 3)
                + " to " + Formats.fixed(c.aucInterval().high(), 3) + ", " + c.observations() + " observations)";
        String ranking;
        if (c.aucInterval().low() > 0.5) {
            ranking = "ranks later drawdowns beyond " + Formats.percent(s.drawdownEventPct(), 0)
                    + " better than chance: " + auc + ".";
        } else if (c.aucInterval().high() < 0.5) {
            ranking = "ranks later drawdowns beyond " + Formats.percent(s.drawdownEventPct(), 0)
                    + " worse than chance, that is high scores went with fewer large drawdowns: " + auc + ".";
        } else {
            ranking = "cannot be told apart from chance at ranking later drawdowns beyond "
                    + Formats.percent(s.drawdownEventPct(), 0) + ": " + auc + ".";
        }
        return "The score " + ranking + " " + spread(r, s.shortHorizon());
    }

    private static String spread(DimensionResult r, int horizon) {
        Spread sp = r.spreads().stream().filter(x -> x.measure() == Measure.RETURN && x.horizon() == horizon)
                .findFirst().orElse(null);
        if (sp == null || sp.estimate() == null || Double.isNaN(sp.estimate().t())) {
            return "No top-minus-bottom return spread could be formed.";
        }
        double t = sp.estimate().t();
        String sign = sp.estimate().mean() < 0 ? "lower" : "higher";
        return "Over " + horizon + " sessions the top quintile returned " + Formats.fixed(Math.abs(sp.estimate().mean()), 2)
                + " points a month " + sign + " than the bottom (Newey-West t = " + Formats.fixed(t, 2) + ", "
                + sp.estimate().n() + " months): " + (Math.abs(t) >= Z95 ? "significant" : "not significant")
                + " at the 5 % level" + (sp.estimate().mean() > 0 ? ", and the opposite of what a risk score should show"
                        : "") + ".";
    }
}
