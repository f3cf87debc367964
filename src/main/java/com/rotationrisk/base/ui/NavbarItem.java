package com.rotationrisk.base.ui;

import com.vaadin.flow.component.Component;

/**
 * Something a feature shows in the header for a signed-in person (the alert badge), so that the layout knows no
 * feature. Implementations are Spring beans; {@link #create()} is called once per page with the person signed in.
 */
public interface NavbarItem {

    Component create();
}
