package com.rotationrisk.portfolio.ui;

import com.rotationrisk.risk.engine.Formats;
import com.rotationrisk.risk.engine.PortfolioAssessment;
import com.rotationrisk.risk.engine.ScenarioResult;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.util.stream.Collectors;

/** The analysis view's Scenarios tab: every stress scenario's impact on the portfolio. */
final class ScenariosTab {

    static final String TITLE = "Scenarios";

    private ScenariosTab() {
    }

    static Component create(PortfolioAssessment a) {
        Grid<ScenarioResult> grid = new Grid<>();
        grid.addColumn(s -> s.name() + " (v" + s.version() + ")").setHeader("Scenario").setFlexGrow(2);
        grid.addColumn(s -> s.policyScenario() ? "policy" : "market").setHeader("Kind").setAutoWidth(true);
        grid.addColumn(s -> s.assessed() ? Formats.signedPercent(s.impactPct().getAsDouble()) : "not assessed")
                .setHeader("Impact").setTextAlign(ColumnTextAlign.END).setAutoWidth(true)
                .setComparator(s -> s.impactPct().orElse(Double.MAX_VALUE))
                .setPartNameGenerator(s -> s.assessed() ? null : "not-assessed")
                .setTooltipGenerator(s -> s.assessed() ? null : s.notAssessedReason());
        grid.addColumn(s -> s.assessed() ? Formats.dollars(s.impactCurrency().getAsDouble()) : "—")
                .setHeader("Impact $").setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(s -> Formats.share(s.coveredShare())).setHeader("Value covered").setAutoWidth(true)
                .setTooltipGenerator(s -> s.notAssessedReason());
        grid.addColumn(s -> s.analogActualPct().isPresent() ? Formats.signedPercent(s.analogActualPct().getAsDouble())
                : (s.analogNote() == null ? "—" : s.analogNote())).setHeader("Actual in analog window").setFlexGrow(2);
        grid.addColumn(s -> s.topContributors().stream()
                .map(c -> c.ticker() + " " + Formats.signedPercent(c.contributionPct()))
                .collect(Collectors.joining(", "))).setHeader("Largest contributors").setFlexGrow(2);
        grid.setItems(a.scenarios());
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setId("scenario-results");
        return grid;
    }
}
