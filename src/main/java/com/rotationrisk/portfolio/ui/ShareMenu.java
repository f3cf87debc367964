package com.rotationrisk.portfolio.ui;

import com.rotationrisk.portfolio.AccessRole;
import com.rotationrisk.portfolio.InvalidPortfolioException;
import com.rotationrisk.portfolio.PortfolioService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.contextmenu.ContextMenu;
import com.vaadin.flow.component.notification.Notification;
import java.util.Locale;

/** The owner shares a portfolio with their whole team, as viewers or as editors. */
class ShareMenu extends Button {

    ShareMenu(PortfolioService portfolios, long portfolioId) {
        super("Share with my team");
        setId("share-portfolio");
        ContextMenu menu = new ContextMenu(this);
        menu.setOpenOnClick(true);
        for (AccessRole role : new AccessRole[] {AccessRole.VIEWER, AccessRole.EDITOR}) {
            menu.addItem("as " + role.name().toLowerCase(Locale.ROOT), e -> {
                try {
                    portfolios.shareWithTeam(portfolioId, role);
                    Notification.show("Shared with your team as " + role.name().toLowerCase(Locale.ROOT));
                } catch (InvalidPortfolioException ex) {
                    Notification.show(ex.getMessage());
                }
            });
        }
    }
}
