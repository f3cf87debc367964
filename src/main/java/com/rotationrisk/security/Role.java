package com.rotationrisk.security;

/** What a signed-in person may do. Spring Security sees these as ROLE_ADVISOR and ROLE_ADMIN. */
public enum Role {
    ADVISOR,
    ADMIN;

    public String authority() {
        return "ROLE_" + name();
    }

    /**
     * Firm-wide permission, granted by administrators only, on top of ADVISOR: may change the shared reference data
     * every team uses (add instruments, import and fetch prices). Administrators always may. The benchmarks of the
     * configured rotation spreads are changed by administrators only.
     */
    public static final String REFERENCE_DATA = "REFERENCE_DATA";

    /** The only authority of an account that must choose a new password before doing anything else. */
    public static final String PASSWORD_CHANGE_REQUIRED = "PASSWORD_CHANGE_REQUIRED";
}
