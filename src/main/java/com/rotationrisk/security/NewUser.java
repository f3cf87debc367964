package com.rotationrisk.security;

/** What an administrator types to create an account. Validated by {@link UserAdministrationService}. */
public record NewUser(String username, String displayName, String password, Role role, Long teamId,
                      boolean canManageReferenceData) {

    public NewUser(String username, String displayName, String password, Role role, Long teamId) {
        this(username, displayName, password, role, teamId, false);
    }
}
