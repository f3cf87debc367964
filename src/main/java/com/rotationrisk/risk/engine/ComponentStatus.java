package com.rotationrisk.risk.engine;

/** Whether a component could be computed. Non-OK components are left out of the weighted mean. */
public enum ComponentStatus {
    OK("computed"),
    INSUFFICIENT_HISTORY("not enough data"),
    BENCHMARK_MISSING("benchmark missing"),
    NOT_PRICED("could not be priced");

    private final String label;

    ComponentStatus(String label) {
        this.label = label;
    }

    /** Words for screens and reports; the enum name never reaches a reader. */
    public String label() {
        return label;
    }
}
