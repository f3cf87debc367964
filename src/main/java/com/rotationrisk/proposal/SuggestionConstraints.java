package com.rotationrisk.proposal;

import com.rotationrisk.risk.engine.OverallGrade;
import java.util.Set;

/**
 * What a suggestion must respect: the band to reach, holdings never to sell, the most turnover (a share of the value
 * before, sold plus bought), the most estimated realised gain (in the portfolio's currency), and the least cash to keep
 * (a suggestion only sells, so it never lowers cash). A null limit is no limit.
 */
public record SuggestionConstraints(OverallGrade.Grade targetBand, Set<String> keep, Double maxTurnover,
                                    Double maxRealisedGain, Double cashFloor) {

    public SuggestionConstraints {
        keep = keep == null ? Set.of() : Set.copyOf(keep);
    }
}
