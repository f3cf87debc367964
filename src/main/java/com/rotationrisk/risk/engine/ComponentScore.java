package com.rotationrisk.risk.engine;

import java.util.List;

/**
 * One scored component. {@code rawValue}, {@code points} and {@code contribution} are null when the status is not
 * OK. {@code weight} is the configured weight; {@code contribution} = points x renormalised weight.
 */
public record ComponentScore(String key, String label, Double rawValue, List<Breakpoint> breakpoints, Double points,
        double weight, Double contribution, String reason, ComponentStatus status) {
}
