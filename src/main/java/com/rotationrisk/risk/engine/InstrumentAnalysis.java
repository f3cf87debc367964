package com.rotationrisk.risk.engine;

import java.time.LocalDate;

/**
 * The quantity-independent part of a position: computed once per instrument per assessment.
 *
 * @param crowding         momentum-crowding score
 * @param reversalBase     reversal-risk score before the market-regime uplift
 * @param betas            market and spread betas (null entries when not computable)
 * @param momentum12m1Pct  12-1 month return in % (Jegadeesh-Titman formation, used for comomentum); null if short
 */
public record InstrumentAnalysis(String ticker, int endIndex, LocalDate priceDate, double price,
        DimensionScore crowding, DimensionScore reversalBase, Betas betas, Double momentum12m1Pct) {
}
