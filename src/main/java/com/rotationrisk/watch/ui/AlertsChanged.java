package com.rotationrisk.watch.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;

/** Fired on the page's UI when the person marked alerts read, so the header's badge counts again at once. */
final class AlertsChanged extends ComponentEvent<UI> {

    private AlertsChanged(UI ui) {
        super(ui, false);
    }

    static void fire(UI ui) {
        ComponentUtil.fireEvent(ui, new AlertsChanged(ui));
    }
}
