package com.rotationrisk.risk.engine;

import java.util.List;

/** Piecewise-linear mapping of a raw value to points, clamped at both ends. Pure function. */
public final class PiecewiseLinear {

    private PiecewiseLinear() {
    }

    public static double points(List<Breakpoint> breakpoints, double value) {
        Breakpoint first = breakpoints.getFirst();
        if (value <= first.value()) {
            return first.points();
        }
        for (int i = 1; i < breakpoints.size(); i++) {
            Breakpoint hi = breakpoints.get(i);
            if (value <= hi.value()) {
                Breakpoint lo = breakpoints.get(i - 1);
                double t = (value - lo.value()) / (hi.value() - lo.value());
                return lo.points() + t * (hi.points() - lo.points());
            }
        }
        return breakpoints.getLast().points();
    }
}
