package com.rotationrisk.security;

import java.util.function.Supplier;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

/**
 * Runs work the application does for nobody in particular (the nightly re-scoring, alert mail) as the system
 * principal, through the application's own {@link SecurityContextHolderStrategy}. Services that serve such work
 * require {@code hasRole('SYSTEM')}, which no user account can hold (roles are {@link Role}'s values), so a
 * signed-in person calling them is refused.
 */
@Component
public class SystemTask {

    /** The role name in {@code @PreAuthorize("hasRole('SYSTEM')")}. */
    public static final String ROLE = "SYSTEM";

    private final SecurityContextHolderStrategy security;

    SystemTask(SecurityContextHolderStrategy security) {
        this.security = security;
    }

    public <T> T call(String task, Supplier<T> work) {
        SecurityContext previous = security.getContext();
        SecurityContext system = security.createEmptyContext();
        system.setAuthentication(new SystemAuthentication(task));
        security.setContext(system);
        try {
            return work.get();
        } finally {
            security.setContext(previous);
        }
    }

    public void run(String task, Runnable work) {
        call(task, () -> {
            work.run();
            return null;
        });
    }
}
