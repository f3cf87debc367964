package com.rotationrisk.report.section;

import static org.assertj.core.api.Assertions.assertThat;

import com.rotationrisk.risk.engine.ModelConfig;
import com.rotationrisk.risk.engine.OverallGrade;
import java.util.List;
import org.junit.jupiter.api.Test;

class WordsTest {

    @Test
    void levelIsTheEngineBandUnderAnyThresholds() {
        ModelConfig.Grade shifted = new ModelConfig.Grade(0.35, 0.35, 0.30, 10, 20, 40, 90, 0, List.of(), List.of(), 1);
        for (ModelConfig.Grade g : new ModelConfig.Grade[] {ModelConfig.defaults().grade(), shifted}) {
            for (double s = 0; s <= 100; s += 0.5) {
                assertThat(Words.level(s, g)).as("score %s", s).isEqualTo(OverallGrade.Grade.of(s, g).key());
            }
        }
        assertThat(Words.level(35, shifted)).isEqualTo("elevated");
        assertThat(Words.grade(OverallGrade.Grade.HIGH)).isEqualTo("High");
    }
}
