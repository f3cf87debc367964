package com.rotationrisk.proposal.ui;

import com.rotationrisk.marketdata.InstrumentCatalog;
import com.rotationrisk.marketdata.Ticker;
import com.rotationrisk.portfolio.PortfolioDetails;
import com.rotationrisk.portfolio.PortfolioReaders;
import com.rotationrisk.portfolio.PortfolioService;
import com.rotationrisk.proposal.ConcurrentProposalEditException;
import com.rotationrisk.proposal.InvalidProposalException;
import com.rotationrisk.proposal.ProposalComparison;
import com.rotationrisk.proposal.ProposalDrafts;
import com.rotationrisk.proposal.ProposalService;
import com.rotationrisk.proposal.StoredProposal;
import com.rotationrisk.proposal.Suggestion;
import com.rotationrisk.proposal.Trade;
import com.rotationrisk.uikit.ConfirmDestructive;
import com.rotationrisk.uikit.ScreenDates;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;

/**
 * The Proposals tab's content, built the first time it is shown: the portfolio's proposals, the editor of one with
 * its before/after, accept and reject, and the suggestion helper. Who may change what is decided by
 * {@link ProposalDrafts}; the screen only mirrors it.
 */
class ProposalsPanel extends VerticalLayout {

    private final long portfolioId;
    private final LocalDate asOf;
    private final ProposalDrafts drafts;
    private final ProposalService proposals;
    private final PortfolioService portfolios;
    private final PortfolioReaders readers;
    private final InstrumentCatalog catalog;
    private final Grid<StoredProposal> list = new Grid<>();
    private final Div editorArea = new Div();
    private final Div effectArea = new Div();
    private final Div suggestArea = new Div();
    private ProposalForm form;
    private StoredProposal current;
    private boolean mayEdit;
    private boolean built;

    ProposalsPanel(long portfolioId, LocalDate asOf, ProposalDrafts drafts, ProposalService proposals,
                   PortfolioService portfolios, PortfolioReaders readers, InstrumentCatalog catalog) {
        this.portfolioId = portfolioId;
        this.asOf = asOf;
        this.drafts = drafts;
        this.proposals = proposals;
        this.portfolios = portfolios;
        this.readers = readers;
        this.catalog = catalog;
        setPadding(false);
        setId("proposals-tab");
    }

    @Override
    protected void onAttach(AttachEvent event) {
        if (!built) {
            built = true;
            build();
        }
    }

    private void build() {
        mayEdit = readers.requireRead(portfolioId).mayEdit();
        PortfolioDetails portfolio = portfolios.open(portfolioId);
        List<String> held = portfolio.content().holdings().stream().map(h -> Ticker.canonical(h.ticker()))
                .filter(t -> !Ticker.isCash(t)).distinct().toList();
        Map<String, String> universe = new LinkedHashMap<>();
        held.forEach(t -> universe.put(t, catalog.names().getOrDefault(t, t)));
        universe.putAll(catalog.names());
        universe.remove(Ticker.CASH);
        form = new ProposalForm(universe, ScreenDates.locale());
        form.addSaveListener(e -> save(e.name(), e.trades()));
        form.addEffectListener(e -> showEffect(e.trades()));
        form.addAcceptListener(e -> confirmAccept());
        form.addRejectListener(e -> confirmReject());

        Button create = new Button("New proposal", VaadinIcon.PLUS.create(), e -> open(null));
        create.setId("new-proposal");
        create.setVisible(mayEdit);
        Button suggest = new Button("Suggest de-risking trades", VaadinIcon.LIGHTBULB.create(),
                e -> suggestArea.setVisible(!suggestArea.isVisible()));
        suggest.setId("open-suggestion");
        add(new Paragraph("Proposals are trades drafted on this portfolio and scored before and after at the prices "
                + "of " + ScreenDates.format(asOf) + ". Accepting one changes the holdings."
                + (mayEdit ? "" : " You have view access only: you can read the proposals but not change them.")),
                new HorizontalLayout(create, suggest));

        list.addColumn(StoredProposal::name).setHeader("Proposal").setAutoWidth(true).setFlexGrow(1);
        list.addColumn(p -> p.status().label()).setHeader("Status").setAutoWidth(true);
        list.addColumn(p -> lastChange(p)).setHeader("Last change").setAutoWidth(true);
        list.addComponentColumn(p -> {
            Button openIt = new Button(mayEdit && p.status() == StoredProposal.Status.DRAFT ? "Open" : "View",
                    e -> open(drafts.open(p.id())));
            openIt.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            openIt.setAriaLabel("Open proposal " + p.name());
            return openIt;
        }).setAutoWidth(true);
        list.setAllRowsVisible(true);
        list.setEmptyStateText(mayEdit ? "No proposals yet: press \u201CNew proposal\u201D or ask for a suggestion."
                : "No proposals yet.");
        list.addThemeVariants(GridVariant.LUMO_COMPACT);
        list.setId("proposal-list");
        list.setAriaLabel("Proposals of this portfolio");
        refreshList();
        add(list);

        suggestArea.setId("suggestion-panel");
        suggestArea.setWidthFull();
        suggestArea.setVisible(false);
        SuggestForm suggestForm = new SuggestForm(held, ScreenDates.locale());
        Div suggestResult = new Div();
        suggestResult.setWidthFull();
        suggestForm.addSuggestListener(e -> runSuggestion(e.getSource(), suggestResult, e.limits()));
        suggestArea.add(new H3("Suggest trades that reduce the grade"), suggestForm, suggestResult);
        editorArea.setWidthFull();
        effectArea.setWidthFull();
        add(suggestArea, editorArea, effectArea);
    }

    private void refreshList() {
        list.setItems(drafts.ofPortfolio(portfolioId));
    }

    private static String lastChange(StoredProposal p) {
        if (p.decidedByName() != null) {
            return p.status().label() + " by " + p.decidedByName() + ", " + ScreenDates.formatDateTime(p.decidedAt());
        }
        return p.updatedByName() + ", " + ScreenDates.formatDateTime(p.updatedAt());
    }

    /** Opens a saved proposal in the editor, or a new one when {@code proposal} is null. */
    private void open(StoredProposal proposal) {
        current = proposal;
        effectArea.removeAll();
        editorArea.removeAll();
        editorArea.add(new H3(proposal == null ? "New proposal" : "Proposal \u201C" + proposal.name() + "\u201D"), form);
        if (proposal == null) {
            form.setContent("", List.of(), mayEdit, null);
        } else {
            form.setContent(proposal.name(), proposal.trades(), mayEdit, proposal.status());
            if (proposal.status() == StoredProposal.Status.DRAFT) {
                showEffect(proposal.trades());
            }
        }
    }

    private void save(String name, List<Trade> trades) {
        try {
            StoredProposal saved = current == null ? drafts.create(portfolioId, name, trades)
                    : drafts.save(current.id(), name, trades, current.version());
            refreshList();
            open(saved);
            Notification.show("Saved \u201C" + saved.name() + "\u201D.");
        } catch (InvalidProposalException e) {
            form.showProblems(e.problems());
        } catch (ConcurrentProposalEditException | AccessDeniedException e) {
            form.setNotice(e.getMessage());
        } finally {
            form.saveFinished();
        }
    }

    private void showEffect(List<Trade> trades) {
        effectArea.removeAll();
        try {
            effectArea.add(comparison(proposals.compare(portfolioId, asOf, trades), trades));
        } catch (InvalidProposalException e) {
            form.showProblems(e.problems());
            effectArea.add(new Paragraph("The effect cannot be shown until the problems above are fixed."));
        }
    }

    private static ComparisonPanel comparison(ProposalComparison c, List<Trade> trades) {
        return new ComparisonPanel(c, trades.stream().map(t -> ProposalDrafts.describe(List.of(t))).toList());
    }

    private void confirmAccept() {
        StoredProposal p = current;
        ConfirmDestructive.open("Accept \u201C" + p.name() + "\u201D and change the holdings?",
                "The holdings of this portfolio change: " + ProposalDrafts.describe(p.trades()) + ". The trades are "
                        + "applied at the prices of the portfolio's latest valuation date and saved as a new version "
                        + "of the holdings; the proposal is then accepted and can no longer be changed.",
                "Accept and change the holdings", () -> accept(p)).setId("accept-confirmation");
    }

    private void accept(StoredProposal p) {
        try {
            PortfolioDetails saved = drafts.accept(p.id(), p.version());
            refreshList();
            open(drafts.open(p.id()));
            Anchor analysis = new Anchor("portfolios/view/" + saved.id(), "Open the analysis of the saved holdings");
            analysis.setId("saved-holdings-link");
            Paragraph done = new Paragraph("Accepted. The holdings are saved (now " + saved.content().holdings()
                    .size() + " holdings). ");
            done.setId("accept-result");
            done.getElement().setAttribute("role", "status");
            done.add(analysis);
            effectArea.removeAll();
            effectArea.add(done);
        } catch (InvalidProposalException e) {
            form.showProblems(e.problems());
        } catch (ConcurrentProposalEditException | AccessDeniedException e) {
            form.setNotice(e.getMessage());
        }
    }

    private void confirmReject() {
        StoredProposal p = current;
        ConfirmDestructive.open("Reject \u201C" + p.name() + "\u201D?", "The proposal is kept for the record, shown "
                + "as rejected, and can no longer be changed or accepted. The holdings do not change.", "Reject",
                () -> reject(p));
    }

    private void reject(StoredProposal p) {
        try {
            StoredProposal rejected = drafts.reject(p.id(), p.version());
            refreshList();
            open(rejected);
        } catch (ConcurrentProposalEditException | AccessDeniedException e) {
            form.setNotice(e.getMessage());
        }
    }

    private void runSuggestion(SuggestForm suggestForm, Div result, com.rotationrisk.proposal.SuggestionConstraints
            limits) {
        result.removeAll();
        Suggestion s;
        try {
            s = proposals.suggest(portfolioId, asOf, limits);
        } catch (InvalidProposalException e) {
            Paragraph problems = new Paragraph(String.join(" ", e.problems().stream().map(p -> p.message())
                    .toList()));
            problems.addClassName("error-text");
            problems.getElement().setAttribute("role", "alert");
            result.add(problems);
            return;
        }
        Paragraph outcome = new Paragraph((s.reached() ? "Target reached." : "Target not reached.")
                + (s.stoppedBecause() == null ? "" : " Why the search stopped: " + s.stoppedBecause()));
        outcome.setId("suggestion-outcome");
        outcome.getElement().setAttribute("role", "status");
        OrderedList steps = new OrderedList();
        s.steps().forEach(step -> steps.add(new ListItem(step)));
        steps.setId("suggestion-steps");
        result.add(outcome, steps);
        if (s.steps().isEmpty()) {
            result.add(new Paragraph("No trade was suggested."));
        }
        if (!s.trades().isEmpty()) {
            Button saveAs = new Button("Save as a proposal", VaadinIcon.FILE_ADD.create(), e -> {
                try {
                    StoredProposal saved = drafts.create(portfolioId, "Suggested: reach "
                            + limits.targetBand().label().toLowerCase(java.util.Locale.ROOT) + " or lower", s.trades());
                    refreshList();
                    open(saved);
                    Notification.show("Saved the suggestion as the draft \u201C" + saved.name() + "\u201D.");
                } catch (InvalidProposalException | AccessDeniedException ex) {
                    result.add(new Paragraph(ex.getMessage()));
                }
            });
            saveAs.setId("save-suggestion");
            saveAs.setVisible(mayEdit);
            result.add(saveAs);
            try {
                result.add(comparison(proposals.compare(portfolioId, asOf, s.trades()), s.trades()));
            } catch (InvalidProposalException e) {
                result.add(new Paragraph("The before/after cannot be shown: " + e.getMessage()));
            }
        }
    }
}
