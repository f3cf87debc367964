package com.rotationrisk.portfolio.ui;

import com.rotationrisk.risk.engine.Formats;
import com.rotationrisk.risk.engine.ModelConfig;
import com.rotationrisk.risk.engine.PortfolioAssessment;
import com.rotationrisk.risk.engine.PositionAssessment;
import com.rotationrisk.risk.engine.DimensionScore;
import com.rotationrisk.risk.engine.UnscoredHolding;
import com.rotationrisk.spreadsheet.Table;
import com.rotationrisk.spreadsheet.ui.ExportButtons;
import com.rotationrisk.uikit.ScreenDates;
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

    /** A grid row: a scored position, or a holding kept but not scored (then {@code position} is null). */
    record Row(PositionAssessment position, UnscoredHolding unscored) {

        String ticker() {
            return position != null ? position.ticker() : unscored.ticker();
        }

        double sortWeight() {
            return position != null ? position.weight() : -1;
        }
    }

    static Component create(PortfolioAssessment a, ModelConfig.Grade bands, PositionDetailPanel positionPanel,
                            Supplier<Component> unpricedActions) {
        Grid<Row> grid = new Grid<>();
        grid.addColumn(Row::ticker).setHeader("Ticker").setSortable(true).setAutoWidth(true).setFrozen(true);
        grid.addColumn(r -> r.position() != null ? r.position().profile().name() : r.unscored().reason())
                .setHeader("Name").setFlexGrow(1);
        grid.addColumn(r -> r.position() != null ? Formats.share(r.position().weight()) : "—").setHeader("Weight")
                .setComparator(Row::sortWeight).setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(r -> r.position() != null ? Formats.money(r.position().marketValue())
                : r.unscored().valued() ? Formats.money(r.unscored().value()) : "unknown").setHeader("Value $")
                .setComparator(Row::sortWeight).setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        var crowding = grid.addComponentColumn(r -> score(r, PositionAssessment::crowding, bands))
                .setHeader("Crowding").setComparator(r -> sortScore(r, PositionAssessment::crowding))
                .setAutoWidth(true);
        grid.addComponentColumn(r -> score(r, PositionAssessment::reversal, bands)).setHeader("Reversal")
                .setComparator(r -> sortScore(r, PositionAssessment::reversal)).setAutoWidth(true);
        grid.addComponentColumn(r -> score(r, PositionAssessment::exposure, bands)).setHeader("Policy shock")
                .setComparator(r -> sortScore(r, PositionAssessment::exposure)).setAutoWidth(true);
        grid.addColumn(r -> r.position() != null && r.position().priceDate() != null
                ? ScreenDates.format(r.position().priceDate())
                : r.unscored() != null && r.unscored().valued() ? "file " + ScreenDates.format(r.unscored().priceDate()) : "—")
                .setHeader("Price date").setAutoWidth(true);
        List<Row> rows = new java.util.ArrayList<>();
        a.positions().forEach(p -> rows.add(new Row(p, null)));
        a.coverage().unscored().forEach(u -> rows.add(new Row(null, u)));
        grid.setItems(rows);
        grid.setPartNameGenerator(r -> r.position() == null ? "not-valued" : null);
        grid.sort(List.of(new GridSortOrder<>(crowding, SortDirection.DESCENDING)));
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setHeight("28em");
        grid.setId("positions-grid");
        Div detail = new Div();
        detail.setId("position-detail");
        detail.add(new Paragraph("Select a position to see each score's components and its price chart."));
        grid.asSingleSelect().addValueChangeListener(e -> {
            detail.removeAll();
            if (e.getValue() != null && e.getValue().position() != null) {
                detail.add(positionPanel.render(e.getValue().position(), a.asOf()));
            } else if (e.getValue() != null) {
                detail.add(new Paragraph(e.getValue().ticker() + " is not scored: " + e.getValue().unscored().reason()
                        + "."));
            }
        });
        VerticalLayout layout = new VerticalLayout(new ExportButtons("positions", "positions-" + a.asOf(),
                () -> table(grid)), grid);
        if (!a.coverage().complete()) {
            layout.add(unscored(a, unpricedActions.get()));
        }
        layout.add(detail);
        layout.setPadding(false);
        return layout;
    }

    /** The positions as the grid shows them, with numbers as numbers and an empty cell plus its reason for unknowns. */
    private static Table table(Grid<Row> grid) {
        return Table.of("Positions", ExportButtons.shownRows(grid))
                .column("Ticker", Row::ticker)
                .column("Name", r -> r.position() != null ? r.position().profile().name() : null)
                .column("Weight", r -> r.position() != null ? r.position().weight() : null)
                .column("Value", r -> r.position() != null ? Double.valueOf(r.position().marketValue())
                        : r.unscored().value())
                .column("Crowding", r -> exported(r, PositionAssessment::crowding))
                .column("Reversal", r -> exported(r, PositionAssessment::reversal))
                .column("Policy shock", r -> exported(r, PositionAssessment::exposure))
                .column("Price date", r -> r.position() != null ? r.position().priceDate() : r.unscored().priceDate())
                .column("Why a figure is missing", PositionsTab::whyMissing)
                .build();
    }

    private static String whyMissing(Row r) {
        if (r.unscored() != null) {
            return r.unscored().reason();
        }
        List<String> reasons = new java.util.ArrayList<>();
        for (DimensionScore d : List.of(r.position().crowding(), r.position().reversal(), r.position().exposure())) {
            if (d.score().isEmpty()) {
                reasons.add(d.dim().label() + ": " + d.unavailableReason());
            }
        }
        return reasons.isEmpty() ? null : String.join("; ", reasons);
    }

    private static Double exported(Row r, java.util.function.Function<PositionAssessment, DimensionScore> dim) {
        if (r.position() == null || dim.apply(r.position()).score().isEmpty()) {
            return null;
        }
        return dim.apply(r.position()).score().getAsDouble();
    }

    /** The score chip, or "not valued"/"not scored" in grey for a holding kept without a score. */
    private static Component score(Row r, java.util.function.Function<PositionAssessment, DimensionScore> dim,
            ModelConfig.Grade bands) {
        if (r.position() != null) {
            return ScoreFormat.chip(dim.apply(r.position()), bands);
        }
        com.vaadin.flow.component.html.Span na = new com.vaadin.flow.component.html.Span(
                r.unscored().valued() ? "not scored" : "not valued");
        na.addClassNames("score-chip", "score-unavailable");
        na.setTitle(r.unscored().reason());
        return na;
    }

    private static double sortScore(Row r, java.util.function.Function<PositionAssessment, DimensionScore> dim) {
        return r.position() == null ? -2 : dim.apply(r.position()).score().orElse(-1);
    }

    /** Holdings kept but not scored, with how (and whether) each is valued. */
    private static Component unscored(PortfolioAssessment a, Component unpricedActions) {
        Grid<UnscoredHolding> grid = new Grid<>();
        grid.addColumn(UnscoredHolding::ticker).setHeader("Not scored").setAutoWidth(true);
        grid.addColumn(u -> ScoreFormat.number(u.quantity())).setHeader("Quantity").setAutoWidth(true)
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(u -> u.valued() ? Formats.money(u.value()) : "unknown").setHeader("Value $")
                .setAutoWidth(true).setTextAlign(ColumnTextAlign.END);
        grid.addColumn(u -> u.valued() ? "broker file price " + ScoreFormat.number(u.price()) + " of " + ScreenDates.format(u.priceDate())
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
