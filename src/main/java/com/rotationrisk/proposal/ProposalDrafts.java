package com.rotationrisk.proposal;

import com.rotationrisk.audit.AuditAction;
import com.rotationrisk.audit.AuditTrail;
import com.rotationrisk.marketdata.Ticker;
import com.rotationrisk.portfolio.AccessRole;
import com.rotationrisk.portfolio.PortfolioDetails;
import com.rotationrisk.portfolio.PortfolioDraft;
import com.rotationrisk.portfolio.PortfolioReaders;
import com.rotationrisk.portfolio.PortfolioService;
import com.rotationrisk.security.CurrentUser;
import com.rotationrisk.security.SignedInUser;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Proposals saved with a portfolio: anyone who may read the portfolio reads them; its owner and editors draft, change,
 * accept or reject them. Each change carries the version it was made on (optimistic locking, as the holdings do).
 * Accepting applies the trades to the holdings at the portfolio's default valuation date in one transaction with the
 * proposal's new state, through the portfolio's own save (its rules, its version check, its audit entry).
 */
@Service
@PreAuthorize("isAuthenticated()")
public class ProposalDrafts {

    public static final int MAX_NAME = 120;

    private final ProposalStore store;
    private final ProposalService proposals;
    private final PortfolioService portfolios;
    private final PortfolioReaders readers;
    private final CurrentUser currentUser;
    private final AuditTrail audit;
    private final Clock clock;

    ProposalDrafts(ProposalStore store, ProposalService proposals, PortfolioService portfolios,
                   PortfolioReaders readers, CurrentUser currentUser, AuditTrail audit, Clock clock) {
        this.store = store;
        this.proposals = proposals;
        this.portfolios = portfolios;
        this.readers = readers;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<StoredProposal> ofPortfolio(long portfolioId) {
        readers.requireRead(portfolioId);
        return withNames(store.ofPortfolio(portfolioId));
    }

    @Transactional(readOnly = true)
    public StoredProposal open(long proposalId) {
        ProposalStore.Row row = require(proposalId);
        readers.requireRead(row.portfolioId());
        return withNames(List.of(row)).getFirst();
    }

    @Transactional
    public StoredProposal create(long portfolioId, String name, List<Trade> trades) {
        SignedInUser me = currentUser.require();
        requireEdit(portfolioId);
        String valid = validate(name, trades);
        long id = store.insert(portfolioId, valid, me.id(), clock.instant());
        store.replaceTrades(id, normalised(trades));
        audit.record(AuditAction.PROPOSAL_SAVED, me.auditActor(), portfolioId, "\"" + valid + "\": "
                + describe(trades));
        return open(id);
    }

    @Transactional
    public StoredProposal save(long proposalId, String name, List<Trade> trades, long expectedVersion) {
        SignedInUser me = currentUser.require();
        ProposalStore.Row row = require(proposalId);
        requireEdit(row.portfolioId());
        String valid = validate(name, trades);
        if (!store.update(proposalId, valid, expectedVersion, me.id(), clock.instant())) {
            throw new ConcurrentProposalEditException(open(proposalId));
        }
        store.replaceTrades(proposalId, normalised(trades));
        audit.record(AuditAction.PROPOSAL_SAVED, me.auditActor(), row.portfolioId(), "\"" + valid + "\": "
                + describe(trades));
        return open(proposalId);
    }

    /** Applies the trades to the holdings at the portfolio's default valuation date; returns the saved portfolio. */
    @Transactional
    public PortfolioDetails accept(long proposalId, long expectedVersion) {
        SignedInUser me = currentUser.require();
        ProposalStore.Row row = require(proposalId);
        requireEdit(row.portfolioId());
        StoredProposal current = open(proposalId);
        if (current.version() != expectedVersion || current.status() != StoredProposal.Status.DRAFT) {
            throw new ConcurrentProposalEditException(current);
        }
        PortfolioDetails portfolio = portfolios.open(row.portfolioId());
        LocalDate asOf = portfolios.defaultAsOf(row.portfolioId());
        if (asOf == null) {
            throw new InvalidProposalException(List.of(new TradePlan.Problem(-1, "None of the holdings has prices, so "
                    + "the trades cannot be priced.")));
        }
        TradePlan.Result plan = proposals.plan(row.portfolioId(), asOf, current.trades());
        if (!store.decide(proposalId, StoredProposal.Status.ACCEPTED, expectedVersion, me.id(), clock.instant())) {
            throw new ConcurrentProposalEditException(open(proposalId));
        }
        PortfolioDraft content = portfolio.content();
        PortfolioDetails saved = portfolios.save(row.portfolioId(), new PortfolioDraft(content.clientName(),
                content.baseCurrency(), content.notes(), plan.after()), portfolio.version(), content);
        audit.record(AuditAction.PROPOSAL_ACCEPTED, me.auditActor(), row.portfolioId(), "\"" + current.name()
                + "\" at the prices of " + asOf + ": " + describe(current.trades()));
        return saved;
    }

    @Transactional
    public StoredProposal reject(long proposalId, long expectedVersion) {
        SignedInUser me = currentUser.require();
        ProposalStore.Row row = require(proposalId);
        requireEdit(row.portfolioId());
        if (!store.decide(proposalId, StoredProposal.Status.REJECTED, expectedVersion, me.id(), clock.instant())) {
            throw new ConcurrentProposalEditException(open(proposalId));
        }
        audit.record(AuditAction.PROPOSAL_REJECTED, me.auditActor(), row.portfolioId(), "\"" + row.name() + "\"");
        return open(proposalId);
    }

    private ProposalStore.Row require(long proposalId) {
        return store.find(proposalId).orElseThrow(() -> new AccessDeniedException("No such proposal"));
    }

    private void requireEdit(long portfolioId) {
        AccessRole role = readers.requireRead(portfolioId);
        if (!role.mayEdit()) {
            throw new AccessDeniedException("You may view this portfolio but not change its proposals");
        }
    }

    private static String validate(String name, List<Trade> trades) {
        List<TradePlan.Problem> problems = problems(name, trades);
        if (!problems.isEmpty()) {
            throw new InvalidProposalException(problems);
        }
        return name.strip();
    }

    /** Every problem of a proposal's name and trades that can be seen without the portfolio (the editor asks too). */
    public static List<TradePlan.Problem> problems(String name, List<Trade> trades) {
        String valid = name == null ? "" : name.strip();
        List<TradePlan.Problem> problems = new ArrayList<>();
        if (valid.isEmpty()) {
            problems.add(new TradePlan.Problem(-1, "Name the proposal."));
        } else if (valid.length() > MAX_NAME) {
            problems.add(new TradePlan.Problem(-1, "A proposal's name has at most " + MAX_NAME + " characters (this "
                    + "one has " + valid.length() + ")."));
        }
        if (trades.isEmpty()) {
            problems.add(new TradePlan.Problem(-1, "Add at least one trade."));
        }
        problems.addAll(TradePlan.structuralProblems(trades));
        return problems;
    }

    private static List<Trade> normalised(List<Trade> trades) {
        return trades.stream().map(t -> new Trade(t.kind(), canonical(t.ticker()), canonical(t.toTicker()),
                t.amountKind(), t.amount())).toList();
    }

    private static String canonical(String ticker) {
        return ticker == null || ticker.isBlank() ? null : Ticker.canonical(ticker);
    }

    public static String describe(List<Trade> trades) {
        List<String> out = new ArrayList<>();
        for (Trade t : trades) {
            String amount = t.amount().stripTrailingZeros().toPlainString() + switch (t.amountKind()) {
                case SHARES -> " shares";
                case VALUE -> " USD";
                case PERCENT_OF_POSITION -> " % of the position";
            };
            out.add(switch (t.kind()) {
                case SELL -> "sell " + amount + " of " + canonical(t.ticker());
                case BUY -> "buy " + amount + " of " + canonical(t.ticker());
                case SWITCH -> "switch " + amount + " of " + canonical(t.ticker()) + " into "
                        + canonical(t.toTicker());
                case RAISE_CASH -> "raise " + amount + " in cash";
            });
        }
        String text = String.join("; ", out);
        return text.length() > 900 ? text.substring(0, 899) + "…" : text;
    }

    private List<StoredProposal> withNames(List<ProposalStore.Row> rows) {
        Set<Long> people = new HashSet<>();
        rows.forEach(r -> {
            people.add(r.updatedBy());
            if (r.decidedBy() != null) {
                people.add(r.decidedBy());
            }
        });
        Map<Long, String> names = currentUser.displayNames(people);
        return rows.stream().map(r -> new StoredProposal(r.id(), r.portfolioId(), r.name(), r.status(), r.version(),
                store.trades(r.id()), names.getOrDefault(r.updatedBy(), "unknown"), r.updatedAt(),
                r.decidedBy() == null ? null : names.getOrDefault(r.decidedBy(), "unknown"), r.decidedAt())).toList();
    }
}
