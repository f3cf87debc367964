package com.rotationrisk.report.template;

import java.util.List;

/** A template folder that cannot be used; {@link #problems()} names every problem found, one per entry. */
public class TemplateException extends RuntimeException {

    private final List<String> problems;

    public TemplateException(List<String> problems) {
        super("Invalid report templates:\n - " + String.join("\n - ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
