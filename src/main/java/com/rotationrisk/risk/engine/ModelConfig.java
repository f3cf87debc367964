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
        double highScoreThreshold) {

    public static final String MODEL_VERSION = "rotation-risk-1.0.0";

    /** Look-back windows in trading days. */
    public record Windows(int rsi, int rsiWarmup, int atrShort, int atrLong, int smaShort,
            int smaLong, int bollinger, double bollingerK, int rocLong, int rocShort, int runReturn,
            int runHistory, int runMinSamples, int volumeShort, int volumeLong, int herdWindow, int correlation,
            int beta, int high52w, int divergenceWindow) {
    }

    /** Daniel & Moskowitz panic-state detection and the reversal uplift it triggers. */
    public record Regime(int bearLookback, int varianceWindow, double highAnnualisedVol, int reboundWindow,
            double panicUpliftPoints, double reboundUpliftPoints, double highMomentumCrowding) {
    }

    /** Overall grade: weighted mean of the three portfolio dimension scores, then thresholds. */
    public record Grade(double crowdingWeight, double reversalWeight, double exposureWeight, double moderateFrom,
            double elevatedFrom, double highFrom, double severeFrom) {
    }

    /** Behavioural-flag triggers. */
    public record Flags(double recencyZ, double recencyMinWeight, double herdFlow, double herdComovement,
            double lossAversionReversal, double lossAversionCostBand) {
    }

    /** Lou & Polk comomentum settings. */
    public record Comomentum(int window, int formationDays, int skipDays, double topFraction, int minMembers,
            int maxMembers) {
    }

    public static ModelConfig defaults() {
        Windows w = new Windows(14, 250, 14, 100, 50, 200, 20, 2.0, 20, 5, 63, 756, 252, 20, 120, 20, 60,
                120, 252, 20);
        List<ComponentSpec> crowding = List.of(
                spec(OVERBOUGHT, "Overbought (RSI 14, Wilder)", 0.15, 50, 0, 70, 70, 80, 100),
                spec(EXTENSION, "Extension above SMA50 in ATRs", 0.15, 0, 0, 3, 70, 5, 100),
                spec(UNUSUAL_RUN, "Unusual 63-day run (z-score)", 0.15, 0, 0, 2, 80, 3, 100),
                spec(RELATIVE_STRENGTH, "Year-to-date lead over large-cap benchmark (pp)", 0.10, 0, 0, 6, 70, 12,
                        100),
                spec(FLOW_SURGE, "Flow surge (volume 20d / 120d)", 0.10, 1.0, 0, 1.5, 60, 2.0, 100),
                spec(HERD_STREAK, "Herd streak (sessions of 20 beating the benchmark)", 0.10, 10, 0, 15, 70, 18,
                        100),
                spec(CROWD_COMOVEMENT, "Crowd co-movement (60d correlation with rotation spread)", 0.10, 0, 0, 0.5,
                        70, 0.8, 100),
                spec(NEAR_HIGHS, "Near the 52-week high", 0.15, 0.85, 0, 0.95, 70, 1.0, 100));
        List<ComponentSpec> reversal = List.of(
                spec(STRETCHED_BAND, "Stretched band (Bollinger %B 20,2)", 0.15, 0.8, 0, 1.0, 70, 1.2, 100),
                spec(BEARISH_DIVERGENCE, "Bearish divergence (RSI points below its 20-day high at a price high)",
                        0.15, 0, 0, 5, 70, 10, 100),
                spec(ROLLING_OVER, "Momentum rolling over (5-day drop % while ROC20 > 0)", 0.20, 0, 0, 2, 60, 5,
                        100),
                spec(ROTATION_BETA, "Rotation beta (120d beta to the spread)", 0.20, 0, 0, 0.5, 60, 1.0, 100),
                spec(VOLATILITY_EXPANSION, "Volatility expansion (Wilder ATR14 / 100-day mean true range)", 0.15, 1.0, 0, 1.5, 70, 2.0,
                        100),
                spec(ABOVE_TREND, "Distance above SMA200 (%)", 0.15, 0, 0, 15, 70, 30, 100));
        List<Breakpoint> exposure = List.of(new Breakpoint(-15, 100), new Breakpoint(-5, 50), new Breakpoint(0, 0));
        Regime regime = new Regime(504, 126, 0.25, 21, 10, 15, 70);
        Grade grade = new Grade(0.35, 0.35, 0.30, 30, 50, 65, 80);
        Flags flags = new Flags(2.0, 0.05, 1.5, 0.5, 65, 0.05);
        Comomentum comomentum = new Comomentum(63, 252, 21, 1.0 / 3.0, 3, 250);
        return new ModelConfig(MODEL_VERSION, w, crowding, reversal, exposure, regime, grade, flags, comomentum, 70);
    }

    /** Longest history (bars up to as-of) any per-instrument computation reads. */
    public int maxLookback() {
        Windows w = windows;
        int lookback = Math.max(w.atrLong() + 1, w.runHistory() + w.runReturn() + 1);
        lookback = Math.max(lookback, w.rsiWarmup() + w.divergenceWindow());
        lookback = Math.max(lookback, comomentum.formationDays() + 1);
        return Math.max(lookback, w.smaLong());
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

    private static ComponentSpec spec(String key, String label, double weight, double... valuePoints) {
        Breakpoint[] bps = new Breakpoint[valuePoints.length / 2];
        for (int i = 0; i < bps.length; i++) {
            bps[i] = new Breakpoint(valuePoints[2 * i], valuePoints[2 * i + 1]);
        }
        return new ComponentSpec(key, label, weight, List.of(bps));
    }
}
