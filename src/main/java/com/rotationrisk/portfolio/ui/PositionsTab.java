package com.rotationrisk.portfolio.ui;

import com.rotationrisk.risk.engine.Formats;
import com.rotationrisk.risk.engine.ModelConfig;
import com.rotationrisk.risk.engine.PortfolioAssessment;
import com.rotationrisk.risk.engine.PositionAssessment;
import com.rotationrisk.risk.engine.UnscoredHolding;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.provider.SortDirection;
import java.util.List;
import java.util.function.Supplier;

/** The analysis view's Positions tab: the scored positions, the holdings left unscored and the drill-down. */
final class PositionsTab {

    static final String TITLE = "Positions";

    private PositionsTab() {
    }

    static Component create(PortfolioAssessment a, ModelConfig.Grade bands, PositionDetailPanel positionPanel,
                            Supplier<Component> unpricedActions) {
        Grid<PositionAssessment> grid = new Grid<>();
        grid.addColumn(PositionAssessment::ticker).setHeader("Ticker").setSortable(true).setAutoWidth(true)
                .setFrozen(true);
        grid.addColumn(p -> p.profile().name()).setHeader("Name").setSortable(true).setFlexGrow(1);
        grid.addColumn(p -> Formats.share(p.weight())).setHeader("Weight").setComparator(PositionAssessment::weight)
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(p -> Formats.money(p.marketValue())).setHeader("Value $")
                .setComparator(PositionAssessment::marketValue).setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        var crowding = grid.addComponentColumn(p -> ScoreFormat.chip(p.crowding(), bands)).setHeader("Crowding")
                .setComparator(p -> p.crowding().score().orElse(-1)).setAutoWidth(true);
        grid.addComponentColumn(p -> ScoreFormat.chip(p.reversal(), bands)).setHeader("Reversal")
                .setComparator(p -> p.reversal().score().orElse(-1)).setAutoWidth(true);
        grid.addComponentColumn(p -> ScoreFormat.chip(p.exposure(), bands)).setHeader("Policy shock")
                .setComparator(p -> p.exposure().score().orElse(-1)).setAutoWidth(true);
        grid.addColumn(p -> p.priceDate() == null ? "—" : p.priceDate().toString()).setHeader("Price date")
                .setAutoWidth(true);
        grid.setItems(a.positions());
        grid.sort(List.of(new GridSortOrder<>(crowding, SortDirection.DESCENDING)));
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setHeight("28em");
        grid.setId("positions-grid");
        Div detail = new Div();
        detail.setId("position-detail");
        detail.add(new Paragraph("Select a position to see each score's components and its price chart."));
        grid.asSingleSelect().addValueChangeListener(e -> {
            detail.removeAll();
            if (e.getValue() != null) {
                detail.add(positionPanel.render(e.getValue(), a.asOf()));
            }
        });
        VerticalLayout layout = new VerticalLayout(grid);
        if (!a.coverage().complete()) {
            layout.add(unscored(a, unpricedActions.get()));
        }
        layout.add(detail);
        layout.setPadding(false);
        return layout;
    }

    /** Holdings kept but not scored, with how (and whether) each is valued. */
    private static Component unscored(PortfolioAssessment a, Component unpricedActions) {
        Grid<UnscoredHolding> grid = new Grid<>();
        grid.addColumn(UnscoredHolding::ticker).setHeader("Not scored").setAutoWidth(true);
        grid.addColumn(u -> ScoreFormat.number(u.quantity())).setHeader("Quantity").setAutoWidth(true)
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(u -> u.valued() ? Formats.money(u.value()) : "unknown").setHeader("Value $")
                .setAutoWidth(true).setTextAlign(ColumnTextAlign.END);
        grid.addColumn(u -> u.valued() ? "broker file price " + ScoreFormat.number(u.price()) + " of " + u.priceDate()
                : "no usable price").setHeader("Valued at").setAutoWidth(true);
        grid.addColumn(UnscoredHolding::reason).setHeader("Why not scored").setFlexGrow(1);
        grid.setItems(a.coverage().unscored());
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setId("unscored-grid");
        VerticalLayout box = new VerticalLayout(grid, unpricedActions);
        box.setPadding(false);
        return box;
    }
}
