package com.rotationrisk.report.section;

import com.rotationrisk.risk.engine.Formats;
import com.rotationrisk.risk.engine.ScenarioResult;
import com.rotationrisk.risk.engine.WorstCase;
import java.util.List;

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
            t.row(ctx.safe(s.name()), s.assessed() ? Formats.signedPercent(s.impactPct()) : "could not be assessed",
                    s.assessed() ? Formats.signedDollars(s.impactCurrency().getAsDouble()) : "",
                    Formats.share(s.coveredShare()), Formats.signedPercent(s.analogActualPct()));
        }
        ctx.add(t);
        for (ScenarioResult s : ctx.assessment().scenarios()) {
            if (!s.assessed()) {
                ctx.note(ctx.safe(s.name()) + " could not be assessed: "
                        + ctx.safe(lowerFirst(s.notAssessedReason().replaceFirst("^Not assessed: ", ""))));
            }
        }
        ctx.paragraph(worstCase(ctx));
        ctx.note("Impact: estimated portfolio return if the scenario happened on " + ctx.assessment().asOf()
                + ", the date of the data. Covered: share of the portfolio's value whose impact could be estimated. "
                + "Analog actual: what the portfolio's holdings actually did over the historical period the scenario "
                + "is modelled on, where every holding has prices for it.");
    }

    /** The worst case in words; never "no loss" when a scenario could not be assessed. */
    static String worstCase(ReportContext ctx) {
        List<String> notAssessed = ctx.assessment().scenarios().stream().filter(s -> !s.assessed())
                .map(ScenarioResult::name).toList();
        String missing = notAssessed.isEmpty() ? "" : " " + String.join(", ", notAssessed)
                + " could" + " not be assessed, so the worst case may be worse.";
        if (ctx.assessment().worstCase().isEmpty()) {
            return notAssessed.isEmpty() ? "Worst case: no scenario produces a loss for this portfolio."
                    : "Worst case: could not be assessed." + missing;
        }
        WorstCase w = ctx.assessment().worstCase().get();
        return "Worst case: " + w.scenarioName() + ", an estimated " + Formats.signedPercent(w.impactPct()) + " ("
                + Formats.signedDollars(w.impactCurrency()) + ")." + missing;
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
}
