package com.rotationrisk.security;

import com.rotationrisk.audit.AuditActor;
import com.rotationrisk.audit.CurrentActor;
import org.springframework.stereotype.Component;

/** The audit module's view of who is signed in. */
@Component
class SignedInActor implements CurrentActor {

    private final CurrentUser currentUser;

    SignedInActor(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public AuditActor require() {
        return currentUser.require().auditActor();
    }
}
