package com.rotationrisk.risk.engine;

import java.util.OptionalDouble;

/** Overall rotation-risk grade with the rule text used. {@code grade} is null when no dimension has a score. */
public record OverallGrade(Grade grade, OptionalDouble score, String rule) {

    public enum Grade { LOW, MODERATE, ELEVATED, HIGH, SEVERE }
}
