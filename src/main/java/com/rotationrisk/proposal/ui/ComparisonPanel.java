package com.rotationrisk.proposal.ui;

import com.rotationrisk.portfolio.ui.GradeBadge;
import com.rotationrisk.proposal.ProposalComparison;
import com.rotationrisk.proposal.TradePlan;
import com.rotationrisk.risk.engine.Formats;
import com.rotationrisk.uikit.ScreenDates;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;

/** The portfolio before and after a proposal side by side, the trading figures and each trade's execution. */
class ComparisonPanel extends VerticalLayout {

    ComparisonPanel(ProposalComparison c, List<String> tradeTexts) {
        setPadding(false);
        setId("before-after");
        add(new H4("Before and after, at the prices of " + ScreenDates.format(c.before().asOf())));
        Span arrow = new Span("\u2192");
        arrow.getElement().setAttribute("aria-label", "becomes");
        HorizontalLayout grades = new HorizontalLayout(new Span("Overall grade:"), GradeBadge.of(c.before().grade()
                .grade()), arrow, GradeBadge.of(c.after().grade().grade()));
        grades.setAlignItems(FlexComponent.Alignment.CENTER);
        grades.setId("grade-change");
        add(grades);

        NativeTable table = lines(BeforeAfter.lines(c.before(), c.after()), "Before", "After");
        table.setId("before-after-table");
        NativeTable trading = lines(BeforeAfter.trading(c), "", "This proposal");
        trading.setId("proposal-trading");
        Paragraph method = new Paragraph("The realised gain is an estimate. " + c.gainMethod());
        method.setId("gain-method");
        add(table, trading, method);

        Grid<TradePlan.Execution> executions = new Grid<>();
        executions.addColumn(e -> e.tradeIndex() + 1).setHeader("Trade").setAutoWidth(true).setFlexGrow(0);
        executions.addColumn(e -> e.tradeIndex() < tradeTexts.size() ? tradeTexts.get(e.tradeIndex()) : "")
                .setHeader("What").setAutoWidth(true);
        executions.addColumn(TradePlan.Execution::ticker).setHeader("Holding").setAutoWidth(true);
        executions.addColumn(e -> (e.shares().signum() < 0 ? "Sell " : "Buy ")
                + e.shares().abs().stripTrailingZeros().toPlainString()).setHeader("Shares").setAutoWidth(true);
        executions.addColumn(e -> Formats.fixed(e.price(), 2)).setHeader("Price").setAutoWidth(true);
        executions.addColumn(e -> Formats.dollars(e.value())).setHeader("Value").setAutoWidth(true);
        executions.addColumn(e -> e.shares().signum() > 0 ? "—" : e.realisedGain() == null
                ? Formats.NOT_AVAILABLE + ": no cost per share" : Formats.signedDollars(e.realisedGain()))
                .setHeader("Estimated gain").setAutoWidth(true);
        executions.setItems(c.executions());
        executions.setAllRowsVisible(true);
        executions.addThemeVariants(GridVariant.LUMO_COMPACT);
        executions.setId("proposal-executions");
        executions.setAriaLabel("Each trade's execution");
        add(new H4("Each trade's execution"), executions);
    }

    /** A plain table (row headers, column headers) so that a screen reader reads each figure with its measure. */
    private static NativeTable lines(List<BeforeAfter.Line> lines, String before, String after) {
        NativeTable table = new NativeTable();
        table.addClassName("before-after");
        NativeTableRow head = table.getHead().addRow();
        head.addHeaderCell().setText("Measure");
        if (!before.isEmpty()) {
            head.addHeaderCell().setText(before);
        }
        head.addHeaderCell().setText(after);
        head.getHeaderCells().forEach(c -> c.getElement().setAttribute("scope", "col"));
        NativeTableBody body = table.addBody();
        for (BeforeAfter.Line line : lines) {
            NativeTableRow row = body.addRow();
            row.getElement().setAttribute("data-measure", line.measure());
            NativeTableHeaderCell measure = row.addHeaderCell();
            measure.setText(line.measure());
            measure.getElement().setAttribute("scope", "row");
            if (!before.isEmpty()) {
                NativeTableCell b = row.addDataCell();
                b.setText(line.before());
                b.addClassName("before");
            }
            NativeTableCell a = row.addDataCell();
            a.setText(line.after() + (!before.isEmpty() && line.changed() ? " (changed)" : ""));
            a.addClassName("after");
            if (!before.isEmpty() && line.changed()) {
                row.addClassName("changed");
            }
        }
        return table;
    }
}
