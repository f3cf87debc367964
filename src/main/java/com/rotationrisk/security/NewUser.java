package com.rotationrisk.security;

/** What an administrator types to create an account. Validated by {@link UserAdministrationService}. */
public record NewUser(String username, String displayName, String password, Role role, Long teamId) {
}
