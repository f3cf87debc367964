package com.rotationrisk.proposal;

import com.rotationrisk.marketdata.BarStore;
import com.rotationrisk.marketdata.Ticker;
import com.rotationrisk.portfolio.HoldingInput;
import com.rotationrisk.portfolio.PortfolioDetails;
import com.rotationrisk.portfolio.PortfolioDraft;
import com.rotationrisk.portfolio.PortfolioRules;
import com.rotationrisk.portfolio.PortfolioService;
import com.rotationrisk.risk.engine.PortfolioAssessment;
import com.rotationrisk.risk.engine.PositionAssessment;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a proposal would do: the portfolio's saved holdings scored at {@code asOf} (before), the trades applied at that
 * date's prices ({@link TradePlan}), and the result scored the same way (after). For anyone who may read the
 * portfolio; the access check is the portfolio service's.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class ProposalService {

    private final PortfolioService portfolios;
    private final BarStore bars;

    ProposalService(PortfolioService portfolios, BarStore bars) {
        this.portfolios = portfolios;
        this.bars = bars;
    }

    @Transactional(readOnly = true)
    public ProposalComparison compare(long portfolioId, LocalDate asOf, List<Trade> trades) {
        Priced priced = price(portfolioId, asOf, trades);
        return compared(priced.clientName(), priced.holdings(), priced.before(), priced.prices(), trades,
                priced.scorer());
    }

    /**
     * What {@code trades} would do to holdings the caller already has, such as an archived report's inputs:
     * {@code before} is those holdings scored by {@code scorer} at its date, and the after holdings are scored by
     * the same {@code scorer}. Reads no portfolio, only market prices (the last close of the tickers to buy).
     */
    public ProposalComparison compare(String clientName, List<HoldingInput> holdings, PortfolioAssessment before,
                                      List<Trade> trades, Function<List<HoldingInput>, PortfolioAssessment> scorer) {
        return compared(clientName, holdings, before, prices(before, toBuy(trades), before.asOf()), trades, scorer);
    }

    private static ProposalComparison compared(String clientName, List<HoldingInput> holdings,
                                               PortfolioAssessment before, Map<String, Double> prices,
                                               List<Trade> trades,
                                               Function<List<HoldingInput>, PortfolioAssessment> scorer) {
        TradePlan.Result plan = TradePlan.apply(holdings, trades, prices);
        if (!plan.ok()) {
            throw new InvalidProposalException(plan.problems());
        }
        requireSavable(clientName, plan.after());
        PortfolioAssessment after = scorer.apply(plan.after());
        double value = before.coverage().knownValue();
        Double turnover = value > 0 ? (plan.soldValue() + plan.boughtValue()) / value : null;
        return new ProposalComparison(before, after, plan.executions(), plan.soldValue(), plan.boughtValue(),
                turnover, plan.knownRealisedGain(), plan.gainUnknownFor(), TradePlan.GAIN_METHOD);
    }

    /**
     * The saved holdings scored at {@code asOf} and priced for {@code trades}, with a scorer for variants that
     * reuses what the first scoring read and analysed (one read of the bars, each instrument analysed once).
     */
    private record Priced(String clientName, List<HoldingInput> holdings, PortfolioAssessment before,
                          Map<String, Double> prices, Function<List<HoldingInput>, PortfolioAssessment> scorer) {
    }

    private Priced price(long portfolioId, LocalDate asOf, List<Trade> trades) {
        PortfolioDetails details = portfolios.open(portfolioId);
        Set<String> toBuy = toBuy(trades);
        Function<List<HoldingInput>, PortfolioAssessment> scorer = portfolios.variantScorer(portfolioId, asOf, toBuy);
        PortfolioAssessment before = scorer.apply(details.content().holdings());
        return new Priced(details.content().clientName(), details.content().holdings(), before,
                prices(before, toBuy, asOf), scorer);
    }

    private static void requireSavable(String clientName, List<HoldingInput> after) {
        List<PortfolioRules.Problem> problems = PortfolioRules.problems(new PortfolioDraft(clientName, "USD", null,
                after));
        if (!problems.isEmpty()) {
            throw new InvalidProposalException(problems.stream().map(p -> new TradePlan.Problem(-1,
                    "After the trades: " + p.message())).toList());
        }
    }

    /** A de-risking suggestion for the portfolio at {@code asOf} ({@link DeRiskingSuggester}); for its readers. */
    @Transactional(readOnly = true)
    public Suggestion suggest(long portfolioId, LocalDate asOf, SuggestionConstraints limits) {
        if (limits == null || limits.targetBand() == null) {
            throw new InvalidProposalException(List.of(new TradePlan.Problem(-1, "Choose the band to reach.")));
        }
        List<TradePlan.Problem> problems = new java.util.ArrayList<>();
        if (limits.maxTurnover() != null && !(limits.maxTurnover() >= 0 && limits.maxTurnover() <= 2)) {
            problems.add(new TradePlan.Problem(-1, "The most turnover is between 0 % and 200 % of the value."));
        }
        if (limits.maxRealisedGain() != null && !Double.isFinite(limits.maxRealisedGain())) {
            problems.add(new TradePlan.Problem(-1, "Enter the most realised gain as an amount."));
        }
        if (limits.cashFloor() != null && !(limits.cashFloor() >= 0 && Double.isFinite(limits.cashFloor()))) {
            problems.add(new TradePlan.Problem(-1, "The cash to keep is an amount of 0 or more."));
        }
        if (limits.keep().size() > TradePlan.MAX_TRADES * 25) {
            problems.add(new TradePlan.Problem(-1, "Too many holdings to keep."));
        }
        if (!problems.isEmpty()) {
            throw new InvalidProposalException(problems);
        }
        Priced priced = price(portfolioId, asOf, List.of());
        return DeRiskingSuggester.suggest(priced.holdings(), priced.before(), limits, priced.scorer());
    }

    /** The trades applied to the saved holdings at {@code asOf}'s prices; refused with every problem at once. */
    @Transactional(readOnly = true)
    public TradePlan.Result plan(long portfolioId, LocalDate asOf, List<Trade> trades) {
        Priced priced = price(portfolioId, asOf, trades);
        TradePlan.Result plan = TradePlan.apply(priced.holdings(), trades, priced.prices());
        if (!plan.ok()) {
            throw new InvalidProposalException(plan.problems());
        }
        requireSavable(priced.clientName(), plan.after());
        return plan;
    }

    /** Market prices at the valuation date: the scored positions', and the last close of each ticker to buy. */
    private Map<String, Double> prices(PortfolioAssessment before, Set<String> toBuy, LocalDate asOf) {
        Map<String, Double> prices = new HashMap<>();
        for (PositionAssessment p : before.positions()) {
            prices.put(p.ticker(), p.price());
        }
        Set<String> missing = new HashSet<>(toBuy);
        missing.removeAll(prices.keySet());
        if (!missing.isEmpty()) {
            bars.barsUpTo(missing, asOf).forEach((ticker, h) -> {
                if (!h.isEmpty()) {
                    prices.put(ticker, h.lastClose());
                }
            });
        }
        return prices;
    }

    /** The tickers the trades buy (switch targets too), spelled canonically; cash and misspellings left out. */
    private static Set<String> toBuy(List<Trade> trades) {
        Set<String> out = new HashSet<>();
        for (Trade t : trades) {
            String target = t.kind() == Trade.Kind.SWITCH ? t.toTicker() : t.kind() == Trade.Kind.BUY ? t.ticker() : null;
            if (target != null && !target.isBlank()) {
                String canonical = Ticker.canonical(target);
                if (!Ticker.isCash(canonical) && Ticker.problem(canonical).isEmpty()) {
                    out.add(canonical);
                }
            }
        }
        return out;
    }
}
