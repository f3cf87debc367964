package com.rotationrisk.base.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * Each session takes the browser's language (Accept-Language) as its locale, so dates and amounts on screen follow
 * the user ({@link ScreenDates}, {@link TypedAmount}). Vaadin does this by itself only when the app has an
 * I18NProvider, and this one has no translations.
 */
@Component
class BrowserLocale implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> {
            if (init.getRequest().getLocale() != null) {
                init.getSession().setLocale(init.getRequest().getLocale());
            }
        });
    }
}
