package com.rotationrisk.report.section;

import com.rotationrisk.risk.engine.Formats;
import com.rotationrisk.risk.engine.PositionContribution;
import com.rotationrisk.risk.engine.ScenarioResult;

/** Each scenario with its largest contributors and the analog-period returns. */
final class ScenarioDetailSection implements SectionRenderer {

    @Override
    public void render(ReportContext ctx) {
        ctx.heading("Scenario detail");
        for (ScenarioResult s : ctx.assessment().scenarios()) {
            ctx.subheading(ctx.safe(s.name()) + " (v" + s.version() + (s.policyScenario() ? ", policy scenario)"
                    : ")"));
            ctx.paragraph("Estimated impact " + Formats.signedPercent(s.impactPct()) + " ("
                    + (s.impactCurrency().isPresent() ? Formats.signedDollars(s.impactCurrency().getAsDouble()) : "n/a")
                    + "), covering " + Formats.share(s.coveredWeight()) + " of the portfolio. Rotation-spread shock: "
                    + Formats.signedPercent(s.spreadShockPct()) + ". Analog actual: " + Formats.signedPercent(s.analogActualPct()) + ".");
            if (s.analogNote() != null && !s.analogNote().isBlank()) {
                ctx.note(s.analogNote());
            }
            if (!s.topContributors().isEmpty()) {
                Tables t = new Tables(ctx.styles, new float[] {1, 1, 1, 1.2f, 1.4f, 1.2f}, "Ticker", "#Weight",
                        "#Impact", "#Contrib. (pp)", "#Contrib. (value)", "#Analog actual");
                for (PositionContribution c : s.topContributors()) {
                    t.row(c.ticker(), Formats.share(c.weight()), Formats.signedPercent(c.impactPct()), Formats.fixed(c.contributionPct(), 2),
                            Formats.signedDollars(c.contributionCurrency()), Formats.signedPercent(c.analogActualPct()));
                }
                ctx.add(t);
            }
        }
        ctx.paragraph(ScenariosSection.worstCase(ctx));
    }
}
