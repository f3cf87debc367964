package com.rotationrisk.risk.engine;

import static com.rotationrisk.risk.engine.ComponentKeys.*;

import java.util.List;

/**
 * Every weight, window, breakpoint and threshold of the model, in one place. {@link #defaults()} follows the
 * specification (risk-model.md); deviations are listed in METHODOLOGY.md.
 */
public record ModelConfig(
        String modelVersion,
        Windows windows,
        List<ComponentSpec> crowding,
        List<ComponentSpec> reversal,
        List<Breakpoint> exposureBreakpoints,
        Regime regime,
        Grade grade,
        Flags flags,
        Comomentum comomentum,
        double highScoreThreshold,
        double rsiOverbought,
        Scoring scoring) {

    /** Labels of the known components are always built from {@code windows}, so they never name other windows. */
    public ModelConfig {
        crowding = crowding.stream().map(spec -> relabel(spec, windows)).toList();
        reversal = reversal.stream().map(spec -> relabel(spec, windows)).toList();
    }

    public static final String MODEL_VERSION = "rotation-risk-2.0.0";

    /** Look-back windows in trading days. */
    public record Windows(int rsi, int rsiWarmup, int atrShort, int atrLong, int smaShort,
            int smaLong, int bollinger, double bollingerK, int rocLong, int rocShort, int runReturn,
            int runHistory, int relativeStrength, int volumeShort, int volumeLong, int herdWindow, int correlation,
            int beta, int high52w, int divergenceWindow) {
    }

    /** Daniel & Moskowitz panic-state detection and the reversal uplift it triggers. */
    public record Regime(int bearLookback, int varianceWindow, double highAnnualisedVol, int reboundWindow,
            double panicUpliftPoints, double reboundUpliftPoints, double highMomentumCrowding) {
    }

    /**
     * Overall grade: weighted mean of the three portfolio dimension scores and the concentration score, then
     * thresholds; never more than {@code maxBandsMilder} band milder than its worst part.
     */
    public record Grade(double crowdingWeight, double reversalWeight, double exposureWeight, double moderateFrom,
            double elevatedFrom, double highFrom, double severeFrom, double concentrationWeight,
            List<Breakpoint> largestPositionPoints, List<Breakpoint> top5Points, int maxBandsMilder) {

        public Grade {
            largestPositionPoints = List.copyOf(largestPositionPoints);
            top5Points = List.copyOf(top5Points);
        }
    }

    /** Behavioural-flag triggers. */
    public record Flags(double recencyZ, double recencyMinWeight, double herdFlow, double herdComovement,
            double lossAversionReversal, double lossAversionCostBand) {
    }

    /**
     * How component points become a dimension score.
     *
     * @param minWeightShare     a dimension needs at least this share of its configured weights computed, or it is
     *                           "insufficient data" instead of a number built from a minority of its evidence
     * @param stabilityTolerance largest weight a Wilder seed may keep before RSI and ATR are shown
     * @param crowdingScale      composite (weighted mean of points) to score, calibrated on the evidence study
     * @param reversalScale      the same for reversal risk
     * @param minCoverage        a portfolio figure (dimension, scenario, grade) needs positions with a value for it
     *                           worth at least this share of the portfolio's known value, or it is "not assessed"
     */
    public record Scoring(double minWeightShare, double stabilityTolerance, List<Breakpoint> crowdingScale,
            List<Breakpoint> reversalScale, double minCoverage) {

        public Scoring {
            crowdingScale = List.copyOf(crowdingScale);
            reversalScale = List.copyOf(reversalScale);
        }

        public List<Breakpoint> scale(Dimension d) {
            return switch (d) {
                case MOMENTUM_CROWDING -> crowdingScale;
                case REVERSAL_RISK -> reversalScale;
                case POLICY_SHOCK_EXPOSURE -> IDENTITY;
            };
        }
    }

    /** Lou & Polk comomentum settings. */
    public record Comomentum(int window, int formationDays, int skipDays, double topFraction, int minMembers,
            int maxMembers) {
    }

    /** This configuration with other look-back windows (labels and texts follow them). */
    public ModelConfig withWindows(Windows w) {
        return new ModelConfig(modelVersion, w, crowding, reversal, exposureBreakpoints, regime, grade, flags,
                comomentum, highScoreThreshold, rsiOverbought, scoring);
    }

    /**
     * A look-back of {@code sessions} trading days as an adjective: "52-week" for 252, "24-month" for a multiple
     * of 252, otherwise "63-day".
     */
    public static String period(int sessions) {
        if (sessions == 252) {
            return "52-week";
        }
        if (sessions >= 126 && sessions % 21 == 0) {
            return (sessions / 21) + "-month";
        }
        return sessions + "-day";
    }

    /** A look-back of {@code sessions} trading days as a noun: "52 weeks", "24 months", otherwise "21 sessions". */
    public static String span(int sessions) {
        if (sessions == 252) {
            return "52 weeks";
        }
        if (sessions >= 126 && sessions % 21 == 0) {
            return (sessions / 21) + " months";
        }
        return sessions + " sessions";
    }

    /** The label of a known component under these windows; {@code null} for an unknown key. */
    static String label(String key, Windows w) {
        return switch (key) {
            case OVERBOUGHT -> "Overbought (RSI " + w.rsi() + ", Wilder)";
            case EXTENSION -> "Extension above SMA" + w.smaShort() + " in ATRs";
            case UNUSUAL_RUN -> "Unusual " + period(w.runReturn()) + " run (z-score)";
            case RELATIVE_STRENGTH -> period(w.relativeStrength()) + " lead over the market leg (pp)";
            case FLOW_SURGE -> "Buying flow surge (up-day volume " + w.volumeShort() + "d / volume " + w.volumeLong()
                    + "d)";
            case HERD_STREAK -> "Herd streak (sessions of " + w.herdWindow() + " beating the benchmark)";
            case CROWD_COMOVEMENT -> "Crowd co-movement (" + w.correlation() + "d correlation with rotation spread)";
            case NEAR_HIGHS -> "Near the " + period(w.high52w()) + " high";
            case STRETCHED_BAND -> "Stretched band (Bollinger %B " + w.bollinger() + ","
                    + Components.trim(w.bollingerK()) + ")";
            case BEARISH_DIVERGENCE -> "Bearish divergence (RSI points below its " + period(w.divergenceWindow())
                    + " high at a price high)";
            case ROLLING_OVER -> "Momentum rolling over (" + period(w.rocShort()) + " drop % while ROC" + w.rocLong()
                    + " > 0)";
            case ROTATION_BETA -> "Rotation beta (" + w.beta() + "d beta to the spread)";
            case VOLATILITY_EXPANSION -> "Volatility expansion (Wilder ATR" + w.atrShort() + " / "
                    + period(w.atrLong()) + " mean true range)";
            case ABOVE_TREND -> "Distance above SMA" + w.smaLong() + " (%)";
            default -> null;
        };
    }

    private static ComponentSpec relabel(ComponentSpec spec, Windows w) {
        String label = label(spec.key(), w);
        return label == null || label.equals(spec.label()) ? spec
                : new ComponentSpec(spec.key(), label, spec.weight(), spec.breakpoints());
    }

    static final List<Breakpoint> IDENTITY = List.of(new Breakpoint(0, 0), new Breakpoint(100, 100));

    public static ModelConfig defaults() {
        Windows w = new Windows(14, 250, 14, 100, 50, 200, 20, 2.0, 20, 5, 63, 756, 126, 20, 120, 20, 60,
                120, 252, 20);
        // Weights are judgement, not fitted (the evidence study finds no significant separation to fit them to; see
        // the methodology). Stretch measures that move together (RSI, %B, distance above SMA200) are counted once
        // across the two dimensions; nearness to the 52-week high predicts continuation (George & Hwang), so it is
        // shown for context with weight 0.
        List<ComponentSpec> crowding = List.of(
                spec(OVERBOUGHT, label(OVERBOUGHT, w), 0.15, 50, 0, 70, 70, 80, 100),
                spec(EXTENSION, label(EXTENSION, w), 0.15, 0, 0, 3, 70, 5, 100),
                spec(UNUSUAL_RUN, label(UNUSUAL_RUN, w), 0.15, 0, 0, 2, 80, 3, 100),
                spec(RELATIVE_STRENGTH, label(RELATIVE_STRENGTH, w), 0.15, 0, 0, 6, 70, 12, 100),
                spec(FLOW_SURGE, label(FLOW_SURGE, w), 0.15, 1.0, 0, 1.5, 60, 2.0, 100),
                spec(HERD_STREAK, label(HERD_STREAK, w), 0.10, 10, 0, 15, 70, 18, 100),
                spec(CROWD_COMOVEMENT, label(CROWD_COMOVEMENT, w), 0.15, 0, 0, 0.5, 70, 0.8, 100),
                spec(NEAR_HIGHS, label(NEAR_HIGHS, w), 0.0, 0.85, 0, 0.95, 70, 1.0, 100));
        List<ComponentSpec> reversal = List.of(
                spec(STRETCHED_BAND, label(STRETCHED_BAND, w), 0.10, 0.8, 0, 1.0, 70, 1.2, 100),
                spec(BEARISH_DIVERGENCE, label(BEARISH_DIVERGENCE, w), 0.20, 0, 0, 5, 70, 10, 100),
                spec(ROLLING_OVER, label(ROLLING_OVER, w), 0.20, 0, 0, 2, 60, 5, 100),
                spec(ROTATION_BETA, label(ROTATION_BETA, w), 0.20, 0, 0, 0.5, 60, 1.0, 100),
                spec(VOLATILITY_EXPANSION, label(VOLATILITY_EXPANSION, w), 0.20, 1.0, 0, 1.5, 70, 2.0, 100),
                spec(ABOVE_TREND, label(ABOVE_TREND, w), 0.10, 0, 0, 15, 70, 30, 100));
        List<Breakpoint> exposure = List.of(new Breakpoint(-15, 100), new Breakpoint(-5, 50), new Breakpoint(0, 0));
        // Daniel & Moskowitz: momentum crashes in the rebound from a panic, not during it; no uplift while it falls.
        Regime regime = new Regime(504, 126, 0.25, 21, 0, 15, 70);
        // A portfolio is exposed to a rotation through its largest holdings too: one name at 25 % scores 50,
        // at 50 % 80; a top five of 80 % scores 50. The grade is never more than one band milder than its worst part.
        Grade grade = new Grade(0.30, 0.30, 0.25, 30, 50, 65, 80, 0.15,
                scale(0.10, 0, 0.25, 50, 0.50, 80, 1.0, 100), scale(0.50, 0, 0.80, 50, 1.0, 80), 1);
        Flags flags = new Flags(2.0, 0.05, 1.5, 0.5, 65, 0.05);
        Comomentum comomentum = new Comomentum(63, 252, 21, 1.0 / 3.0, 3, 250);
        // Output of ScaleCalibration on the bundled history (ScaleCalibrationTest re-derives and compares them).
        Scoring scoring = new Scoring(0.6, 0.01,
                scale(0, 0, 18.2, 30, 37.5, 50, 56.2, 65, 68.4, 80, 100, 100),
                scale(0, 0, 10.3, 30, 22.4, 50, 35.6, 65, 46.2, 80, 100, 100), 0.8);
        return new ModelConfig(MODEL_VERSION, w, crowding, reversal, exposure, regime, grade, flags, comomentum, 70, 70,
                scoring);
    }

    public ComponentSpec crowdingSpec(String key) {
        return find(crowding, key);
    }

    public ComponentSpec reversalSpec(String key) {
        return find(reversal, key);
    }

    private static ComponentSpec find(List<ComponentSpec> specs, String key) {
        return specs.stream().filter(s -> s.key().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no component " + key));
    }

    private static List<Breakpoint> scale(double... valuePoints) {
        Breakpoint[] bps = new Breakpoint[valuePoints.length / 2];
        for (int i = 0; i < bps.length; i++) {
            bps[i] = new Breakpoint(valuePoints[2 * i], valuePoints[2 * i + 1]);
        }
        return List.of(bps);
    }

    private static ComponentSpec spec(String key, String label, double weight, double... valuePoints) {
        return new ComponentSpec(key, label, weight, scale(valuePoints));
    }
}
