package com.rotationrisk.audit;

/**
 * Who did something: a person (id and username as they were at the time), the scheduled system, or an unknown
 * name typed at the sign-in form. {@code address} is where the request came from; {@code null} means "take it
 * from the current request" when recorded.
 */
public record AuditActor(Long id, String username, String address) {

    public static final AuditActor SYSTEM = new AuditActor(0L, "system", "local");

    public AuditActor {
        username = username == null ? null : username.length() > 60 ? username.substring(0, 60) : username;
        address = address == null ? null : address.length() > 64 ? address.substring(0, 64) : address;
    }

    public static AuditActor person(long id, String username) {
        return new AuditActor(id, username, null);
    }

    /** Someone who typed a username that has no account: no id, the name as typed. */
    public static AuditActor unknown(String typedUsername, String address) {
        return new AuditActor(null, typedUsername, address);
    }

    /**
     * This actor with the address of the HTTP request being served now, when none is set: for work that is recorded
     * later on another thread (a refresh an administrator started), where that request is gone.
     */
    public AuditActor withCurrentRequestAddress() {
        return address != null ? this : new AuditActor(id, username, AuditTrail.currentRequestAddress());
    }
}
