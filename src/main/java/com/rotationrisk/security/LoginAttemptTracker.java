package com.rotationrisk.security;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Locks an account after too many wrong passwords in a row. The count lives in the database, so
 * the lock holds across several application instances.
 */
@Component
class LoginAttemptTracker {

    private static final Logger log = LoggerFactory.getLogger(LoginAttemptTracker.class);

    private final AppUserRepository users;
    private final SecuritySettings settings;
    private final Clock clock;

    LoginAttemptTracker(AppUserRepository users, SecuritySettings settings, Clock clock) {
        this.users = users;
        this.settings = settings;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    public void onBadCredentials(AuthenticationFailureBadCredentialsEvent event) {
        users.findByUsername(Usernames.normalize(event.getAuthentication().getName())).ifPresent(user -> {
            user.recordFailedLogin(settings.maxFailedLogins(), clock.instant().plus(settings.lockout()));
            if (user.isLockedAt(clock.instant())) {
                log.warn("Locked user '{}' until {} after {} failed sign-ins",
                        user.getUsername(), user.getLockedUntil(), settings.maxFailedLogins());
            }
        });
    }

    @EventListener
    @Transactional
    public void onSuccess(AuthenticationSuccessEvent event) {
        users.findByUsername(Usernames.normalize(event.getAuthentication().getName()))
                .filter(user -> user.getFailedLoginCount() > 0 || user.getLockedUntil() != null)
                .ifPresent(AppUser::recordSuccessfulLogin);
    }
}
