package com.rotationrisk.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Unexpected failures while opening a view: a calm message and a reference, never a stack trace. */
@PageTitle("Something went wrong · Rotation Risk")
@AnonymousAllowed
public class InternalErrorView extends VerticalLayout implements HasErrorParameter<Exception> {

    private static final Logger log = LoggerFactory.getLogger(InternalErrorView.class);

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        String reference = UUID.randomUUID().toString().substring(0, 8);
        log.error("Error {} while opening '{}'", reference, event.getLocation().getPath(), parameter.getCaughtException());
        removeAll();
        add(new H2("Something went wrong"),
                new Paragraph("The page could not be shown. Nothing you entered was lost. "
                        + "If this keeps happening, give your administrator the reference " + reference + "."),
                new Anchor("", "Back to the start page"));
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
