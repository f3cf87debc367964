package com.rotationrisk.report.section;

import com.rotationrisk.risk.engine.ComponentScore;
import com.rotationrisk.risk.engine.ComponentStatus;
import com.rotationrisk.risk.engine.Dimension;
import com.rotationrisk.risk.engine.DimensionScore;
import com.rotationrisk.risk.engine.Formats;
import com.rotationrisk.risk.engine.PositionAssessment;

/** Per-position breakdown: every component's raw value, points, weight, contribution and reason. */
final class ComponentsSection implements SectionRenderer {

    @Override
    public void render(ReportContext ctx) {
        ctx.heading("Component breakdown by position");
        ctx.note("Contribution = points x weight renormalised over the components that could be computed. "
                + "Components without enough history show their status instead of numbers.");
        for (PositionAssessment p : ctx.assessment().positions()) {
            Tables t = Tables.captioned(ctx.styles, p.ticker() + " \u2014 " + ctx.safe(p.profile().name()) + " ("
                    + Formats.share(p.weight()) + " of portfolio)", new float[] {3.2f, 0.9f, 0.8f, 0.8f, 1.0f, 5.3f}, "Component",
                    "#Raw", "#Points", "#Weight", "#Contrib.", "Reason");
            for (Dimension d : Dimension.values()) {
                DimensionScore ds = p.dimension(d);
                t.row(true, d.label(), "", "", "", Formats.score(ds.score()), "dimension score");
                for (ComponentScore c : ds.components()) {
                    boolean ok = c.status() == ComponentStatus.OK;
                    t.row(ctx.safe(c.label()), Fmt.raw(c.rawValue()), Formats.fixed(c.points(), 1),
                            Formats.fixed(c.weight(), 2), Formats.fixed(c.contribution(), 1),
                            ctx.safe(ok ? c.reason() : status(c.status()) + ": " + c.reason()));
                }
                if (ds.adjustmentPoints() != 0) {
                    t.row("Market-regime uplift", "", "", "", "+" + Formats.fixed(ds.adjustmentPoints(), 1),
                            ctx.safe(ds.adjustmentReason()));
                }
            }
            t.table().setKeepTogether(true);
            ctx.add(t.table());
        }
    }

    private static String status(ComponentStatus s) {
        return s == ComponentStatus.INSUFFICIENT_HISTORY ? "Insufficient history" : "Benchmark missing";
    }
}
