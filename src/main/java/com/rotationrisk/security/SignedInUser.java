package com.rotationrisk.security;

/** Who is asking: what services need to decide access, without exposing the user entity. */
public record SignedInUser(long id, String username, String displayName, Role role, Long teamId, String teamName,
                           boolean canImportPrices) {

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }

    public boolean mayImportPrices() {
        return isAdmin() || canImportPrices;
    }
}
