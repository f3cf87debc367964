package com.rotationrisk.security;

import com.rotationrisk.audit.AuditActor;

/** Who is asking: what services need to decide access, without exposing the user entity. */
public record SignedInUser(long id, String username, String displayName, Role role, Long teamId, String teamName,
                           boolean canManageReferenceData) {

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }

    /** May change the firm's shared reference data (instruments, prices): administrators and the permission. */
    public boolean mayChangeReferenceData() {
        return isAdmin() || canManageReferenceData;
    }

    /** The same as {@link #mayChangeReferenceData()}: importing and fetching prices changes reference data. */
    public boolean mayImportPrices() {
        return mayChangeReferenceData();
    }

    /** This person as the audit trail records them (the address is taken from the current request). */
    public AuditActor auditActor() {
        return AuditActor.person(id, username);
    }
}
