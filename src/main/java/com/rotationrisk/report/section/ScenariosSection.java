package com.rotationrisk.report.section;

import com.rotationrisk.risk.engine.Formats;
import com.rotationrisk.risk.engine.ScenarioResult;
import com.rotationrisk.risk.engine.WorstCase;

/** Scenario summary table and the worst case. */
final class ScenariosSection implements SectionRenderer {

    @Override
    public void render(ReportContext ctx) {
        ctx.heading("Scenarios");
        if (ctx.assessment().scenarios().isEmpty()) {
            ctx.paragraph("No scenarios were run.");
            return;
        }
        Tables t = new Tables(ctx.styles, new float[] {4, 1.2f, 1.5f, 1.1f, 1.3f}, "Scenario", "#Impact",
                "#Impact (value)", "#Covered", "#Analog actual");
        for (ScenarioResult s : ctx.assessment().scenarios()) {
            t.row(ctx.safe(s.name()), Formats.signedPercent(s.impactPct()),
                    s.impactCurrency().isPresent() ? Formats.signedMoney(s.impactCurrency().getAsDouble()) : "n/a",
                    Formats.share(s.coveredWeight()), Formats.signedPercent(s.analogActualPct()));
        }
        ctx.add(t.table());
        ctx.paragraph(worstCase(ctx));
        ctx.note("Impact: estimated portfolio return if the scenario happened today. Analog actual: what the "
                + "portfolio's holdings actually did over the historical period the scenario is modelled on, where "
                + "every holding has prices for it.");
    }

    static String worstCase(ReportContext ctx) {
        if (ctx.assessment().worstCase().isEmpty()) {
            return "Worst case: no scenario produces a loss for this portfolio.";
        }
        WorstCase w = ctx.assessment().worstCase().get();
        return "Worst case: " + w.scenarioName() + ", an estimated " + Formats.signedPercent(w.impactPct()) + " ("
                + Formats.signedMoney(w.impactCurrency()) + ").";
    }
}
