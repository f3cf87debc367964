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

    static String gradeMeaning(OverallGrade.Grade g) {
        if (g == null) {
            return "No part of the portfolio could be scored, so no grade is given.";
        }
        return switch (g) {
            case LOW -> "The portfolio shows little sign of crowded momentum, stretched prices or sensitivity to a "
                    + "policy-driven market rotation.";
            case MODERATE -> "Some positions show crowding or stretch, but the portfolio as a whole is not strongly "
                    + "exposed to a sudden rotation.";
            case ELEVATED -> "A meaningful part of the portfolio sits in crowded or stretched positions; a sharp "
                    + "rotation would be felt.";
            case HIGH -> "Much of the portfolio is in crowded, stretched positions that have historically been "
                    + "vulnerable to sharp reversals.";
            case SEVERE -> "The portfolio is concentrated in the kind of crowded, extended positions that tend to "
                    + "suffer most when market leadership rotates.";
        };
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
