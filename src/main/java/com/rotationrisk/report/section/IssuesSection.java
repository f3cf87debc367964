package com.rotationrisk.report.section;

import com.rotationrisk.risk.engine.HoldingIssue;

/** Input problems the engine reported, so they can be fixed. */
final class IssuesSection implements SectionRenderer {

    @Override
    public void render(ReportContext ctx) {
        ctx.heading("Input issues");
        if (ctx.assessment().issues().isEmpty()) {
            ctx.paragraph("No input issues: every holding was valued and scored.");
            return;
        }
        Tables t = new Tables(ctx.styles, new float[] {1, 2.2f, 6.8f}, "Ticker", "Issue", "Details");
        for (HoldingIssue i : ctx.assessment().issues()) {
            t.row(ctx.safe(i.ticker()), i.code().label(), ctx.safe(i.message()));
        }
        ctx.add(t);
    }
}
