package com.rotationrisk.risk.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The grade bands have one home, {@link OverallGrade.Grade}, and follow {@link ModelConfig.Grade}. */
class GradeBandsTest {

    static final ModelConfig.Grade SHIFTED = new ModelConfig.Grade(0.35, 0.35, 0.30, 10, 20, 40, 90.5, 0, List.of(), List.of(), 1);

    @Test
    void bandsAreOrderedLowToSevere() {
        assertThat(Arrays.stream(OverallGrade.Grade.values()).map(OverallGrade.Grade::label))
                .containsExactly("Low", "Moderate", "Elevated", "High", "Severe");
        assertThat(OverallGrade.Grade.LOW).isLessThan(OverallGrade.Grade.SEVERE);
    }

    @Test
    void bandFollowsTheConfiguredThresholds() {
        assertThat(OverallGrade.Grade.of(9.99, SHIFTED)).isEqualTo(OverallGrade.Grade.LOW);
        assertThat(OverallGrade.Grade.of(10, SHIFTED)).isEqualTo(OverallGrade.Grade.MODERATE);
        assertThat(OverallGrade.Grade.of(35, SHIFTED)).isEqualTo(OverallGrade.Grade.ELEVATED);
        assertThat(OverallGrade.Grade.of(70, SHIFTED)).isEqualTo(OverallGrade.Grade.HIGH);
        assertThat(OverallGrade.Grade.of(90.5, SHIFTED)).isEqualTo(OverallGrade.Grade.SEVERE);
        assertThat(OverallGrade.Grade.of(-5, SHIFTED)).isEqualTo(OverallGrade.Grade.LOW);
    }

    @Test
    void ruleTextIsBuiltFromTheThresholds() {
        assertThat(OverallGrade.Grade.bands(ModelConfig.defaults().grade()))
                .isEqualTo("Low < 30 <= Moderate < 50 <= Elevated < 65 <= High < 80 <= Severe");
        assertThat(OverallGrade.Grade.bands(SHIFTED))
                .isEqualTo("Low < 10 <= Moderate < 20 <= Elevated < 40 <= High < 90.5 <= Severe");
    }

    @Test
    void overallGradeUsesTheSameBandsAndText() {
        Map<Dimension, PortfolioDimension> dims = Map.of(
                Dimension.MOMENTUM_CROWDING, new PortfolioDimension(Dimension.MOMENTUM_CROWDING, OptionalDouble.of(35), 1, 0, 70),
                Dimension.REVERSAL_RISK, new PortfolioDimension(Dimension.REVERSAL_RISK, OptionalDouble.of(35), 1, 0, 70),
                Dimension.POLICY_SHOCK_EXPOSURE,
                new PortfolioDimension(Dimension.POLICY_SHOCK_EXPOSURE, OptionalDouble.of(35), 1, 0, 70));
        OverallGrade g = PortfolioRollup.grade(SHIFTED, dims, new Concentration(0, 0, Map.of(), Map.of()));
        assertThat(g.grade()).isEqualTo(OverallGrade.Grade.ELEVATED);
        assertThat(g.rule()).contains(OverallGrade.Grade.bands(SHIFTED));
    }
}
