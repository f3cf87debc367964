package com.rotationrisk.proposal.ui;

import com.rotationrisk.marketdata.InstrumentCatalog;
import com.rotationrisk.portfolio.PortfolioReaders;
import com.rotationrisk.portfolio.PortfolioService;
import com.rotationrisk.portfolio.ui.AnalysisTab;
import com.rotationrisk.proposal.ProposalDrafts;
import com.rotationrisk.proposal.ProposalService;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/** The Proposals tab of a portfolio: drafts of trades, their effect before and after, and de-risking suggestions. */
@Component
class ProposalsTab implements AnalysisTab {

    static final String TITLE = "Proposals";

    private final ProposalDrafts drafts;
    private final ProposalService proposals;
    private final PortfolioService portfolios;
    private final PortfolioReaders readers;
    private final InstrumentCatalog catalog;

    ProposalsTab(ProposalDrafts drafts, ProposalService proposals, PortfolioService portfolios,
                 PortfolioReaders readers, InstrumentCatalog catalog) {
        this.drafts = drafts;
        this.proposals = proposals;
        this.portfolios = portfolios;
        this.readers = readers;
        this.catalog = catalog;
    }

    @Override
    public String title() {
        return TITLE;
    }

    /** Built when the tab is first shown, so opening the analysis does not score any proposal. */
    @Override
    public com.vaadin.flow.component.Component create(long portfolioId, LocalDate asOf) {
        return new ProposalsPanel(portfolioId, asOf, drafts, proposals, portfolios, readers, catalog);
    }
}
