package com.rotationrisk.risk.ui;

import com.rotationrisk.risk.engine.Glossary;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H2;
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
        DescriptionList list = new DescriptionList();
        for (Glossary.Entry e : Glossary.entries()) {
            DescriptionList.Term term = new DescriptionList.Term(e.term());
            term.setId("term-" + e.key().replace('_', '-'));
            list.add(term, new DescriptionList.Description(e.explanation()));
        }
        list.addClassName("glossary");
        add(list);
    }
}
