package com.rotationrisk.base.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Div;
import java.awt.Rectangle;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;

/**
 * Shows a JFreeChart as inline SVG: vector, crisp at any zoom, and drawn by the same chart code
 * that will draw into PDF reports. No client-side chart library (and no npm build) is needed.
 */
public class ChartImage extends Div {

    public ChartImage(JFreeChart chart, int width, int height) {
        addClassName("chart-image");
        SVGGraphics2D svg = new SVGGraphics2D(width, height);
        chart.draw(svg, new Rectangle(0, 0, width, height));
        String element = svg.getSVGElement(null, true, null, null, null)
                .replaceFirst("<svg ", "<svg viewBox=\"0 0 " + width + " " + height + "\" ");
        add(new Html("<div>" + element + "</div>")); // a div root lets the browser parse the SVG namespace
        setMaxWidth(width + "px");
        setWidthFull();
    }
}
