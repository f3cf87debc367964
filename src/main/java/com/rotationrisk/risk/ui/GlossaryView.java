package com.rotationrisk.risk.ui;

import com.rotationrisk.risk.engine.Glossary;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/** Every figure the product shows, in words an advisor can read to a client. */
@Route("glossary")
@PageTitle("Glossary · Rotation Risk")
@Menu(order = 90, title = "Glossary", icon = "vaadin:book")
@PermitAll
public class GlossaryView extends VerticalLayout {

    public GlossaryView() {
        setId("glossary-view");
        add(new H2("Glossary"), new Paragraph("What each figure means, in plain words. The same explanations appear "
                + "as help beside the figures and in the reports."));
        // The index is also what makes the long page reachable by keyboard: a scrolling region needs something
        // focusable in it (WCAG 2.1.1), and the terms themselves are text.
        Nav index = new Nav();
        index.setAriaLabel("Terms");
        index.addClassName("glossary-index");
        DescriptionList list = new DescriptionList();
        for (Glossary.Entry e : Glossary.entries()) {
            String id = "term-" + e.key().replace('_', '-');
            DescriptionList.Term term = new DescriptionList.Term(e.term());
            term.setId(id);
            list.add(term, new DescriptionList.Description(e.explanation()));
            Anchor jump = new Anchor("glossary#" + id, e.term());
            jump.getElement().setAttribute("router-ignore", true); // the browser scrolls to the term; no navigation
            index.add(jump);
        }
        list.addClassName("glossary");
        add(index, list);
    }
}
