package com.rotationrisk.watch;

import java.time.Instant;

/**
 * A re-scoring run as logged: who or what started it and what it counted. {@code finishedAt} is null while it runs,
 * or when its instance stopped half-way (the next run takes it up).
 */
public record RescoringRun(long id, Instant startedAt, Instant finishedAt, String startedBy, int portfolios,
                           int scored, int unchanged, int notScored, int alerts, String message) {

    public boolean finished() {
        return finishedAt != null;
    }
}
