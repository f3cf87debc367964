package com.rotationrisk.report.validation;

import com.rotationrisk.risk.engine.ModelConfig;
import com.rotationrisk.risk.engine.evidence.EvidenceReport;
import java.time.Instant;
import java.util.List;

/**
 * One run of the evidence study on the firm's price universe: the report, the model settings it ran with, who ran it
 * and when, the rotation spread used as benchmarks, and the instruments left out because their stored bars could not
 * be read as a price series (with the reason).
 */
public record ModelValidation(EvidenceReport report, ModelConfig config, String ranBy, Instant ranAt,
        String benchmarkPair, List<String> skipped) {

    public ModelValidation {
        skipped = List.copyOf(skipped);
    }
}
