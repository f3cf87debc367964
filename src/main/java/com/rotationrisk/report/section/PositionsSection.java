package com.rotationrisk.report.section;

import com.rotationrisk.risk.engine.Formats;
import com.rotationrisk.risk.engine.PositionAssessment;

/** Every valued position with its three scores. */
final class PositionsSection implements SectionRenderer {

    @Override
    public void render(ReportContext ctx) {
        ctx.heading("Positions");
        Tables t = new Tables(ctx.styles, new float[] {0.9f, 2.3f, 1.7f, 1.1f, 1.4f, 1.2f, 1.2f, 1.2f, 1.2f},
                "Ticker", "Name", "Sector", "#Weight", "#Value (USD)", "#Crowd.", "#Rev.", "#Policy", "Price date");
        for (PositionAssessment p : ctx.assessment().positions()) {
            t.row(p.ticker(), ctx.safe(p.profile().name()), ctx.safe(nz(p.profile().sector())), Formats.share(p.weight()),
                    Formats.dollars(p.marketValue()), Formats.score(p.crowding()), Formats.score(p.reversal()),
                    Formats.score(p.exposure()), String.valueOf(p.priceDate()));
        }
        ctx.add(t);
    }

    static String nz(String s) {
        return s == null || s.isBlank() ? "-" : s;
    }
}
