package com.rotationrisk.portfolio.ui;

import com.rotationrisk.base.chart.BarChart;
import com.rotationrisk.base.ui.ChartImage;
import com.rotationrisk.risk.engine.BehaviouralFlag;
import com.rotationrisk.risk.engine.Formats;
import com.rotationrisk.risk.engine.PortfolioAssessment;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** The analysis view's Behaviour & concentration tab: behavioural flags, concentration, comomentum, sector and size weights. */
final class BehaviourTab {

    static final String TITLE = "Behaviour & concentration";

    private BehaviourTab() {
    }

    static Component create(PortfolioAssessment a) {
        VerticalLayout layout = new VerticalLayout();
        layout.setPadding(false);
        layout.add(new H3("Behavioural flags"));
        if (a.flags().isEmpty()) {
            layout.add(new Paragraph("No flag was raised: no recency bias, herd behaviour or loss-aversion trap "
                    + "by the triggers in the methodology."));
        } else {
            UnorderedList list = new UnorderedList();
            for (BehaviouralFlag f : a.flags()) {
                String triggers = f.triggerValues().entrySet().stream()
                        .map(e -> e.getKey() + " " + ScoreFormat.number(e.getValue())).collect(Collectors.joining(", "));
                list.add(new ListItem(f.message() + " (" + triggers + ")"));
            }
            list.setId("flags");
            layout.add(list);
        }
        var c = a.concentration();
        layout.add(new H3("Concentration"), new Paragraph("Herfindahl index " + Formats.fixed(c.herfindahl(), 3)
                + " (1/" + Formats.fixed(c.herfindahl() > 0 ? 1 / c.herfindahl() : 0, 0)
                + " equal positions); the five largest positions hold " + Formats.share(c.top5Weight()) + "."));
        layout.add(new Paragraph("Comomentum: " + a.comomentum().explanation()));
        Map<String, Double> sectors = c.sectorWeights().entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue() * 100, (x, y) -> x, LinkedHashMap::new));
        layout.add(new ChartImage(BarChart.of("Weight by sector (%)", "% of portfolio", sectors, true), 640, 300));
        Map<String, Double> sizes = new LinkedHashMap<>();
        c.sizeWeights().forEach((k, v) -> sizes.put(k, v * 100));
        layout.add(new Paragraph("By size bucket: " + sizes.entrySet().stream()
                .map(e -> e.getKey() + " " + Formats.percent(e.getValue()))
                .collect(Collectors.joining(", ")) + "."));
        return layout;
    }
}
