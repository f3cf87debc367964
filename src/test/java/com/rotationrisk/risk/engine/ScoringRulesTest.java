package com.rotationrisk.risk.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScoringRulesTest {

    private final ModelConfig cfg = ModelConfig.defaults();

    @Test
    void everyComponentMappingInterpolatesAndClampsBothEnds() {
        List<ComponentSpec> all = new ArrayList<>(cfg.crowding());
        all.addAll(cfg.reversal());
        for (ComponentSpec s : all) {
            List<Breakpoint> b = s.breakpoints();
            Breakpoint first = b.getFirst(), last = b.getLast();
            assertThat(PiecewiseLinear.points(b, first.value() - 1000)).as(s.key()).isEqualTo(first.points());
            assertThat(PiecewiseLinear.points(b, last.value() + 1000)).as(s.key()).isEqualTo(last.points());
            for (int i = 0; i < b.size(); i++) {
                assertThat(PiecewiseLinear.points(b, b.get(i).value())).as(s.key()).isEqualTo(b.get(i).points());
            }
            for (int i = 1; i < b.size(); i++) {
                double mid = (b.get(i - 1).value() + b.get(i).value()) / 2;
                assertThat(PiecewiseLinear.points(b, mid)).as(s.key())
                        .isCloseTo((b.get(i - 1).points() + b.get(i).points()) / 2, within(1e-9));
            }
        }
    }

    @ParameterizedTest
    @CsvSource({"40,0", "50,0", "60,35", "70,70", "75,85", "80,100", "95,100"})
    void rsiBreakpointsFromSpec(double rsi, double points) {
        assertThat(PiecewiseLinear.points(cfg.crowdingSpec(ComponentKeys.OVERBOUGHT).breakpoints(), rsi))
                .isCloseTo(points, within(1e-9));
    }

    @ParameterizedTest
    @CsvSource({"5,0", "0,0", "-2.5,25", "-5,50", "-10,75", "-15,100", "-40,100"})
    void exposureBreakpointsFromSpec(double impact, double points) {
        assertThat(PiecewiseLinear.points(cfg.exposureBreakpoints(), impact)).isCloseTo(points, within(1e-9));
    }

    @Test
    void insufficientComponentIsLeftOutAndWeightsRenormalise() {
        ComponentSpec a = new ComponentSpec("a", "A", 0.5, List.of(new Breakpoint(0, 0), new Breakpoint(1, 100)));
        ComponentSpec b = new ComponentSpec("b", "B", 0.3, List.of(new Breakpoint(0, 0), new Breakpoint(1, 100)));
        ComponentSpec c = new ComponentSpec("c", "C", 0.2, List.of(new Breakpoint(0, 0), new Breakpoint(1, 100)));
        DimensionScore d = Components.combine(Dimension.MOMENTUM_CROWDING, List.of(Components.ok(a, 0.8, "a"),
                Components.insufficient(b, "short"), Components.ok(c, 0.3, "c")), cfg.scoring());
        // (0.5*80 + 0.2*30) / 0.7 = 65.71: the composite; the score is its place on the calibrated crowding scale,
        // between 56.2 -> 65 and 68.4 -> 80
        assertThat(d.composite().getAsDouble()).isCloseTo((0.5 * 80 + 0.2 * 30) / 0.7, within(1e-9));
        assertThat(d.score().getAsDouble()).isCloseTo(65 + ((0.5 * 80 + 0.2 * 30) / 0.7 - 56.2) / (68.4 - 56.2) * 15,
                within(1e-9));
        assertThat(d.component("b").status()).isEqualTo(ComponentStatus.INSUFFICIENT_HISTORY);
        assertThat(d.component("b").points()).isNull();
        assertThat(d.component("b").contribution()).isNull();
        assertThat(d.component("a").contribution()).isCloseTo(0.5 * 80 / 0.7, within(1e-9));
        double sum = d.components().stream().filter(x -> x.contribution() != null)
                .mapToDouble(ComponentScore::contribution).sum();
        assertThat(sum).isCloseTo(d.composite().getAsDouble(), within(1e-9));
    }

    @Test
    void allComponentsMissingGivesEmptyScoreNotZero() {
        ComponentSpec a = new ComponentSpec("a", "A", 1, List.of(new Breakpoint(0, 0)));
        DimensionScore d = Components.combine(Dimension.REVERSAL_RISK,
                List.of(Components.benchmarkMissing(a, "no benchmark")), cfg.scoring());
        assertThat(d.score()).isEmpty();
        assertThat(d.unavailableWord()).isEqualTo("insufficient data");
    }

    @Test
    void aDimensionBuiltFromLessThanTheMinimumShareOfItsWeightsHasNoScore() {
        ComponentSpec a = new ComponentSpec("a", "RSI", 0.55, List.of(new Breakpoint(0, 0), new Breakpoint(1, 100)));
        ComponentSpec b = new ComponentSpec("b", "Run", 0.45, List.of(new Breakpoint(0, 0), new Breakpoint(1, 100)));
        // 55 % computed: below the 60 % minimum, so no number even though RSI alone would give 100
        DimensionScore below = Components.combine(Dimension.MOMENTUM_CROWDING, List.of(Components.ok(a, 1.0, "a"),
                Components.insufficient(b, "short")), cfg.scoring());
        assertThat(below.score()).isEmpty();
        assertThat(below.weightShare()).isCloseTo(0.55, within(1e-12));
        assertThat(below.unavailableReason()).contains("55", "60", "Run");
        // 100 % computed: a number
        DimensionScore full = Components.combine(Dimension.MOMENTUM_CROWDING, List.of(Components.ok(a, 1.0, "a"),
                Components.ok(b, 0.0, "b")), cfg.scoring());
        assertThat(full.composite().getAsDouble()).isCloseTo(55.0, within(1e-9));
    }

    @ParameterizedTest
    @CsvSource({"0,LOW", "29.999,LOW", "30,MODERATE", "49.999,MODERATE", "50,ELEVATED", "64.999,ELEVATED",
            "65,HIGH", "79.999,HIGH", "80,SEVERE", "100,SEVERE"})
    void gradeBoundaries(double score, OverallGrade.Grade grade) {
        assertThat(OverallGrade.Grade.of(score, cfg.grade())).isEqualTo(grade);
    }

    private static Map<Dimension, PortfolioDimension> dims(double crowding, double reversal, Double exposure) {
        return Map.of(
                Dimension.MOMENTUM_CROWDING, new PortfolioDimension(Dimension.MOMENTUM_CROWDING,
                        OptionalDouble.of(crowding), 1, 0, 70),
                Dimension.REVERSAL_RISK, new PortfolioDimension(Dimension.REVERSAL_RISK, OptionalDouble.of(reversal),
                        1, 0, 70),
                Dimension.POLICY_SHOCK_EXPOSURE, new PortfolioDimension(Dimension.POLICY_SHOCK_EXPOSURE,
                        exposure == null ? OptionalDouble.empty() : OptionalDouble.of(exposure), 1, 0, 70));
    }

    private static Concentration spread(double largest, double top5) {
        return new Concentration(0, top5, Map.of(), Map.of(), "X", largest, top5);
    }

    @Test
    void gradeRuleTextShowsTheFormula() {
        OverallGrade g = PortfolioRollup.grade(cfg.grade(), dims(60, 40, 20.0), spread(0.08, 0.40));
        // 0.30 x 60 + 0.30 x 40 + 0.25 x 20 + 0.15 x 0 (no holding above 10 %, top five below 50 %)
        assertThat(g.score().getAsDouble()).isCloseTo(0.30 * 60 + 0.30 * 40 + 0.25 * 20, within(1e-9));
        assertThat(g.grade()).isEqualTo(OverallGrade.Grade.MODERATE);
        // crowding is one band above the grade: the headline says so
        assertThat(g.headline()).isEqualTo("Moderate overall, Elevated momentum crowding");
        assertThat(g.rule()).contains("0.30 x Momentum crowding 60.0", "0.15 x Concentration 0.0")
                .doesNotContain("Raised");
    }

    @Test
    void aDimensionThatIsNotAssessedMeansNotGraded() {
        OverallGrade g = PortfolioRollup.grade(cfg.grade(), dims(60, 40, null), spread(0.08, 0.40));
        assertThat(g.grade()).isNull();
        assertThat(g.score()).isEmpty();
        assertThat(g.headline()).isEqualTo("Not graded");
        assertThat(g.rule()).startsWith("Not graded: Policy-shock exposure");
    }

    @Test
    void theGradeIsNeverMoreThanOneBandMilderThanItsWorstPart() {
        // 0.30 x 10 + 0.30 x 10 + 0.25 x 90 = 28.5 would be Low beside a Severe policy-shock exposure
        OverallGrade g = PortfolioRollup.grade(cfg.grade(), dims(10, 10, 90.0), spread(0.08, 0.40));
        assertThat(g.grade()).isEqualTo(OverallGrade.Grade.HIGH);
        assertThat(g.score().getAsDouble()).isEqualTo(65);
        assertThat(g.headline()).isEqualTo("High overall, Severe policy-shock exposure");
        assertThat(g.rule()).contains("Raised to High");
        java.util.Random random = new java.util.Random(42);
        for (int i = 0; i < 2_000; i++) {
            double c = random.nextDouble() * 100, r = random.nextDouble() * 100, e = random.nextDouble() * 100;
            double largest = random.nextDouble(), top5 = Math.max(largest, random.nextDouble());
            OverallGrade any = PortfolioRollup.grade(cfg.grade(), dims(c, r, e), spread(largest, top5));
            double worst = Math.max(Math.max(c, r), Math.max(e,
                    PortfolioRollup.concentrationScore(cfg.grade(), spread(largest, top5))));
            int worstBand = band(worst);
            assertThat(any.grade().ordinal()).as("c=%s r=%s e=%s", c, r, e).isGreaterThanOrEqualTo(worstBand - 1);
            assertThat(band(any.score().getAsDouble())).isEqualTo(any.grade().ordinal());
        }
    }

    /** Band index from the specification's thresholds, written out here. */
    private static int band(double score) {
        return score < 30 ? 0 : score < 50 ? 1 : score < 65 ? 2 : score < 80 ? 3 : 4;
    }

    @Test
    void aPortfolioThatIsMostlyOneStockIsNotLow() {
        // 85 % in one stock: 80 + (0.85 - 0.50) / 0.50 x 20 = 94 concentration points, Severe
        assertThat(PortfolioRollup.concentrationScore(cfg.grade(), spread(0.85, 0.95))).isCloseTo(94, within(1e-9));
        OverallGrade g = PortfolioRollup.grade(cfg.grade(), dims(5, 5, 5.0), spread(0.85, 0.95));
        assertThat(g.grade()).isEqualTo(OverallGrade.Grade.HIGH);
        assertThat(g.headline()).isEqualTo("High overall, Severe concentration");
    }
}
