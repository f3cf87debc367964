package com.rotationrisk.risk.engine.scenario;

/** A direct price shock in % (e.g. -8.0) on every instrument whose ticker/industry/sector/size equals {@code key}. */
public record Shock(ShockTarget target, String key, double pct) {
}
