package com.rotationrisk.report.section;

import com.rotationrisk.risk.engine.Formats;
import java.util.List;

/** The highest-risk positions with the reasons that drive their scores. */
final class TopRisksSection implements SectionRenderer {

    @Override
    public void render(ReportContext ctx) {
        int n = Math.min(ctx.template.topRisks(), ctx.ranking.size());
        ctx.heading("Top " + n + " risks");
        if (n == 0) {
            ctx.paragraph("No position could be scored.");
            return;
        }
        ctx.note("Positions ranked by combined risk (the three scores weighted as in the overall grade).");
        Tables t = new Tables(ctx.styles, new float[] {0.8f, 2.0f, 0.8f, 1.2f, 1.2f, 0.7f, 5.0f}, "Ticker", "Name",
                "#Weight", "#Crowd.", "#Rev.", "#Risk", "Main reasons");
        List<RiskRanking.Ranked> top = ctx.ranking.subList(0, n);
        for (RiskRanking.Ranked r : top) {
            t.row(r.position().ticker(), ctx.safe(r.position().profile().name()), Formats.share(r.position().weight()),
                    Formats.score(r.position().crowding()), Formats.score(r.position().reversal()),
                    Formats.fixed(r.risk(), 0), ctx.safe(String.join("\n", r.reasons())));
        }
        ctx.add(t);
    }
}
