package com.rotationrisk.report.section;

import com.rotationrisk.risk.engine.ComomentumResult;
import com.rotationrisk.risk.engine.Formats;

/** Lou &amp; Polk comomentum of the high-momentum positions. */
final class ComomentumSection implements SectionRenderer {

    @Override
    public void render(ReportContext ctx) {
        ctx.heading("Comomentum");
        ComomentumResult c = ctx.assessment().comomentum();
        if (c.value().isPresent()) {
            ctx.paragraph("Mean pairwise residual correlation of the high-momentum positions: "
                    + Formats.fixed(c.value().getAsDouble(), 2) + " over " + c.pairs() + " pairs ("
                    + String.join(", ", c.members()) + ").");
        } else {
            ctx.paragraph("Comomentum could not be computed.");
        }
        if (c.explanation() != null && !c.explanation().isBlank()) {
            ctx.note(c.explanation());
        }
    }
}
