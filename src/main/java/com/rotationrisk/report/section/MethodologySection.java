package com.rotationrisk.report.section;

import com.rotationrisk.risk.engine.Breakpoint;
import com.rotationrisk.risk.engine.ComponentSpec;
import com.rotationrisk.risk.engine.Formats;
import com.rotationrisk.risk.engine.ModelConfig;
import com.rotationrisk.risk.engine.OverallGrade;
import java.util.List;
import java.util.stream.Collectors;

/** Formulae, breakpoints, weights and the grade rule of the model configuration used. */
final class MethodologySection implements SectionRenderer {

    @Override
    public void render(ReportContext ctx) {
        ModelConfig cfg = ctx.config;
        ctx.heading("Methodology");
        if (!cfg.modelVersion().equals(ctx.request.modelVersion())) {
            ctx.note("Note: the configuration described here is " + cfg.modelVersion() + "; the assessment reports "
                    + ctx.request.modelVersion() + ".");
        }
        ctx.paragraph("Each component maps a raw indicator value to 0-100 points along the breakpoints below "
                + "(linear between breakpoints, clamped at both ends). A dimension score is the weighted mean of its "
                + "components that could be computed, with weights renormalised over them: score = sum(points x "
                + "weight) / sum(weights). Portfolio scores are market-value-weighted means of the position scores.");
        ctx.subheading("Momentum crowding components");
        ctx.add(specTable(ctx, cfg.crowding()));
        ctx.subheading("Reversal risk components");
        ctx.add(specTable(ctx, cfg.reversal()));
        ModelConfig.Regime r = cfg.regime();
        ctx.paragraph("Market regime (Daniel & Moskowitz): when the large-cap benchmark's "
                + ModelConfig.period(r.bearLookback()) + " return is negative and its annualised "
                + ModelConfig.period(r.varianceWindow()) + " volatility is at least " + Formats.share(r.highAnnualisedVol())
                + ", the market is in a panic state; positions with crowding >= " + Formats.fixed(r.highMomentumCrowding(), 0)
                + " get +" + Formats.fixed(r.panicUpliftPoints(), 0) + " reversal points, or +"
                + Formats.fixed(r.reboundUpliftPoints(), 0) + " when the market rebounds over " + r.reboundWindow()
                + " days (capped at 100).");
        ctx.subheading("Policy-shock exposure");
        ctx.paragraph("For each policy scenario, position impact % = most specific direct shock + market beta x "
                + "market shock + spread beta x spread shock. Impact is mapped to points along "
                + breakpoints(cfg.exposureBreakpoints()) + "; the exposure score is the points of the position's worst policy scenario.");
        ModelConfig.Grade g = cfg.grade();
        ctx.subheading("Overall grade");
        ctx.paragraph("Overall = (" + Formats.fixed(g.crowdingWeight(), 2) + " x crowding + "
                + Formats.fixed(g.reversalWeight(), 2) + " x reversal + " + Formats.fixed(g.exposureWeight(), 2)
                + " x exposure) / sum of the weights of the scored dimensions. " + OverallGrade.Grade.bands(g) + ".");
        ctx.note("Rule applied to this portfolio: " + ctx.assessment().grade().rule());
        ModelConfig.Flags f = cfg.flags();
        ctx.subheading("Behavioural flags");
        ctx.paragraph("Recency bias: " + ModelConfig.period(cfg.windows().runReturn()) + " run z-score >= " + Formats.fixed(f.recencyZ(), 1) + " on a position of at "
                + "least " + Formats.share(f.recencyMinWeight()) + ". Herd behaviour: flow surge >= "
                + Formats.fixed(f.herdFlow(), 1) + " and crowd co-movement >= " + Formats.fixed(f.herdComovement(), 1)
                + ". Loss-aversion trap: reversal >= " + Formats.fixed(f.lossAversionReversal(), 0)
                + " with the price within " + Formats.share(f.lossAversionCostBand()) + " of the cost basis.");
    }

    private static Tables specTable(ReportContext ctx, List<ComponentSpec> specs) {
        Tables t = new Tables(ctx.styles, new float[] {5, 1, 4}, "Component", "#Weight", "Breakpoints (raw -> points)");
        for (ComponentSpec s : specs) {
            t.row(s.label(), Formats.fixed(s.weight(), 2), breakpoints(s.breakpoints()));
        }
        return t;
    }

    static String breakpoints(List<Breakpoint> bps) {
        return bps.stream().map(b -> trim(b.value()) + " -> " + trim(b.points())).collect(Collectors.joining(", "));
    }

    private static String trim(double v) {
        return v == Math.rint(v) ? Formats.fixed(v, 0) : Formats.fixed(v, 2);
    }
}
