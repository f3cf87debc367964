package com.rotationrisk.risk.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.rotationrisk.risk.engine.indicators.TechnicalSnapshot;
import com.rotationrisk.risk.engine.scenario.BuiltInScenarios;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every window a text names comes from {@link ModelConfig}: change a window and the words follow. */
class ConfiguredWindowsTest {

    private static final LocalDate[] DATES = Fixtures.weekdays(LocalDate.of(2020, 1, 2), 1500);
    private static final LocalDate AS_OF = LocalDate.of(2025, 4, 30);

    /** rsi 9, atr 10/80, sma 40/150, bollinger 18, roc 25/4, run 42, volume 15/90, herd 25, corr 50, beta 100. */
    static final ModelConfig.Windows OTHER = new ModelConfig.Windows(9, 250, 10, 80, 40, 150, 18, 2.0, 25, 4, 42, 756,
            252, 15, 90, 25, 50, 100, 252, 15);

    static ModelConfig other() {
        ModelConfig d = ModelConfig.defaults().withWindows(OTHER);
        ModelConfig.Regime r = d.regime();
        return new ModelConfig(d.modelVersion(), d.windows(), d.crowding(), d.reversal(), d.exposureBreakpoints(),
                new ModelConfig.Regime(252, 100, r.highAnnualisedVol(), 10, r.panicUpliftPoints(),
                        r.reboundUpliftPoints(), r.highMomentumCrowding()),
                d.grade(), d.flags(), new ModelConfig.Comomentum(42, 252, 21, 1.0 / 3.0, 3, 250), 75, 65, d.scoring());
    }

    private static List<String> texts(ModelConfig cfg) {
        Map<String, InstrumentProfile> profiles = new HashMap<>();
        Map<String, DailyBars> bars = new HashMap<>();
        List<Holding> holdings = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String t = "T" + i;
            profiles.put(t, new InstrumentProfile(t, t, AssetType.STOCK, "Sector", "Industry", SizeBucket.LARGE));
            bars.put(t, Fixtures.randomWalk(t, DATES, 20 + i, 0.0008, 0.02));
            holdings.add(new Holding(t, 100, null));
        }
        MarketContext market = new MarketContext(Fixtures.randomWalk("SPX", DATES, 1, 0.0003, 0.01),
                Fixtures.randomWalk("RUT", DATES, 2, 0.0004, 0.014));
        PortfolioAssessment a = new RiskEngine(cfg).assess(holdings, profiles, bars, market, AS_OF,
                BuiltInScenarios.all());
        List<String> out = new ArrayList<>();
        for (PositionAssessment p : a.positions()) {
            for (DimensionScore d : List.of(p.crowding(), p.reversal())) {
                d.components().forEach(c -> {
                    out.add(c.label());
                    out.add(c.reason());
                });
            }
        }
        cfg.crowding().forEach(s -> out.add(s.label()));
        cfg.reversal().forEach(s -> out.add(s.label()));
        out.add(a.regime().explanation());
        out.add(a.comomentum().explanation());
        return out;
    }

    @Test
    void defaultTextsNameTheDefaultWindows() {
        String all = String.join("\n", texts(ModelConfig.defaults()));
        assertThat(all).contains("RSI(14)", "RSI 14", "ATR14", "SMA50", "SMA200", "50-day average", "63-day",
                "Bollinger %B 20,2", "24 months", "6-month volatility", "over 21 sessions", "52-week");
    }

    @Test
    void otherWindowsChangeEveryText() {
        String all = String.join("\n", texts(other()));
        assertThat(all).contains("RSI(9)", "RSI 9", "ATR10", "SMA40", "SMA150", "40-day average", "42-day",
                "Bollinger %B 18,2", "volume 15d / volume 90d", "sessions of 25", "50d correlation", "100d beta",
                "15-day high", "ROC25", "4-day drop", "80-day", "52 weeks", "100-day volatility", "over 10 sessions");
        assertThat(all).doesNotContain("RSI(14)", "RSI 14", "ATR14", "SMA50", "SMA200", " 50-day", "200-day",
                "63-day", "120", "100-day mean true range", "24-month", "24 months", "126-day", "over 21 sessions",
                "20-day high", "Bollinger %B 20", "60 sessions", "60d");
    }

    @Test
    void overboughtLineAndHighScoreThresholdAreSettings() {
        ModelConfig cfg = other();
        ComponentSpec spec = cfg.crowdingSpec(ComponentKeys.OVERBOUGHT);
        assertThat(CrowdingScorer.overbought(spec, rsi(60.0), cfg.windows(), cfg.rsiOverbought()).reason())
                .isEqualTo("RSI(9) is 60.0, below the 65 overbought line.");
        assertThat(CrowdingScorer.overbought(spec, rsi(66.0), cfg.windows(), cfg.rsiOverbought()).reason())
                .contains("overbought zone");
        PortfolioDimension d = PortfolioRollup.dimension(Dimension.MOMENTUM_CROWDING, List.of(), cfg.highScoreThreshold());
        assertThat(d.highThreshold()).isEqualTo(75);
    }

    private static TechnicalSnapshot rsi(double value) {
        return new TechnicalSnapshot(100, value, null, null, null, null, null, null, null, null, null, null, null, null,
                true, true, 300, new TechnicalSnapshot.Needed(78, 97, 78, 101, 50, 200, 20, 21, 21, 120, 252));
    }
}
