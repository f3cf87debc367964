package com.rotationrisk.security;

/** What a signed-in person may do. Spring Security sees these as ROLE_ADVISOR and ROLE_ADMIN. */
public enum Role {
    ADVISOR,
    ADMIN;

    public String authority() {
        return "ROLE_" + name();
    }

    /** Granted on top of ADVISOR to those who may import price history; admins always may. */
    public static final String PRICE_IMPORTER = "PRICE_IMPORTER";
}
