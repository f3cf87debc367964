package com.rotationrisk.base.ui;

import com.vaadin.flow.component.Component;

/**
 * A view of something another person can take away (a shared portfolio). When a service refuses its next action
 * because access ended, the view closes to {@link #whereToGo()} with {@link #accessEndedMessage()}.
 */
public interface LeavesWhenAccessEnds {

    Class<? extends Component> whereToGo();

    String accessEndedMessage();
}
