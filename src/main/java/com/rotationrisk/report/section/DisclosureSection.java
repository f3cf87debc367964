package com.rotationrisk.report.section;

/** The firm's full disclosure text. */
final class DisclosureSection implements SectionRenderer {

    @Override
    public void render(ReportContext ctx) {
        ctx.heading("Important information");
        for (String para : ctx.template.firm().disclosure().split("\\\\n|\n")) {
            if (!para.isBlank()) {
                ctx.note(para);
            }
        }
    }
}
