package com.rotationrisk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Each rule has one home; these checks fail when a copy creeps back into the sources. The behaviour of each home
 * is tested next to it (GradeBandsTest, ConfiguredWindowsTest, ScoreDistributionTest, FormatsTest).
 */
class OneHomePerRuleTest {

    private static final Path MAIN = Path.of("src/main/java/com/rotationrisk");

    /** Grade thresholds live in ModelConfig.Grade and are applied by OverallGrade.Grade.of. */
    @Test
    void noLiteralGradeOrHighScoreThresholdOutsideModelConfig() {
        assertThat(matches(Pattern.compile(">=\\s*(30|50|65|70|80)(\\.0)?\\b"), "risk/engine/ModelConfig.java"))
                .isEmpty();
        assertThat(matches(Pattern.compile("\\bgradeFor\\b|static String band\\(double score\\)\\s*\\{\\s*if"), ""))
                .isEmpty();
    }

    /** Windows are named from ModelConfig.Windows (labels, explanations, chart titles, methodology). */
    @Test
    void noHardCodedWindowInAnyText() {
        assertThat(matches(Pattern.compile("\"[^\"]*(RSI ?\\(?14\\)?|SMA ?(50|200)|ATR ?\\(?14|\\b(20|50|63|100|126|"
                + "200)-day|52-week|24-month|\\b(20|21|60|120) sessions|≥ 70|70 or more|\\(70\\))[^\"]*\""),
                "risk/engine/ModelConfig.java")).isEmpty();
        assertThat(matches(Pattern.compile("weightAtOrAbove70|new (SMA|RSI)Indicator\\(close, \\d+\\)"), "")).isEmpty();
    }

    /** Histogram bins: ScoreDistribution only. */
    @Test
    void noOtherScoreBinning() {
        assertThat(matches(Pattern.compile("\\(int\\) \\(s / (10|20)\\)|\"0-19\"|lo \\+= 10"), "")).isEmpty();
    }

    /** Percentages, money and scores: Formats only (the scenario editor's "%" field suffix is not a format). */
    @Test
    void noAdHocPercentOrMoneyFormatOnScreenInThePdfOrInTheEngine() {
        List<String> hits = new ArrayList<>();
        for (String dir : List.of("risk", "report", "portfolio/ui")) {
            hits.addAll(matches(MAIN.resolve(dir), Pattern.compile("%%|\\+ \"%|%,\\.0f|#,##0"),
                    "risk/engine/Formats.java"));
        }
        assertThat(hits).isEmpty();
    }

    private static List<String> matches(Pattern p, String except) {
        return matches(MAIN, p, except);
    }

    private static List<String> matches(Path root, Pattern p, String except) {
        List<String> hits = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String rel = MAIN.relativize(f).toString().replace('\\', '/');
                if (!except.isEmpty() && rel.equals(except)) {
                    continue;
                }
                List<String> lines = Files.readAllLines(f);
                for (int i = 0; i < lines.size(); i++) {
                    String line = lines.get(i).strip();
                    if (line.startsWith("*") || line.startsWith("/*") || line.startsWith("//")) {
                        continue;
                    }
                    if (p.matcher(line).find()) {
                        hits.add(rel + ":" + (i + 1) + ": " + line);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return hits;
    }
}
