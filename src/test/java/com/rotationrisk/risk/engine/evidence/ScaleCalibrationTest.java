package com.rotationrisk.risk.engine.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.rotationrisk.risk.engine.Breakpoint;
import com.rotationrisk.risk.engine.DailyBars;
import com.rotationrisk.risk.engine.Dimension;
import com.rotationrisk.risk.engine.MarketContext;
import com.rotationrisk.risk.engine.ModelConfig;
import com.rotationrisk.risk.engine.OverallGrade;
import com.rotationrisk.risk.engine.PiecewiseLinear;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The calibrated scales in {@link ModelConfig#defaults()} are the output of {@link ScaleCalibration} on the bundled
 * reference history (no hand-typed scale), and with them every grade band is reached on real data.
 */
class ScaleCalibrationTest {

    static final Path BARS = Path.of("src/main/resources/marketdata/bars");
    private static Map<String, DailyBars> universe;
    private static MarketContext market;

    @BeforeAll
    static void load() {
        universe = bundled();
        market = new MarketContext(universe.get("GSPC"), universe.get("NDX"));
    }

    static Map<String, DailyBars> bundled() {
        Map<String, DailyBars> out = new TreeMap<>();
        try (Stream<Path> files = Files.list(BARS)) {
            files.filter(p -> p.toString().endsWith(".csv")).forEach(p -> {
                String symbol = p.getFileName().toString().replace(".csv", "");
                out.put(symbol, CsvBars.read(symbol, p));
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    @Test
    void quantileInterpolatesBetweenSortedValues() {
        double[] v = {10, 20, 30, 40, 50};
        assertThat(ScaleCalibration.quantile(v, 0.5)).isEqualTo(30);
        assertThat(ScaleCalibration.quantile(v, 0.8)).isCloseTo(42, within(1e-12)); // 0.8 x 4 = 3.2 -> 40 + 0.2 x 10
        assertThat(ScaleCalibration.quantile(v, 1.0)).isEqualTo(50);
    }

    @Test
    void theConfiguredScalesAreTheCalibrationOfTheBundledHistory() {
        ModelConfig cfg = ModelConfig.defaults();
        for (Dimension d : List.of(Dimension.MOMENTUM_CROWDING, Dimension.REVERSAL_RISK)) {
            double[] composites = ScaleCalibration.composites(universe, market, cfg, d);
            List<Breakpoint> expected = ScaleCalibration.scale(composites, cfg.grade());
            System.out.println(ScaleCalibration.describe(d.label(), composites, expected));
            assertThat(cfg.scoring().scale(d)).as(d.label()).isEqualTo(expected);
        }
    }

    @Test
    void everyGradeBandIsReachedOnTheReferenceHistory() {
        ModelConfig cfg = ModelConfig.defaults();
        for (Dimension d : List.of(Dimension.MOMENTUM_CROWDING, Dimension.REVERSAL_RISK)) {
            double[] composites = ScaleCalibration.composites(universe, market, cfg, d);
            int[] count = new int[OverallGrade.Grade.values().length];
            for (double c : composites) {
                double score = PiecewiseLinear.points(cfg.scoring().scale(d), c);
                count[OverallGrade.Grade.of(score, cfg.grade()).ordinal()]++;
            }
            for (OverallGrade.Grade g : OverallGrade.Grade.values()) {
                assertThat(count[g.ordinal()]).as(d.label() + " " + g).isPositive();
            }
            // about half the readings are Low and about one in a hundred Severe, by construction
            assertThat(count[0] / (double) composites.length).as(d.label() + " low share").isCloseTo(0.5,
                    within(0.05));
            assertThat(count[4] / (double) composites.length).as(d.label() + " severe share").isCloseTo(0.01,
                    within(0.01));
        }
    }
}
