package com.rotationrisk.report.section;

/** Writes one template section into the document. Implementations are stateless. */
@FunctionalInterface
public interface SectionRenderer {

    void render(ReportContext ctx);
}
