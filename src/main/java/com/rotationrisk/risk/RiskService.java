package com.rotationrisk.risk;

import com.rotationrisk.marketdata.BarStore;
import com.rotationrisk.marketdata.Benchmarks;
import com.rotationrisk.marketdata.InstrumentCatalog;
import com.rotationrisk.marketdata.InstrumentDetails;
import com.rotationrisk.marketdata.PriceHistory;
import com.rotationrisk.marketdata.Ticker;
import com.rotationrisk.risk.engine.AssetType;
import com.rotationrisk.risk.engine.DailyBars;
import com.rotationrisk.risk.engine.Holding;
import com.rotationrisk.risk.engine.InstrumentMemo;
import com.rotationrisk.risk.engine.InstrumentProfile;
import com.rotationrisk.risk.engine.MarketContext;
import com.rotationrisk.risk.engine.ModelConfig;
import com.rotationrisk.risk.engine.PortfolioAssessment;
import com.rotationrisk.risk.engine.RiskEngine;
import com.rotationrisk.risk.engine.SizeBucket;
import com.rotationrisk.risk.engine.scenario.Scenario;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Scores holdings as of a date: loads the bars (never later than the date) and the instrument
 * details, and hands them to the plain-Java {@link RiskEngine}. Cash is a holding with ticker
 * {@code CASH} (or USD), worth 1 per unit.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class RiskService {

    private final RiskEngine engine = new RiskEngine();
    private final BarStore barStore;
    private final InstrumentCatalog catalog;
    private final ScenarioService scenarios;
    private final Timer scoring;

    RiskService(BarStore barStore, InstrumentCatalog catalog, ScenarioService scenarios, MeterRegistry meters) {
        this.barStore = barStore;
        this.catalog = catalog;
        this.scenarios = scenarios;
        this.scoring = Timer.builder("rotationrisk.scoring")
                .description("Scoring a portfolio: reading its bars and running the risk engine").register(meters);
    }

    /** The model settings every score is computed with; screens band and label scores by them. */
    public ModelConfig config() {
        return engine.config();
    }

    public String modelVersion() {
        return engine.config().modelVersion();
    }

    /** The name of the firm's default rotation spread. */
    public String defaultSpreadName() {
        return catalog.benchmarks().name();
    }

    /** The rotation spreads an analysis may use, the firm's default first. */
    public List<String> spreadNames() {
        return catalog.benchmarkPairs().stream().map(Benchmarks::name).toList();
    }

    /**
     * Scores the holdings under the firm default scenario set. Who asks never changes the scenarios: a portfolio
     * passes its own {@link ScenarioSet} to {@link #assess(List, LocalDate, List, String)}.
     */
    public PortfolioAssessment assess(List<HoldingLine> lines, LocalDate asOf) {
        return assess(lines, asOf, scenarios.firmDefaultScenarios());
    }

    /** Under the firm default scenario set, with the named rotation spread. */
    public PortfolioAssessment assess(List<HoldingLine> lines, LocalDate asOf, String spreadName) {
        return assess(lines, asOf, scenarios.firmDefaultScenarios(), spreadName);
    }

    public PortfolioAssessment assess(List<HoldingLine> lines, LocalDate asOf, List<Scenario> stressScenarios) {
        return assess(lines, asOf, stressScenarios, null);
    }

    /** The rotation spread of that name ({@link InstrumentCatalog#benchmarkPairs}); blank for the firm's default. */
    public PortfolioAssessment assess(List<HoldingLine> lines, LocalDate asOf, List<Scenario> stressScenarios,
                                      String spreadName) {
        return scoring.record(() -> score(lines, asOf, stressScenarios, spreadName));
    }

    /**
     * Scores many portfolios under the firm's default rotation spread, in the order given: the bars and instrument
     * details of all their holdings are read once, and each instrument is analysed once per as-of date (an
     * instrument's analysis does not depend on the portfolio holding it). Same numbers as one
     * {@link #assess(List, LocalDate, List)} per portfolio.
     */
    public List<PortfolioAssessment> assessAll(List<ScoringRequest> requests) {
        Set<String> tickers = new HashSet<>();
        List<List<Holding>> holdings = new ArrayList<>(requests.size());
        for (ScoringRequest r : requests) {
            holdings.add(holdings(r.lines(), tickers));
        }
        Inputs inputs = load(tickers, catalog.benchmarks(null));
        Map<LocalDate, InstrumentMemo> memos = new HashMap<>();
        List<PortfolioAssessment> out = new ArrayList<>(requests.size());
        for (int i = 0; i < requests.size(); i++) {
            ScoringRequest r = requests.get(i);
            List<Holding> h = holdings.get(i);
            InstrumentMemo memo = memos.computeIfAbsent(r.asOf(),
                    d -> new InstrumentMemo(d, inputs.market().spreadName()));
            out.add(scoring.record(() -> engine.assess(h, inputs.profilesWithCash(h), inputs.bars(), inputs.market(),
                    r.asOf(), r.scenarios(), memo)));
        }
        return out;
    }

    /**
     * A scorer for many variants of one portfolio (a proposal's candidate trades): the bars and details of
     * {@code tickers} are read once, and each instrument is analysed once at {@code asOf}; every variant is scored
     * under {@code stressScenarios} and the firm's default rotation spread. Holdings outside {@code tickers} score as
     * instruments without data. Not thread-safe; for one request.
     */
    public Function<List<HoldingLine>, PortfolioAssessment> variants(Set<String> tickers, LocalDate asOf,
                                                                     List<Scenario> stressScenarios) {
        Set<String> known = new HashSet<>();
        tickers.forEach(t -> {
            String ticker = InstrumentDetails.normalizeSymbol(t);
            if (!Ticker.isCash(ticker)) {
                known.add(ticker);
            }
        });
        Inputs inputs = load(known, catalog.benchmarks(null));
        InstrumentMemo memo = new InstrumentMemo(asOf, inputs.market().spreadName());
        return lines -> {
            List<Holding> h = holdings(lines, new HashSet<>());
            return scoring.record(() -> engine.assess(h, inputs.profilesWithCash(h), inputs.bars(), inputs.market(),
                    asOf, stressScenarios, memo));
        };
    }

    private PortfolioAssessment score(List<HoldingLine> lines, LocalDate asOf, List<Scenario> stressScenarios,
                                      String spreadName) {
        Set<String> tickers = new HashSet<>();
        List<Holding> holdings = holdings(lines, tickers);
        Inputs inputs = load(tickers, catalog.benchmarks(spreadName));
        return engine.assess(holdings, inputs.profilesWithCash(holdings), inputs.bars(), inputs.market(), asOf,
                stressScenarios);
    }

    /** The engine's holdings of {@code lines}; adds the non-cash tickers to {@code tickers}. */
    private static List<Holding> holdings(List<HoldingLine> lines, Set<String> tickers) {
        List<Holding> holdings = new ArrayList<>(lines.size());
        for (HoldingLine line : lines) {
            String ticker = InstrumentDetails.normalizeSymbol(line.ticker());
            holdings.add(new Holding(ticker, line.quantity(), line.costBasisPerShare(), line.filePrice(),
                    line.filePriceDate()));
            if (!Ticker.isCash(ticker)) {
                tickers.add(ticker);
            }
        }
        return holdings;
    }

    private record Inputs(Map<String, DailyBars> bars, Map<String, InstrumentProfile> profiles, MarketContext market) {

        Map<String, InstrumentProfile> profilesWithCash(List<Holding> holdings) {
            Map<String, InstrumentProfile> all = profiles;
            for (String ticker : tickersOf(holdings)) {
                if (Ticker.isCash(ticker)) {
                    if (all == profiles) {
                        all = new HashMap<>(profiles);
                    }
                    all.put(ticker, InstrumentProfile.cash(ticker));
                }
            }
            return all;
        }
    }

    private Inputs load(Set<String> tickers, Benchmarks benchmarks) {
        Set<String> toLoad = new HashSet<>(tickers);
        if (benchmarks.largeCapSymbol() != null) {
            toLoad.add(benchmarks.largeCapSymbol());
        }
        if (benchmarks.smallCapSymbol() != null) {
            toLoad.add(benchmarks.smallCapSymbol());
        }
        // Whole cached histories, not copies cut at asOf: the engine reads only bars dated <= asOf (its
        // no-look-ahead test), and seeing the first bar lets it say "no data before the as-of date".
        Map<String, PriceHistory> histories = barStore.barsUpTo(toLoad, LocalDate.MAX);
        Map<String, DailyBars> bars = new HashMap<>();
        histories.forEach((symbol, h) -> {
            if (!h.isEmpty()) {
                bars.put(symbol, toBars(h));
            }
        });
        Map<String, InstrumentProfile> profiles = new HashMap<>();
        catalog.findAll(List.copyOf(tickers)).forEach((symbol, d) -> profiles.put(symbol, toProfile(d)));
        MarketContext market = new MarketContext(bars.get(benchmarks.largeCapSymbol()),
                benchmarks.smallCapSymbol() == null ? null : bars.get(benchmarks.smallCapSymbol()),
                benchmarks.describe());
        return new Inputs(bars, profiles, market);
    }

    private static Set<String> tickersOf(List<Holding> holdings) {
        Set<String> tickers = new HashSet<>();
        holdings.forEach(h -> tickers.add(h.ticker()));
        return tickers;
    }

    private static DailyBars toBars(PriceHistory h) {
        return new DailyBars(h.symbol(), h.dates(), h.open(), h.high(), h.low(), h.close(), h.volume());
    }

    static InstrumentProfile toProfile(InstrumentDetails d) {
        return new InstrumentProfile(d.symbol(), d.name(), AssetType.valueOf(d.assetType().name()), d.sector(),
                d.industry(), d.sizeBucket() == null ? null : SizeBucket.valueOf(d.sizeBucket().name()));
    }

}
