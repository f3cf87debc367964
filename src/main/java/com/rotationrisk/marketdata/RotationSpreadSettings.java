package com.rotationrisk.marketdata;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The firm's rotation spread: the leg the crowd rotates into minus the market leg (which is also
 * the benchmark for relative strength and betas). Defaults to the pair the bundled history
 * supports (Nasdaq-100 minus S&P 500, the 1999–2001 technology rotation); a firm assessing the 2026
 * rotation sets {@code rotation-leg=IWM} and {@code market-leg=SPY} once those prices are in.
 * {@code alternatives} are offered in the analysis view as per-analysis overrides.
 */
@ConfigurationProperties(prefix = "rotationrisk.rotation")
public record RotationSpreadSettings(String name, String rotationLeg, String marketLeg, List<Pair> alternatives) {

    public RotationSpreadSettings {
        name = name == null || name.isBlank() ? "Nasdaq-100 minus S&P 500 (technology rotation)" : name.strip();
        if (name.length() > 100) {
            throw new IllegalArgumentException("rotationrisk.rotation.name must be at most 100 characters");
        }
        rotationLeg = Ticker.canonical(rotationLeg == null ? "NDX" : rotationLeg);
        marketLeg = Ticker.canonical(marketLeg == null ? "GSPC" : marketLeg);
        alternatives = alternatives == null ? List.of(
                new Pair("Small caps minus large caps (IWM − SPY)", "IWM", "SPY"),
                new Pair("Growth minus value (IWF − IWD)", "IWF", "IWD")) : List.copyOf(alternatives);
    }

    public record Pair(String name, String rotationLeg, String marketLeg) {
        public Pair {
            rotationLeg = Ticker.canonical(rotationLeg);
            marketLeg = Ticker.canonical(marketLeg);
        }
    }
}
