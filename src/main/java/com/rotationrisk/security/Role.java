package com.rotationrisk.security;

/** What a signed-in person may do. Spring Security sees these as ROLE_ADVISOR and ROLE_ADMIN. */
public enum Role {
    ADVISOR,
    ADMIN;

    public String authority() {
        return "ROLE_" + name();
    }
}
