package com.rotationrisk.base.ui;

import com.rotationrisk.security.CurrentUser;
import com.rotationrisk.security.SignedInUser;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/** The landing page after sign-in: who you are and who you work with. */
@Route("")
@PageTitle("Home · Rotation Risk")
@Menu(order = 0, title = "Home", icon = "vaadin:home")
@PermitAll
public class HomeView extends VerticalLayout {

    public HomeView(CurrentUser currentUser) {
        setId("home-view");
        SignedInUser me = currentUser.require();
        add(new H2("Welcome, " + me.displayName()));
        add(new Paragraph("Rotation Risk answers one client question: how exposed am I if this crowded rally turns?"));
        if (me.teamName() != null) {
            add(new Paragraph("You work in " + me.teamName() + ". Teammates you can share portfolios with:"));
            UnorderedList team = new UnorderedList();
            currentUser.teammateNames().forEach(name -> team.add(new ListItem(name)));
            team.setId("teammates");
            add(team);
        } else {
            add(new Paragraph("You are signed in as an administrator. Manage accounts and teams under Users."));
        }
    }
}
