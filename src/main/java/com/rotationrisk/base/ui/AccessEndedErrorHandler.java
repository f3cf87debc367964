package com.rotationrisk.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.DefaultErrorHandler;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * An action refused because the person's access ended while the view was open (a revoked share, a deleted
 * portfolio): a clear message, and the view closes to where it leads, instead of an error page. An action that
 * could not reach the database: a message that nothing was saved, the view stays. Every other error goes to
 * Vaadin's default handling.
 */
@Component
class AccessEndedErrorHandler implements VaadinServiceInitListener, ErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(AccessEndedErrorHandler.class);

    private final transient ErrorHandler fallback = new DefaultErrorHandler();

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(this));
    }

    @Override
    public void error(ErrorEvent event) {
        UI ui = UI.getCurrent();
        if (ui != null && DatabaseUnreachable.isCauseOf(event.getThrowable())) {
            log.warn("A view's action could not reach the database", event.getThrowable());
            Notification notice = Notification.show(DatabaseUnreachable.MESSAGE, 8000, Notification.Position.MIDDLE);
            notice.addThemeVariants(NotificationVariant.LUMO_ERROR);
            notice.setId("database-unreachable");
            return;
        }
        AccessDeniedException denied = deniedCause(event.getThrowable());
        if (ui == null || denied == null || !(ui.getCurrentView() instanceof LeavesWhenAccessEnds view)) {
            fallback.error(event);
            return;
        }
        Notification notice = Notification.show(view.accessEndedMessage(), 8000, Notification.Position.MIDDLE);
        notice.addThemeVariants(NotificationVariant.LUMO_WARNING);
        notice.setId("access-ended");
        ui.navigate(view.whereToGo());
    }

    static AccessDeniedException deniedCause(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof AccessDeniedException denied) {
                return denied;
            }
        }
        return null;
    }
}
