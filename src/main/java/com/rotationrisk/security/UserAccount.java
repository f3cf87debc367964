package com.rotationrisk.security;

import java.time.Instant;

/**
 * A row of the user administration list. {@code signInDelayedUntil} is when sign-in throttling lets the account
 * try again after failed sign-ins (from anywhere), or {@code null}.
 */
public record UserAccount(long id, String username, String displayName, Role role, Long teamId, String teamName,
                          boolean enabled, Instant signInDelayedUntil, boolean canManageReferenceData,
                          boolean mustChangePassword) {

    static UserAccount of(AppUser user, Instant signInDelayedUntil) {
        Team team = user.getTeam();
        return new UserAccount(user.getId(), user.getUsername(), user.getDisplayName(), user.getRole(),
                team == null ? null : team.getId(), team == null ? null : team.getName(),
                user.isEnabled(), signInDelayedUntil, user.canManageReferenceData(), user.mustChangePassword());
    }

    public boolean delayedAt(Instant now) {
        return signInDelayedUntil != null && signInDelayedUntil.isAfter(now);
    }
}
