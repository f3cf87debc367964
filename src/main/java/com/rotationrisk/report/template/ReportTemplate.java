package com.rotationrisk.report.template;

import java.util.List;

/**
 * One template from {@code <id>/template.properties}.
 *
 * @param topRisks       how many positions the top-risks section lists
 * @param priceChartTop  how many of the highest-risk positions get price and RSI charts
 */
public record ReportTemplate(String id, String name, String title, List<Section> sections, PageFormat pageFormat,
        int topRisks, int priceChartTop, FirmBranding firm) {

    public ReportTemplate {
        sections = List.copyOf(sections);
    }

    public enum PageFormat { A4, LETTER }
}
