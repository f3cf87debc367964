package com.rotationrisk.report.section;

import com.rotationrisk.report.pdf.SafeText;

/** The adviser's own notes, printed as entered (sanitised, line breaks kept). */
final class NotesSection implements SectionRenderer {

    @Override
    public void render(ReportContext ctx) {
        String notes = SafeText.multiline(ctx.request.notes(), ctx.fonts, SafeText.MAX_NOTES);
        if (notes.isEmpty()) {
            return;
        }
        ctx.heading("Adviser notes");
        for (String para : notes.split("\n")) {
            if (!para.isBlank()) {
                ctx.paragraph(para);
            }
        }
    }
}
