package com.rotationrisk.watch.ui;

import com.rotationrisk.base.ui.NavbarItem;
import com.rotationrisk.watch.AlertInbox;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.shared.Registration;
import org.springframework.stereotype.Component;

/**
 * The bell in the header: how many alerts the person has not read, as a link to the inbox. It counts again after each
 * navigation and when alerts are marked read on the page; the number is in its accessible name, not only on screen.
 */
@Component
class AlertBadge implements NavbarItem {

    private final AlertInbox inbox;

    AlertBadge(AlertInbox inbox) {
        this.inbox = inbox;
    }

    @Override
    public com.vaadin.flow.component.Component create() {
        return new Bell(inbox);
    }

    /** The link itself, one per page. */
    static final class Bell extends RouterLink implements AfterNavigationObserver {

        private final AlertInbox inbox;
        private final Span count = new Span();
        private Registration changes;

        Bell(AlertInbox inbox) {
            super(AlertsView.class);
            this.inbox = inbox;
            setId("alert-badge");
            addClassName("alert-badge");
            count.addClassName("alert-count");
            count.setId("alert-count");
            count.getElement().setAttribute("aria-hidden", "true");
            add(VaadinIcon.BELL.create(), count);
        }

        @Override
        protected void onAttach(AttachEvent event) {
            changes = ComponentUtil.addListener(event.getUI(), AlertsChanged.class, e -> refresh());
            refresh();
        }

        @Override
        protected void onDetach(DetachEvent event) {
            changes.remove();
        }

        @Override
        public void afterNavigation(AfterNavigationEvent event) {
            refresh();
        }

        void refresh() {
            int unread;
            try {
                unread = inbox.unreadCount();
            } catch (org.springframework.dao.DataAccessException | org.springframework.transaction.TransactionException e) {
                // the page itself reports a database outage; the bell says it cannot count rather than showing 0
                count.setText("?");
                count.setVisible(true);
                getElement().setAttribute("aria-label", "Alerts, the unread count cannot be read now");
                getElement().setAttribute("title", "Alerts, the unread count cannot be read now");
                return;
            }
            count.setText(unread > 99 ? "99+" : Integer.toString(unread));
            count.setVisible(unread > 0);
            String label = "Alerts, " + unread + " unread";
            getElement().setAttribute("aria-label", label);
            getElement().setAttribute("title", label);
        }
    }
}
