package com.rotationrisk.base.ui;

import com.rotationrisk.security.CurrentUser;
import com.rotationrisk.security.SignedInUser;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.List;
import java.util.Locale;

/**
 * The shell around every signed-in view. Navigation comes from the views' {@code @Menu}
 * annotations and is filtered by their access rules, so this layout knows no feature view.
 */
@Layout
@AnonymousAllowed
public class MainLayout extends AppLayout {

    public MainLayout(CurrentUser currentUser, AuthenticationContext authentication, List<NavbarItem> items) {
        setPrimarySection(Section.DRAWER);
        Span brand = new Span("Rotation Risk");
        brand.addClassName("brand");
        addToDrawer(brand, new Scroller(navigation()));

        Div spacer = new Div();
        HorizontalLayout navbar = new HorizontalLayout(new DrawerToggle(), spacer);
        navbar.setWidthFull();
        navbar.setAlignItems(HorizontalLayout.Alignment.CENTER);
        navbar.expand(spacer);
        currentUser.find().ifPresent(user -> {
            items.forEach(item -> navbar.add(item.create()));
            navbar.add(userBadge(user), logout(authentication));
        });
        navbar.addClassName("navbar");
        addToNavbar(navbar);
    }

    private static SideNav navigation() {
        SideNav nav = new SideNav();
        MenuConfiguration.getMenuEntries().forEach(entry -> {
            SideNavItem item = new SideNavItem(entry.title(), entry.path());
            if (entry.icon() != null) {
                item.setPrefixComponent(new Icon(entry.icon()));
            }
            nav.addItem(item);
        });
        return nav;
    }

    private static Span userBadge(SignedInUser user) {
        String team = user.teamName() == null ? user.role().name().toLowerCase(Locale.ROOT) : user.teamName();
        Span badge = new Span(user.displayName() + " · " + team);
        badge.setId("signed-in-user");
        badge.addClassName("signed-in-user");
        return badge;
    }

    private static Button logout(AuthenticationContext authentication) {
        Button logout = new Button("Log out", e -> authentication.logout());
        logout.setId("logout");
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        return logout;
    }
}
