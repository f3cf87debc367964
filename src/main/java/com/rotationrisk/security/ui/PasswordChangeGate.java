package com.rotationrisk.security.ui;

import com.rotationrisk.security.Role;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

/** An account that must change its password sees only {@link ChangePasswordView} (its services refuse it anyway). */
@Component
class PasswordChangeGate implements VaadinServiceInitListener {

    private final SecurityContextHolderStrategy securityContext;

    PasswordChangeGate(SecurityContextHolderStrategy securityContext) {
        this.securityContext = securityContext;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(enter -> {
            Authentication auth = securityContext.getContext().getAuthentication();
            boolean mustChange = auth != null && auth.getAuthorities().stream()
                    .anyMatch(a -> Role.PASSWORD_CHANGE_REQUIRED.equals(a.getAuthority()));
            if (mustChange && enter.getNavigationTarget() != ChangePasswordView.class
                    && enter.getNavigationTarget() != LoginView.class) {
                enter.rerouteTo(ChangePasswordView.class);
            }
        }));
    }
}
