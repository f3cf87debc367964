package com.rotationrisk.report.section;

import com.rotationrisk.risk.engine.Dimension;
import com.rotationrisk.risk.engine.ModelConfig;
import com.rotationrisk.risk.engine.OverallGrade;

/** Plain-English wording shared by the sections. */
final class Words {

    private Words() {
    }

    static String grade(OverallGrade.Grade g) {
        return g.label();
    }

    /** "low" .. "severe" for a 0-100 score: the band of {@link OverallGrade.Grade#of}. */
    static String level(double score, ModelConfig.Grade g) {
        return OverallGrade.Grade.of(score, g).key();
    }

    static String dimensionMeaning(Dimension d) {
        return switch (d) {
            case MOMENTUM_CROWDING -> "How far the holdings have run up together with the crowd: overbought "
                    + "readings, unusual runs, trading near highs and surging volume.";
            case REVERSAL_RISK -> "How likely recent winners are to give back gains: stretched prices, weakening "
                    + "momentum and rising volatility, adjusted for the current market state.";
            case POLICY_SHOCK_EXPOSURE -> "How much the holdings would be expected to lose in the model's "
                    + "policy-shock scenarios (tariffs, rate surprises and similar events).";
        };
    }
}
