package com.rotationrisk.uikit;

import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Long work a view starts on a thread of its own (an evidence study, a ZIP of reports), run as the person who started
 * it. The caller's authentication is copied into a context of its own, so that nothing done to the session's context
 * afterwards reaches the thread, and it is set through the application's own {@link SecurityContextHolderStrategy}
 * (the one method security reads), not the static holder, which may belong to another application context in the same
 * JVM.
 */
public final class BackgroundWork {

    private BackgroundWork() {
    }

    public static Thread start(String name, SecurityContextHolderStrategy security, Runnable work) {
        SecurityContext caller = security.createEmptyContext();
        caller.setAuthentication(security.getContext().getAuthentication());
        DelegatingSecurityContextRunnable asCaller = new DelegatingSecurityContextRunnable(work, caller);
        asCaller.setSecurityContextHolderStrategy(security);
        return Thread.ofVirtual().name(name).start(asCaller);
    }
}
