package com.rotationrisk.report.section;

import com.rotationrisk.risk.engine.Dimension;
import com.rotationrisk.risk.engine.Formats;
import com.rotationrisk.risk.engine.PortfolioDimension;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;

/** The three portfolio scores in plain words. */
final class ScoresSection implements SectionRenderer {

    @Override
    public void render(ReportContext ctx) {
        ctx.heading("The three risk scores");
        for (Dimension d : Dimension.values()) {
            PortfolioDimension pd = ctx.assessment().dimensions().get(d);
            Paragraph p = new Paragraph();
            p.setFont(ctx.styles.body);
            p.setLeading(12.5f);
            p.setSpacingAfter(5);
            if (pd == null || pd.score().isEmpty()) {
                p.add(new Phrase(d.label() + ": could not be assessed. ", ctx.styles.bodyBold));
                p.add(new Phrase(pd == null ? "" : "Reason: " + pd.notAssessedReason()
                        .replaceFirst("^Not assessed: ", ""), ctx.styles.body));
            } else {
                double s = pd.score().getAsDouble();
                p.add(new Phrase(d.label() + ": " + Formats.fixed(s, 0) + " of 100 (" + Words.level(s, ctx.config.grade())
                        + "). ", ctx.styles.bodyBold));
                p.add(new Phrase(Words.dimensionMeaning(d) + " " + Formats.share(pd.weightAtOrAboveHigh())
                        + " of the portfolio is in positions scoring " + Formats.fixed(pd.highThreshold(), 0) + " or more.", ctx.styles.body));
                if (pd.coveredShare() < 0.999) {
                    p.add(new Phrase(" The score covers " + Formats.share(pd.coveredShare())
                            + " of the portfolio's value.", ctx.styles.body));
                }
            }
            ctx.add(p);
        }
    }
}
