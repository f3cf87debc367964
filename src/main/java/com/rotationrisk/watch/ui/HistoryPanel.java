package com.rotationrisk.watch.ui;

import com.rotationrisk.base.ui.ChartImage;
import com.rotationrisk.portfolio.ui.GradeBadge;
import com.rotationrisk.risk.engine.Dimension;
import com.rotationrisk.risk.engine.Formats;
import com.rotationrisk.uikit.ScreenDates;
import com.rotationrisk.watch.AlertRule;
import com.rotationrisk.watch.AlertRules;
import com.rotationrisk.watch.HistoryPoint;
import com.rotationrisk.watch.InvalidAlertSettingsException;
import com.rotationrisk.watch.PortfolioHistory;
import com.rotationrisk.watch.RuleSettings;
import com.rotationrisk.watch.WhatChanged;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.springframework.security.access.AccessDeniedException;

/**
 * The History tab's content, built the first time it is shown: what changed since the person last looked, the chart
 * and table of the kept scorings, and the portfolio's alert rules (editable by its owner only).
 */
class HistoryPanel extends VerticalLayout {

    static final String NO_HISTORY = "No history yet. Saved portfolios are re-scored each night after the price "
            + "refresh (on weekdays on a schedule where no price provider is configured); the first point appears "
            + "after the next re-scoring, and changes show from the second.";

    private final long portfolioId;
    private final LocalDate asOf;
    private final PortfolioHistory history;
    private final AlertRules rules;
    private final BooleanSupplier owner;
    private final AlertRulesForm ruleForm = new AlertRulesForm(AlertRulesForm.Scope.PORTFOLIO);
    private boolean built;
    private boolean editable;

    HistoryPanel(long portfolioId, LocalDate asOf, PortfolioHistory history, AlertRules rules, BooleanSupplier owner) {
        this.portfolioId = portfolioId;
        this.asOf = asOf;
        this.history = history;
        this.rules = rules;
        this.owner = owner;
        setPadding(false);
        setId("history-tab");
        ruleForm.addSaveListener(e -> save(e.settings(), "Saved. " + overriddenCount(e.settings().size())));
        ruleForm.addUseFirmListener(e -> save(Map.of(), "Saved. Every rule follows the firm's again."));
    }

    @Override
    protected void onAttach(AttachEvent event) {
        if (!built) {
            built = true;
            build();
        }
    }

    private void build() {
        List<HistoryPoint> points = history.history(portfolioId);
        Div overview = new Div(new H3("What changed since you last looked"),
                whatChanged(history.sinceLastLook(portfolioId)), new H3("Grade and scores over time"));
        overview.setId("history-overview");
        overview.setWidthFull();
        if (points.isEmpty()) {
            Paragraph none = new Paragraph(NO_HISTORY);
            none.setId("no-history");
            none.addClassName("notice");
            overview.add(none);
        } else {
            overview.add(chart(points), table(points));
        }
        add(overview);
        editable = owner.getAsBoolean();
        Paragraph rulesIntro = new Paragraph("When the nightly re-scoring finds one of these, an alert goes to the "
                + "owner and to everyone the portfolio is shared with. A rule left at the firm's setting follows the "
                + "firm, also when the firm changes it.");
        rulesIntro.addClassName("provenance");
        add(new H3("Alert rules for this portfolio"), rulesIntro, ruleForm);
        showRules();
    }

    private Component chart(List<HistoryPoint> points) {
        ChartImage chart = new ChartImage(HistoryChart.of(points), 960, 420);
        chart.setId("history-chart"); // a named figure with its text alternative and data (ChartImage)
        Div box = new Div(chart);
        if (points.size() == 1) {
            Paragraph one = new Paragraph("One scoring so far: the lines start with the second.");
            one.addClassName("provenance");
            box.add(one);
        }
        return box;
    }

    private Component table(List<HistoryPoint> points) {
        List<HistoryPoint> newestFirst = new ArrayList<>(points);
        Collections.reverse(newestFirst);
        Grid<HistoryPoint> grid = new Grid<>();
        grid.addColumn(p -> ScreenDates.format(p.asOf()) + (p.asOf().equals(asOf) ? " (shown above)" : ""))
                .setHeader("As of").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(p -> p.grade() == null ? missing(p.gradeReason()) : GradeBadge.of(p.grade()))
                .setHeader("Grade").setAutoWidth(true).setFlexGrow(0);
        for (Dimension dim : Dimension.values()) {
            grid.addComponentColumn(p -> p.scores().containsKey(dim) ? new Span(Formats.fixed(p.scores().get(dim), 1))
                    : missing(p.reason(dim))).setHeader(dim.label()).setAutoWidth(true);
        }
        grid.addComponentColumn(p -> p.worstPct() == null ? missing(null) : new Span(Formats.signedPercent(
                p.worstPct()))).setHeader("Worst case").setAutoWidth(true);
        grid.addColumn(HistoryPoint::modelVersion).setHeader("Model").setAutoWidth(true);
        grid.setItems(newestFirst);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(newestFirst.size() <= 12);
        if (newestFirst.size() > 12) {
            grid.setHeight("28em");
        }
        grid.setId("history-table");
        grid.setAriaLabel("Nightly scorings of this portfolio, newest first");
        return grid;
    }

    /** A figure that could not be computed: "n/a", and why where it is known (hover, and the accessible name). */
    private static Component missing(String reason) {
        Span s = new Span(Formats.NOT_AVAILABLE);
        s.addClassName("missing-figure");
        String why = reason == null || reason.isBlank() ? "not computed at this date" : reason;
        s.getElement().setAttribute("title", why);
        s.getElement().setAttribute("aria-label", s.getText() + ": " + why);
        return s;
    }

    private Component whatChanged(Optional<WhatChanged> found) {
        Div box = new Div();
        box.setId("what-changed");
        if (found.isEmpty()) {
            box.add(new Paragraph("Nothing to compare yet: this portfolio has not been re-scored. "
                    + "From the first nightly scoring on, this section lists what changed in its holdings, prices "
                    + "and scores since you last looked."));
            return box;
        }
        WhatChanged c = found.get();
        if (c.since() == null) {
            box.add(new Paragraph("This is your first look at this portfolio's history (newest scoring: "
                    + ScreenDates.format(c.now()) + "). From your next look on, this section lists what changed in "
                    + "holdings, prices and scores since now."));
            return box;
        }
        if (c.nothing()) {
            box.add(new Paragraph(c.since().equals(c.now())
                    ? "No new scoring since you last looked: the newest is still the one of "
                            + ScreenDates.format(c.now()) + "."
                    : "Nothing changed between the scoring of " + ScreenDates.format(c.since())
                            + " you last looked at and the newest, of " + ScreenDates.format(c.now()) + "."));
            return box;
        }
        box.add(new Paragraph("Since the scoring of " + ScreenDates.format(c.since()) + " you last looked at, to the "
                + "newest, of " + ScreenDates.format(c.now()) + ":"));
        box.add(changes("Scores", c.scores()), changes("Holdings", c.holdings()), changes("Prices", c.prices()));
        return box;
    }

    private static Component changes(String heading, List<String> lines) {
        Div part = new Div(new H4(heading));
        if (lines.isEmpty()) {
            part.add(new Paragraph("No change."));
        } else {
            UnorderedList list = new UnorderedList();
            lines.forEach(line -> list.add(new ListItem(line)));
            part.add(list);
        }
        return part;
    }

    private void showRules() {
        ruleForm.setSettings(rules.forPortfolio(portfolioId), rules.firmDefaults(), editable);
    }

    private void save(Map<AlertRule, RuleSettings.Setting> overrides, String done) {
        try {
            rules.saveOverrides(portfolioId, overrides);
        } catch (InvalidAlertSettingsException e) {
            ruleForm.showProblems(e.problems());
            return;
        } catch (AccessDeniedException e) {
            editable = false;
            showRules();
            ruleForm.saved("Only the portfolio's owner can change its alert rules; nothing was saved.");
            return;
        }
        showRules();
        ruleForm.saved(done);
    }

    private static String overriddenCount(int n) {
        if (n == 0) {
            return "Every rule follows the firm's.";
        }
        return (n == 1 ? "1 rule is" : n + " rules are") + " overridden, the others follow the firm's.";
    }
}
