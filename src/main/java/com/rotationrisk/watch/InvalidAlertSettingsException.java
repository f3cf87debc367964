package com.rotationrisk.watch;

import java.util.Map;

/** Alert settings that cannot be saved, with every problem by field ("threshold.DIMENSION_ROSE", "email"). */
public class InvalidAlertSettingsException extends RuntimeException {

    private final Map<String, String> problems;

    public InvalidAlertSettingsException(Map<String, String> problems) {
        super(String.join(" ", problems.values()));
        this.problems = Map.copyOf(problems);
    }

    public Map<String, String> problems() {
        return problems;
    }
}
