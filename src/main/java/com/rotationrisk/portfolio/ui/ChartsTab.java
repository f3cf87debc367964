package com.rotationrisk.portfolio.ui;

import com.rotationrisk.base.chart.BarChart;
import com.rotationrisk.base.ui.ChartImage;
import com.rotationrisk.risk.engine.Dimension;
import com.rotationrisk.risk.engine.PortfolioAssessment;
import com.rotationrisk.risk.engine.ScoreDistribution;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/** The analysis view's Charts tab: score distributions per dimension ({@link ScoreDistribution}). */
final class ChartsTab {

    static final String TITLE = "Charts";

    private ChartsTab() {
    }

    static Component create(PortfolioAssessment a) {
        HorizontalLayout row = new HorizontalLayout();
        for (Dimension dim : Dimension.values()) {
            row.add(new ChartImage(BarChart.of(dim.label() + " score distribution", "positions",
                    ScoreDistribution.counts(a.positions(), dim), false), 480, 280));
        }
        row.setWidthFull();
        row.getStyle().set("flex-wrap", "wrap");
        row.setId("distribution-charts");
        return row;
    }
}
