package com.rotationrisk.audit;

import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;

/**
 * One recorded event. {@code action} is the stored name, which may predate {@link AuditAction} or come from a newer
 * version of the application; {@code actionLabel} is its label when known, else the stored name. {@code actorId} is
 * null for a sign-in attempt with an unknown username, 0 for the scheduled system.
 */
public record AuditEntry(long id, Instant occurredAt, Long actorId, String actorUsername, String clientAddress,
                         String action, String actionLabel, Long portfolioId, String detail) {

    static AuditEntry of(long id, Instant occurredAt, Long actorId, String actorUsername, String clientAddress,
                         String action, Long portfolioId, String detail) {
        String label = known(action).map(AuditAction::label).orElse(action);
        return new AuditEntry(id, occurredAt, actorId, actorUsername, clientAddress, action, label, portfolioId,
                detail);
    }

    /** The action as a constant, when this version of the application knows it. */
    public Optional<AuditAction> knownAction() {
        return known(action);
    }

    private static Optional<AuditAction> known(String name) {
        return Arrays.stream(AuditAction.values()).filter(a -> a.name().equals(name)).findFirst();
    }
}
