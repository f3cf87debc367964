package com.rotationrisk.portfolio.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.rotationrisk.portfolio.AccessRole;
import com.rotationrisk.portfolio.PortfolioSummary;
import com.rotationrisk.risk.engine.ModelConfig;
import com.rotationrisk.risk.engine.OverallGrade;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** Screens band scores and order grades by the engine's rule, not by copies of it. */
class GradeOnScreenTest {

    @Test
    void chipColourFollowsTheModelsThresholds() {
        ModelConfig.Grade shifted = new ModelConfig.Grade(0.35, 0.35, 0.30, 10, 20, 40, 90, 0, List.of(), List.of(), 1);
        assertThat(ScoreFormat.chip(OptionalDouble.of(35), shifted).getClassNames()).contains("band-elevated");
        assertThat(ScoreFormat.chip(OptionalDouble.of(35), ModelConfig.defaults().grade()).getClassNames())
                .contains("band-moderate");
        assertThat(ScoreFormat.chip(OptionalDouble.of(85), shifted).getClassNames()).contains("band-high");
        assertThat(ScoreFormat.chip(OptionalDouble.of(85), ModelConfig.defaults().grade()).getClassNames())
                .contains("band-severe");
    }

    @Test
    void aScoreChipNamesItsBandInWordsSoColourIsNotTheOnlySignal() {
        var chip = ScoreFormat.chip(OptionalDouble.of(85), ModelConfig.defaults().grade());
        assertThat(chip.getElement().getTextRecursively()).isEqualTo("85 Severe");
        assertThat(chip.getElement().getAttribute("title")).isEqualTo("Score 85 of 100: Severe band");
    }

    @Test
    void badgeShowsTheBandLabel() {
        assertThat(GradeBadge.of(OverallGrade.Grade.ELEVATED).getText()).isEqualTo("Elevated");
        assertThat(GradeBadge.of(OverallGrade.Grade.ELEVATED).getClassNames()).contains("grade-elevated");
        assertThat(GradeBadge.of((OverallGrade.Grade) null).getText()).isEqualTo("not graded");
    }

    @Test
    void portfolioListSortsGradesLowToSevereNotAlphabetically() {
        List<PortfolioSummary> rows = new ArrayList<>();
        for (OverallGrade.Grade g : new OverallGrade.Grade[] {OverallGrade.Grade.ELEVATED, OverallGrade.Grade.HIGH,
                null, OverallGrade.Grade.LOW, OverallGrade.Grade.MODERATE, OverallGrade.Grade.SEVERE}) {
            rows.add(new PortfolioSummary(rows.size(), "c", "o", AccessRole.OWNER, Instant.EPOCH, "u", 1, g, null, true));
        }
        rows.sort(PortfolioListView.BY_GRADE);
        assertThat(rows).extracting(PortfolioSummary::lastGrade).containsExactly(null, OverallGrade.Grade.LOW,
                OverallGrade.Grade.MODERATE, OverallGrade.Grade.ELEVATED, OverallGrade.Grade.HIGH,
                OverallGrade.Grade.SEVERE);
    }
}
