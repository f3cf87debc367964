package com.rotationrisk.audit;

/**
 * The signed-in person as the trail records them, for entries the audit module writes itself (an export). The
 * security module implements it: the audit module may not depend on it, since security records through the trail.
 */
public interface CurrentActor {

    /** The signed-in person; throws when nobody is signed in. */
    AuditActor require();
}
