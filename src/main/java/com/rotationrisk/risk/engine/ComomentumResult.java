package com.rotationrisk.risk.engine;

import java.util.List;
import java.util.OptionalDouble;

/**
 * Lou & Polk comomentum: mean pairwise correlation of {@code Comomentum.window}-day residual returns (after the large-cap benchmark and the
 * rotation spread) among the high-momentum positions. Empty with an explanation when it cannot be computed.
 */
public record ComomentumResult(OptionalDouble value, List<String> members, int pairs, String explanation) {
}
