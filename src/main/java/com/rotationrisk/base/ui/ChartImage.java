package com.rotationrisk.base.ui;

import com.rotationrisk.base.chart.ChartText;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.dom.Element;
import java.awt.Rectangle;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;

/**
 * Shows a JFreeChart as inline SVG: vector, crisp at any zoom, and drawn by the same chart code
 * that will draw into PDF reports. No client-side chart library (and no npm build) is needed.
 * The picture is an image with a text alternative (its title and what it shows, from {@link ChartText}); below it,
 * the plotted values as a table for anyone who cannot or would rather not read the picture.
 */
public class ChartImage extends Div {

    public ChartImage(JFreeChart chart, int width, int height) {
        ChartText text = ChartText.of(chart);
        addClassName("chart-image");
        getElement().setAttribute("role", "figure");
        getElement().setAttribute("aria-label", text.title());
        SVGGraphics2D svg = new SVGGraphics2D(width, height);
        chart.draw(svg, new Rectangle(0, 0, width, height));
        String element = svg.getSVGElement(null, true, null, null, null)
                .replaceFirst("<svg ", "<svg aria-hidden=\"true\" focusable=\"false\" viewBox=\"0 0 " + width + " "
                        + height + "\" ");
        Html picture = new Html("<div>" + element + "</div>"); // a div root lets the browser parse the SVG namespace
        picture.getElement().setAttribute("role", "img");
        picture.getElement().setAttribute("aria-label", text.alternative());
        picture.getElement().setAttribute("title", text.title());
        add(picture, dataTable(text));
        setMaxWidth(width + "px");
        setWidthFull();
    }

    /** Closed until asked for, and built only then: a year of daily closes is a few hundred rows. */
    private static Details dataTable(ChartText text) {
        Details details = new Details("Show the data of \u201c" + text.title() + "\u201d as a table");
        details.addClassName("chart-data");
        details.addOpenedChangeListener(e -> {
            if (e.isOpened() && details.getContent().findAny().isEmpty()) {
                details.add(table(text));
            }
        });
        return details;
    }

    private static Div table(ChartText text) {
        Element table = new Element("table");
        table.appendChild(new Element("caption").setText(text.title()));
        Element headRow = new Element("tr");
        text.headers().forEach(h -> headRow.appendChild(new Element("th").setAttribute("scope", "col").setText(h)));
        table.appendChild(new Element("thead").appendChild(headRow));
        Element body = new Element("tbody");
        for (List<String> row : text.rows()) {
            Element tr = new Element("tr");
            for (int i = 0; i < row.size(); i++) {
                tr.appendChild(i == 0 ? new Element("th").setAttribute("scope", "row").setText(row.get(i))
                        : new Element("td").setText(row.get(i)));
            }
            body.appendChild(tr);
        }
        table.appendChild(body);
        Div region = new Div();
        region.addClassName("chart-data-table");
        // scrolls when long: a scrolling region must be reachable by keyboard, and named when it is
        region.getElement().setAttribute("tabindex", "0");
        region.getElement().setAttribute("role", "region");
        region.getElement().setAttribute("aria-label", "Data of " + text.title());
        region.getElement().appendChild(table);
        return region;
    }
}
