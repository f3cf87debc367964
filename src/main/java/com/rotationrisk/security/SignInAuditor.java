package com.rotationrisk.security;

import com.rotationrisk.audit.AuditAction;
import com.rotationrisk.audit.AuditActor;
import com.rotationrisk.audit.AuditTrail;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Records sign-ins, failed sign-ins and sign-outs, with the address they came from. A sign-in changes nothing else,
 * so each entry is its own transaction. What was typed as the password is never looked at; a username that has no
 * account is recorded as typed (shortened), with no id.
 */
@Component
class SignInAuditor {

    private final AuditTrail trail;
    private final AppUserRepository users;

    SignInAuditor(AuditTrail trail, AppUserRepository users) {
        this.trail = trail;
        this.users = users;
    }

    @EventListener
    void signedIn(AuthenticationSuccessEvent event) {
        trail.record(AuditAction.SIGN_IN, actor(event.getAuthentication()), null, null);
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        trail.record(AuditAction.SIGN_IN_FAILED, actor(event.getAuthentication()), null,
                reason(event.getException().getCause()));
    }

    @EventListener
    void signedOut(LogoutSuccessEvent event) {
        trail.record(AuditAction.SIGN_OUT, actor(event.getAuthentication()), null, null);
    }

    /** The provider wraps every failure in one BadCredentialsException; its cause says what really happened. */
    private static String reason(Throwable cause) {
        if (cause == null) {
            return "Refused without checking the password: sign-in is delayed after repeated failures.";
        }
        if (cause instanceof DisabledException) {
            return "The account is disabled.";
        }
        if (cause instanceof LockedException) {
            return "The account is locked.";
        }
        return "Unknown username or wrong password.";
    }

    private AuditActor actor(Authentication authentication) {
        String address = authentication.getDetails() instanceof WebAuthenticationDetails web
                ? web.getRemoteAddress() : null;
        String typed = authentication.getName() == null ? "" : authentication.getName();
        return users.findByUsername(Usernames.normalize(typed))
                .map(user -> new AuditActor(user.getId(), user.getUsername(), address))
                .orElseGet(() -> AuditActor.unknown(typed.strip(), address));
    }
}
