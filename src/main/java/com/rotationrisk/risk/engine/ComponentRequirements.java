package com.rotationrisk.risk.engine;

import static com.rotationrisk.risk.engine.ComponentKeys.*;

import com.rotationrisk.risk.engine.ModelConfig.Windows;
import com.rotationrisk.risk.engine.indicators.TechnicalIndicators;
import com.rotationrisk.risk.engine.indicators.TechnicalSnapshot;

/** The daily bars each component needs before it is computed, for documentation and the validation report. */
public final class ComponentRequirements {

    private ComponentRequirements() {
    }

    /** Bars of the holding (and, where a benchmark is compared, shared with it) that the component needs. */
    public static int barsNeeded(String key, ModelConfig cfg) {
        Windows w = cfg.windows();
        TechnicalSnapshot.Needed n = TechnicalIndicators.needed(w, cfg.scoring().stabilityTolerance());
        return switch (key) {
            case OVERBOUGHT -> n.rsi();
            case EXTENSION -> Math.max(n.smaShort(), n.atrShort());
            case UNUSUAL_RUN -> CrowdingScorer.runBarsNeeded(w);
            case RELATIVE_STRENGTH -> w.relativeStrength() + 1;
            case FLOW_SURGE -> Math.max(n.volumeShort(), n.volumeLong());
            case HERD_STREAK -> w.herdWindow() + 1;
            case CROWD_COMOVEMENT -> w.correlation() + 1;
            case NEAR_HIGHS -> n.high52w();
            case STRETCHED_BAND -> n.percentB();
            case BEARISH_DIVERGENCE -> n.divergence();
            case ROLLING_OVER -> n.rocLong();
            case ROTATION_BETA -> w.beta() + 1;
            case VOLATILITY_EXPANSION -> Math.max(n.atrLong(), n.atrShort());
            case ABOVE_TREND -> n.smaLong();
            default -> throw new IllegalArgumentException("no component " + key);
        };
    }
}
