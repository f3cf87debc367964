package com.rotationrisk.report.section;

import com.rotationrisk.proposal.ProposalComparison;
import com.rotationrisk.proposal.Trade;
import com.rotationrisk.proposal.TradePlan;
import com.rotationrisk.report.ProposedChanges;
import com.rotationrisk.report.pdf.SafeText;
import com.rotationrisk.risk.engine.Dimension;
import com.rotationrisk.risk.engine.Formats;
import com.rotationrisk.risk.engine.OverallGrade;
import com.rotationrisk.risk.engine.PortfolioAssessment;
import com.rotationrisk.risk.engine.PortfolioDimension;
import com.rotationrisk.risk.engine.ScenarioResult;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The proposal the report was generated with: its trades, the portfolio before and after them, what the trades sell
 * and buy, and the estimated realised gain. Prints nothing for a report without a proposal.
 */
final class ProposedChangesSection implements SectionRenderer {

    @Override
    public void render(ReportContext ctx) {
        ProposedChanges p = ctx.request.proposal();
        if (p == null) {
            return;
        }
        ctx.heading("Proposed changes");
        ctx.paragraph("Proposal \u201C" + SafeText.line(p.name(), ctx.fonts, SafeText.MAX_NAME) + "\u201D, "
                + p.status().label().toLowerCase(Locale.ROOT) + " (version " + p.version() + "), with "
                + p.trades().size() + (p.trades().size() == 1 ? " trade." : " trades."));
        trades(ctx, p);
        ProposalComparison c = p.comparison();
        if (c == null) {
            ctx.paragraph("The before and after figures are not shown: " + p.notComputed());
            return;
        }
        beforeAndAfter(ctx, c);
        executions(ctx, c);
        effect(ctx, c);
        ctx.note(c.gainMethod());
        ctx.paragraph(ProposalComparison.disclosure(ctx.request.asOf()));
    }

    private static void trades(ReportContext ctx, ProposedChanges p) {
        Tables t = Tables.captioned(ctx.styles, "Trades", new float[] {0.5f, 1.6f, 2.4f, 1.2f, 2.2f}, "#No.", "Trade",
                "Holding", "Into", "#Amount");
        for (int i = 0; i < p.trades().size(); i++) {
            Trade trade = p.trades().get(i);
            t.row(String.valueOf(i + 1), trade.kind().label(), trade.kind() == Trade.Kind.RAISE_CASH
                    ? "every priced holding, pro rata" : text(ctx, trade.ticker()), text(ctx, trade.toTicker()),
                    amount(trade));
        }
        ctx.add(t);
    }

    private static void beforeAndAfter(ReportContext ctx, ProposalComparison c) {
        Tables t = Tables.captioned(ctx.styles, "Before and after the trades", new float[] {2.5f, 2.75f, 2.75f},
                "Measure", "#Before", "#After");
        PortfolioAssessment before = c.before();
        PortfolioAssessment after = c.after();
        t.row(true, "Overall grade", grade(before.grade()), grade(after.grade()));
        for (Dimension d : Dimension.values()) {
            t.row(d.label(), score(before.dimensions().get(d)), score(after.dimensions().get(d)));
        }
        t.row("Worst case", ctx.safe(worstCase(before)), ctx.safe(worstCase(after)));
        Map<String, String> scenarios = new LinkedHashMap<>();
        before.scenarios().forEach(s -> scenarios.put(s.scenarioId(), s.name()));
        after.scenarios().forEach(s -> scenarios.putIfAbsent(s.scenarioId(), s.name()));
        scenarios.forEach((id, name) -> t.row("Scenario: " + ctx.safe(name), impact(before.scenario(id)),
                impact(after.scenario(id))));
        t.row("Top-5 weight", Formats.share(before.concentration().top5Weight()),
                Formats.share(after.concentration().top5Weight()));
        t.row("Herfindahl index (HHI)", Formats.fixed(before.concentration().herfindahl(), 3),
                Formats.fixed(after.concentration().herfindahl(), 3));
        t.row("Coverage (share of the value scored)", coverage(before), coverage(after));
        t.row("Market value", Formats.dollars(before.coverage().knownValue()),
                Formats.dollars(after.coverage().knownValue()));
        // read side by side, so never split over two pages
        t.table().setKeepTogether(true);
        ctx.add(t);
    }

    private static void executions(ReportContext ctx, ProposalComparison c) {
        Tables t = Tables.captioned(ctx.styles, "At the valuation date's prices", new float[] {0.5f, 1.6f, 1.6f, 1.3f,
                1.5f, 1.9f}, "#No.", "Holding", "#Shares", "#Price", "#Value", "#Estimated gain");
        for (TradePlan.Execution e : c.executions()) {
            boolean sale = e.shares().signum() < 0;
            t.row(String.valueOf(e.tradeIndex() + 1), text(ctx, e.ticker()), shares(e.shares()),
                    Formats.fixed(e.price(), 2), (sale ? "-" : "+") + Formats.dollars(e.value()),
                    sale ? (e.realisedGain() == null ? Formats.NOT_AVAILABLE : Formats.signedDollars(e.realisedGain()))
                            : "");
        }
        ctx.add(t);
    }

    private static void effect(ReportContext ctx, ProposalComparison c) {
        Tables t = new Tables(ctx.styles, new float[] {3.4f, 4}, "What the trades do", "#Estimate");
        t.row("Sold", Formats.dollars(c.soldValue()));
        t.row("Bought", Formats.dollars(c.boughtValue()));
        t.row("Turnover (sold plus bought, as a share of the value before)",
                c.turnover() == null ? Formats.NOT_AVAILABLE : Formats.share(c.turnover()));
        t.row(true, "Estimated realised gain of the sales", gain(c));
        if (!c.gainUnknownFor().isEmpty()) {
            t.row("Gain unknown (no cost per share entered)", String.join(", ", c.gainUnknownFor()));
        }
        ctx.add(t);
    }

    /** The known gain; "n/a" when every sale lacks a cost, never a made-up 0. */
    private static String gain(ProposalComparison c) {
        boolean anyKnown = c.executions().stream().anyMatch(e -> e.realisedGain() != null);
        if (!anyKnown) {
            return c.gainUnknownFor().isEmpty() ? "no sales" : Formats.NOT_AVAILABLE;
        }
        return Formats.signedDollars(c.knownRealisedGain())
                + (c.gainUnknownFor().isEmpty() ? "" : " (sales with a known cost only)");
    }

    private static String grade(OverallGrade g) {
        return g.graded() ? g.headline() + " (" + Formats.score(g.score()) + ")" : Formats.NOT_AVAILABLE
                + " (not graded)";
    }

    private static String score(PortfolioDimension d) {
        return d == null ? Formats.NOT_AVAILABLE : Formats.score(d.score());
    }

    private static String worstCase(PortfolioAssessment a) {
        boolean incomplete = a.scenarios().stream().anyMatch(s -> !s.assessed());
        return a.worstCase().map(w -> Formats.signedPercent(w.impactPct()) + " (" + w.scenarioName() + ")")
                .orElse(incomplete || a.scenarios().isEmpty() ? Formats.NOT_AVAILABLE : "no loss");
    }

    private static String impact(ScenarioResult s) {
        return s == null ? Formats.NOT_AVAILABLE : Formats.signedPercent(s.impactPct());
    }

    private static String coverage(PortfolioAssessment a) {
        return a.coverage().scoredShare().isPresent() ? Formats.share(a.coverage().scoredShare().getAsDouble())
                : Formats.NOT_AVAILABLE;
    }

    private static String amount(Trade t) {
        String plain = t.amount().stripTrailingZeros().toPlainString();
        return switch (t.amountKind()) {
            case SHARES -> plain + " shares";
            // whole amounts in the house format; cents as entered rather than rounded away
            case VALUE -> t.amount().stripTrailingZeros().scale() <= 0 ? Formats.dollars(t.amount().doubleValue())
                    : "$" + plain;
            case PERCENT_OF_POSITION -> plain + Formats.PERCENT + " of the position";
        };
    }

    private static String shares(BigDecimal shares) {
        String plain = shares.setScale(4, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
        return shares.signum() > 0 ? "+" + plain : plain;
    }

    private static String text(ReportContext ctx, String s) {
        return s == null ? "" : SafeText.line(s, ctx.fonts, 60);
    }
}
