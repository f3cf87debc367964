package com.rotationrisk.security;

import java.time.Instant;

/** A row of the user administration list. */
public record UserAccount(long id, String username, String displayName, Role role, Long teamId, String teamName,
                          boolean enabled, Instant lockedUntil, boolean canImportPrices) {

    static UserAccount of(AppUser user) {
        Team team = user.getTeam();
        return new UserAccount(user.getId(), user.getUsername(), user.getDisplayName(), user.getRole(),
                team == null ? null : team.getId(), team == null ? null : team.getName(),
                user.isEnabled(), user.getLockedUntil(), user.canImportPrices());
    }

    public boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }
}
