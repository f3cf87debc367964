package com.rotationrisk.report;

import com.rotationrisk.report.pdf.OmittedWhenNull;
import com.rotationrisk.risk.engine.PortfolioAssessment;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Everything a report is made from. The same request always gives the same PDF bytes: nothing else (clock, random,
 * machine) goes into the document. {@code generatedAt} is passed in, never read from the clock.
 *
 * @param templateId    template folder name, e.g. {@code client-summary}
 * @param clientName    user text; sanitised when printed
 * @param notes         user text (may be empty); line breaks are kept
 * @param chartSeries   price-chart data by ticker for (at least) the positions that get price charts; may be empty
 * @param scenarioSet   the name of the portfolio's scenario set ({@code ScenarioSet.name()}); null when not recorded
 *                      (archives from before scenario sets: left out of the input digest, so they regenerate alike)
 * @param proposal      the proposal the {@code proposed-changes} section prints; null for a report without one (left
 *                      out of the input digest, so reports without a proposal regenerate as before)
 */
public record ReportRequest(String templateId, String clientName, String notes, String portfolioOwner,
        String generatedBy, Instant generatedAt, LocalDate asOf, String modelVersion,
        PortfolioAssessment assessment, Map<String, ChartSeries> chartSeries,
        @OmittedWhenNull String scenarioSet, @OmittedWhenNull ProposedChanges proposal) {

    public ReportRequest {
        Objects.requireNonNull(templateId, "templateId");
        Objects.requireNonNull(generatedAt, "generatedAt");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(assessment, "assessment");
        clientName = clientName == null ? "" : clientName;
        notes = notes == null ? "" : notes;
        portfolioOwner = portfolioOwner == null ? "" : portfolioOwner;
        generatedBy = generatedBy == null ? "" : generatedBy;
        modelVersion = modelVersion == null ? assessment.modelVersion() : modelVersion;
        chartSeries = chartSeries == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(chartSeries));
    }

    /** A request without a proposal. */
    public ReportRequest(String templateId, String clientName, String notes, String portfolioOwner,
            String generatedBy, Instant generatedAt, LocalDate asOf, String modelVersion,
            PortfolioAssessment assessment, Map<String, ChartSeries> chartSeries, String scenarioSet) {
        this(templateId, clientName, notes, portfolioOwner, generatedBy, generatedAt, asOf, modelVersion, assessment,
                chartSeries, scenarioSet, null);
    }

    /** A request that does not name its scenario set (fixtures, archives from before scenario sets). */
    public ReportRequest(String templateId, String clientName, String notes, String portfolioOwner,
            String generatedBy, Instant generatedAt, LocalDate asOf, String modelVersion,
            PortfolioAssessment assessment, Map<String, ChartSeries> chartSeries) {
        this(templateId, clientName, notes, portfolioOwner, generatedBy, generatedAt, asOf, modelVersion, assessment,
                chartSeries, null, null);
    }
}
