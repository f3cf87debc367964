package com.rotationrisk.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Unknown addresses, and views the user may not open: both get the same answer so that the
 * page does not reveal which addresses exist.
 */
@PageTitle("Page not found · Rotation Risk")
@AnonymousAllowed
public class NotFoundView extends VerticalLayout implements HasErrorParameter<NotFoundException> {

    public NotFoundView() {
        showNotFound(this);
    }

    /** The one answer for "no such page" and "not yours": the same words, so nothing is revealed. */
    static void showNotFound(VerticalLayout view) {
        view.setId("not-found-view");
        view.add(new H2("Page not found"),
                new Paragraph("This page does not exist, or your account does not have access to it."),
                new Anchor("", "Back to the start page"));
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
