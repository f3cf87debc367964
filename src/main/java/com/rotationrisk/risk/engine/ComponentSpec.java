package com.rotationrisk.risk.engine;

import java.util.List;

/** Configured weight and breakpoints of one component (breakpoint values strictly ascending). */
public record ComponentSpec(String key, String label, double weight, List<Breakpoint> breakpoints) {

    public ComponentSpec {
        breakpoints = List.copyOf(breakpoints);
        if (breakpoints.isEmpty()) {
            throw new IllegalArgumentException(key + ": at least one breakpoint required");
        }
        for (int i = 1; i < breakpoints.size(); i++) {
            if (!(breakpoints.get(i).value() > breakpoints.get(i - 1).value())) {
                throw new IllegalArgumentException(key + ": breakpoint values must be strictly ascending");
            }
        }
        if (!(weight >= 0)) {
            throw new IllegalArgumentException(key + ": weight must be >= 0");
        }
    }
}
