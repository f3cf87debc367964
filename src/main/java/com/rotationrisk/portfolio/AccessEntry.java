package com.rotationrisk.portfolio;

import java.time.Instant;

/**
 * One line of "who has access": the owner (no grant id), a person, the owner's team or another team, with the role,
 * who granted it and when, and — when it reaches nobody now — why not.
 */
public record AccessEntry(Long grantId, GranteeKind kind, Long granteeUserId, String who, AccessRole role,
                          String grantedBy, Instant grantedAt, String notInEffectBecause) {

    public boolean isOwner() {
        return grantId == null;
    }

    public boolean inEffect() {
        return notInEffectBecause == null;
    }
}
