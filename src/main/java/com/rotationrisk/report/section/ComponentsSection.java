package com.rotationrisk.report.section;

import com.rotationrisk.risk.engine.ComponentScore;
import com.rotationrisk.risk.engine.ComponentStatus;
import com.rotationrisk.risk.engine.Dimension;
import com.rotationrisk.risk.engine.DimensionScore;
import com.rotationrisk.risk.engine.Formats;
import com.rotationrisk.risk.engine.ScoreArithmetic;
import com.rotationrisk.risk.engine.PositionAssessment;

/** Per-position breakdown: every component's raw value, points, weight, contribution and reason. */
final class ComponentsSection implements SectionRenderer {

    @Override
    public void render(ReportContext ctx) {
        ctx.heading("Component breakdown by position");
        ctx.note("Weight = the weight a component carries: its configured weight renormalised over the components "
                + "that could be computed, so points x weight = contribution. Components that could not be computed "
                + "show why instead of numbers.");
        for (PositionAssessment p : ctx.assessment().positions()) {
            Tables t = Tables.captioned(ctx.styles, p.ticker() + " \u2014 " + ctx.safe(p.profile().name()) + " ("
                    + Formats.share(p.weight()) + " of portfolio)", new float[] {3.2f, 0.9f, 0.8f, 0.8f, 1.0f, 5.3f}, "Component",
                    "#Raw", "#Points", "#Weight", "#Contrib.", "Reason");
            for (Dimension d : Dimension.values()) {
                DimensionScore ds = p.dimension(d);
                t.row(true, d.label(), "", "", "", Formats.score(ds), ctx.safe(ScoreArithmetic.summary(ds)));
                for (ComponentScore c : ds.components()) {
                    boolean ok = c.status() == ComponentStatus.OK;
                    t.row(ctx.safe(c.label()), Fmt.raw(c.rawValue()), Formats.fixed(c.points(), 1),
                            ok ? Formats.fixed(ScoreArithmetic.weightUsed(ds, c), 2) : Formats.NOT_AVAILABLE,
                            Formats.fixed(c.contribution(), 1),
                            ctx.safe(ok ? c.reason() : capitalised(c.status().label()) + ": " + c.reason()));
                }
                if (ds.adjustmentPoints() != 0) {
                    t.row("Market-regime uplift", "", "", "", "+" + Formats.fixed(ds.adjustmentPoints(), 1),
                            ctx.safe(ds.adjustmentReason()));
                }
            }
            t.table().setKeepTogether(true);
            ctx.add(t);
        }
    }

    private static String capitalised(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
