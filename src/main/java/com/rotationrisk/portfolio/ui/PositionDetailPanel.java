package com.rotationrisk.portfolio.ui;

import com.rotationrisk.uikit.ScreenDates;
import com.rotationrisk.base.chart.PriceChart;
import com.rotationrisk.base.ui.ChartImage;
import com.rotationrisk.marketdata.BarStore;
import com.rotationrisk.marketdata.PriceHistory;
import com.rotationrisk.risk.IndicatorSeries;
import com.rotationrisk.risk.RiskService;
import com.rotationrisk.risk.engine.Breakpoint;
import com.rotationrisk.risk.engine.ComponentScore;
import com.rotationrisk.risk.engine.ScoreArithmetic;
import com.rotationrisk.risk.engine.Dimension;
import com.rotationrisk.risk.engine.DimensionScore;
import com.rotationrisk.risk.engine.Formats;
import com.rotationrisk.risk.engine.ModelConfig;
import com.rotationrisk.risk.engine.PositionAssessment;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.stream.Collectors;


/** Drill-down into one position: every component of every score with its reason, and its charts. */
@org.springframework.stereotype.Component
public class PositionDetailPanel {

    private static final int CHART_DAYS = 252;

    private final BarStore bars;
    private final RiskService risk;

    PositionDetailPanel(BarStore bars, RiskService risk) {
        this.bars = bars;
        this.risk = risk;
    }

    Component render(PositionAssessment p, LocalDate asOf) {
        VerticalLayout panel = new VerticalLayout();
        panel.setPadding(false);
        panel.add(new H3(p.ticker() + " · " + p.profile().name()));
        String cost = p.costBasisPerShare() == null ? "no cost basis entered"
                : "cost basis " + ScoreFormat.number(p.costBasisPerShare());
        panel.add(new Paragraph("Close " + ScoreFormat.number(p.price()) + " on " + ScreenDates.format(p.priceDate()) + "; " + cost
                + "; weight " + Formats.share(p.weight()) + "; value " + Formats.dollars(p.marketValue())
                + "; beta to the market " + ScoreFormat.number(p.betas().market()) + ", to the rotation spread "
                + (p.betas().spread() == null ? "n/a (a leg of the rotation spread has no prices)" : ScoreFormat.number(p.betas().spread()))
                + "."));
        for (Dimension dim : Dimension.values()) {
            panel.add(dimension(p.dimension(dim)));
        }
        if (p.priceDate() != null) {
            panel.add(charts(p.ticker(), asOf));
        }
        return panel;
    }

    private Component dimension(DimensionScore score) {
        H4 heading = new H4(ScoreFormat.label(score.dim()) + " ");
        heading.add(ScoreFormat.chip(score, risk.config().grade()));
        Grid<ComponentScore> grid = new Grid<>();
        grid.addColumn(ComponentScore::label).setHeader("Component").setWidth("13em").setFlexGrow(0);
        grid.addColumn(c -> ScoreFormat.number(c.rawValue())).setHeader("Raw").setWidth("5em").setFlexGrow(0);
        grid.addColumn(c -> c.breakpoints().stream().map(PositionDetailPanel::breakpoint)
                .collect(Collectors.joining(", "))).setHeader("Value → points").setWidth("11em").setFlexGrow(0);
        grid.addColumn(c -> arithmetic(score, c)).setHeader("Points × weight used → contribution").setWidth("13em")
                .setFlexGrow(0);
        grid.addColumn(ComponentScore::reason).setHeader("Why").setFlexGrow(1);
        grid.setItems(score.components());
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addClassName("component-grid");
        VerticalLayout box = new VerticalLayout(heading, grid);
        box.setPadding(false);
        box.setSpacing(false);
        Paragraph note = new Paragraph(ScoreArithmetic.summary(score));
        note.addClassName("provenance");
        box.add(note);
        if (score.adjustmentReason() != null) {
            box.add(new Paragraph(score.adjustmentReason()));
        }
        return box;
    }

    private Component charts(String ticker, LocalDate asOf) {
        PriceHistory history = bars.barsUpTo(ticker, asOf);
        ModelConfig cfg = risk.config();
        ModelConfig.Windows w = cfg.windows();
        IndicatorSeries s = IndicatorSeries.of(history, asOf, CHART_DAYS, w);
        double[] overbought = new double[s.dates().length];
        Arrays.fill(overbought, cfg.rsiOverbought());
        String rsi = "RSI(" + w.rsi() + ")";
        FlexLayout row = new FlexLayout(
                new ChartImage(new PriceChart(ticker + " close with " + w.smaShort() + "- and " + w.smaLong()
                        + "-day averages")
                        .line("Close", s.dates(), s.close()).line("SMA" + w.smaShort(), s.dates(), s.smaShort())
                        .line("SMA" + w.smaLong(), s.dates(), s.smaLong()).build(), 560, 300),
                new ChartImage(new PriceChart(ticker + " " + rsi).line(rsi, s.dates(), s.rsi())
                        .line("Overbought (" + Formats.score(cfg.rsiOverbought()) + ")", s.dates(), overbought)
                        .build(), 560, 300));
        row.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        row.setId("position-charts");
        return row;
    }

    private static String breakpoint(Breakpoint b) {
        return ScoreFormat.number(b.value()) + "→" + Formats.score(b.points());
    }

    private static String arithmetic(DimensionScore score, ComponentScore c) {
        if (c.points() == null) {
            return c.status().label() + " (weight " + Formats.fixed(c.weight(), 2) + ")";
        }
        return ScoreArithmetic.line(score, c);
    }
}
