package com.rotationrisk.security;

import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * The application acting on its own behalf ({@link SystemTask}). It is no user: {@link CurrentUser} finds nobody for
 * it, so every method that acts for a person refuses it, and only methods that name {@code ROLE_SYSTEM} accept it.
 */
final class SystemAuthentication extends AbstractAuthenticationToken {

    private final String task;

    SystemAuthentication(String task) {
        super(List.of(new SimpleGrantedAuthority("ROLE_" + SystemTask.ROLE)));
        this.task = task;
        setAuthenticated(true);
    }

    @Override
    public Object getCredentials() {
        return null;
    }

    @Override
    public Object getPrincipal() {
        return "system:" + task;
    }
}
