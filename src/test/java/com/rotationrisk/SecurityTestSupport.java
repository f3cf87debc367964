package com.rotationrisk;

import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Runs a piece of a test as a real account of the database (roles and team as stored). */
public final class SecurityTestSupport {

    private final UserDetailsService users;
    private final SecurityContextHolderStrategy holder;

    /**
     * @param holder the application context's strategy (what its services and method security read); the static
     *               {@code SecurityContextHolder} may belong to another test context in the same JVM
     */
    public SecurityTestSupport(UserDetailsService users, SecurityContextHolderStrategy holder) {
        this.users = users;
        this.holder = holder;
    }

    public <T> T as(String username, Supplier<T> action) {
        UserDetails details = users.loadUserByUsername(username);
        SecurityContext previous = holder.getContext();
        SecurityContext context = holder.createEmptyContext();
        context.setAuthentication(new UsernamePasswordAuthenticationToken(details, null, details.getAuthorities()));
        holder.setContext(context);
        try {
            return action.get();
        } finally {
            holder.setContext(previous);
        }
    }

    public void run(String username, Runnable action) {
        as(username, () -> {
            action.run();
            return null;
        });
    }
}
