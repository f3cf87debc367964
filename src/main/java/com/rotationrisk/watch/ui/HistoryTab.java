package com.rotationrisk.watch.ui;

import com.rotationrisk.portfolio.AccessRole;
import com.rotationrisk.portfolio.PortfolioReaders;
import com.rotationrisk.portfolio.ui.AnalysisTab;
import com.rotationrisk.watch.AlertRules;
import com.rotationrisk.watch.PortfolioHistory;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/** The History tab of a portfolio: its nightly scorings, what changed since the person last looked, its alert rules. */
@Component
class HistoryTab implements AnalysisTab {

    static final String TITLE = "History";

    private final PortfolioHistory history;
    private final AlertRules rules;
    private final PortfolioReaders readers;

    HistoryTab(PortfolioHistory history, AlertRules rules, PortfolioReaders readers) {
        this.history = history;
        this.rules = rules;
        this.readers = readers;
    }

    @Override
    public String title() {
        return TITLE;
    }

    /** Built when the tab is first shown: looking at it is what "since you last looked" counts. */
    @Override
    public com.vaadin.flow.component.Component create(long portfolioId, LocalDate asOf) {
        return new HistoryPanel(portfolioId, asOf, history, rules, () -> readers.requireRead(portfolioId)
                == AccessRole.OWNER);
    }
}
