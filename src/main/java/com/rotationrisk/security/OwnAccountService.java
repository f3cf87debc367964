package com.rotationrisk.security;

import com.rotationrisk.audit.AuditAction;
import com.rotationrisk.audit.AuditActor;
import com.rotationrisk.audit.AuditTrail;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What a signed-in person does to their own account: choose a new password (required at a first sign-in). */
@Service
@PreAuthorize("isAuthenticated()")
public class OwnAccountService {

    private final AppUserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final SecurityContextHolderStrategy securityContext;
    private final AuditTrail trail;

    OwnAccountService(AppUserRepository users, PasswordEncoder passwordEncoder,
                      SecurityContextHolderStrategy securityContext, AuditTrail trail) {
        this.trail = trail;
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.securityContext = securityContext;
    }

    /** Whether the signed-in account must choose a new password before anything else. */
    @Transactional(readOnly = true)
    public boolean mustChangePassword() {
        return me().mustChangePassword();
    }

    /**
     * Checks the current password, stores the new one and lifts the must-change flag. Every other session of the
     * account ends (the security stamp changes); this session continues under the new stamp and full rights.
     */
    @Transactional
    public void changePassword(String currentPassword, String newPassword) {
        AppUser user = me();
        if (currentPassword == null || !passwordEncoder.matches(currentPassword, user.getPasswordHash())) {
            throw new InvalidUserInputException("currentPassword", "The current password is not right.");
        }
        PasswordPolicy.check("newPassword", newPassword);
        if (newPassword.equals(currentPassword)) {
            throw new InvalidUserInputException("newPassword", "Choose a password different from the current one.");
        }
        user.changePasswordHash(passwordEncoder.encode(newPassword), false);
        users.flush();
        trail.record(AuditAction.PASSWORD_CHANGED, AuditActor.person(user.getId(), user.getUsername()), null,
                "Other sessions of the account end.");
        AccountDetails details = new AccountDetails(user, DatabaseUserDetailsService.authorities(user));
        UsernamePasswordAuthenticationToken refreshed =
                UsernamePasswordAuthenticationToken.authenticated(details, null, details.getAuthorities());
        securityContext.getContext().setAuthentication(refreshed);
    }

    private AppUser me() {
        Authentication auth = securityContext.getContext().getAuthentication();
        if (auth == null) {
            throw new AuthenticationCredentialsNotFoundException("Not signed in");
        }
        return users.findByUsername(Usernames.normalize(auth.getName())).filter(AppUser::isEnabled)
                .orElseThrow(() -> new AuthenticationCredentialsNotFoundException("Not signed in"));
    }
}
