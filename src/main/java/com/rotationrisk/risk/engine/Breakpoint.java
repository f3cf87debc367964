package com.rotationrisk.risk.engine;

/** One point (raw value -> points) of a piecewise-linear mapping. */
public record Breakpoint(double value, double points) {
}
