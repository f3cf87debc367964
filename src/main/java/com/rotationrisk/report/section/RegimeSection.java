package com.rotationrisk.report.section;

import com.rotationrisk.risk.engine.Formats;
import com.rotationrisk.risk.engine.MarketRegime;

/** Daniel &amp; Moskowitz market state and the reversal uplift it triggers. */
final class RegimeSection implements SectionRenderer {

    @Override
    public void render(ReportContext ctx) {
        ctx.heading("Market regime");
        MarketRegime r = ctx.assessment().regime();
        Tables t = new Tables(ctx.styles, new float[] {2, 1}, "Measure", "#Value");
        t.row("State", r.state().label());
        t.row("Large-cap return, 24 months", Formats.signedPercent(r.return24mPct()));
        t.row("Annualised volatility, 126 days", Formats.signedPercent(r.annualisedVol126Pct()).replace("+", ""));
        t.row("Large-cap return, 21 days", Formats.signedPercent(r.return21dPct()));
        t.row("Reversal uplift for high-momentum positions", "+" + Formats.fixed(r.upliftPoints(), 1) + " points");
        ctx.add(t);
        if (r.explanation() != null) {
            ctx.note(r.explanation());
        }
    }
}
