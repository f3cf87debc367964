package com.rotationrisk.risk.engine;

import java.util.Map;

/** Herfindahl index of weights (sum of squared weights), top-5 weight, and weights per sector and size bucket. */
public record Concentration(double herfindahl, double top5Weight, Map<String, Double> sectorWeights,
        Map<String, Double> sizeWeights, String largestTicker, double largestPosition, double top5NonCash) {

    public Concentration(double herfindahl, double top5Weight, Map<String, Double> sectorWeights,
            Map<String, Double> sizeWeights) {
        this(herfindahl, top5Weight, sectorWeights, sizeWeights, null, 0, 0);
    }
}
