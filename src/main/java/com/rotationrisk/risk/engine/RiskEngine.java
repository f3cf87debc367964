package com.rotationrisk.risk.engine;

import com.rotationrisk.risk.engine.HoldingIssue.IssueCode;
import com.rotationrisk.risk.engine.indicators.MarketView;
import com.rotationrisk.risk.engine.scenario.Scenario;
import com.rotationrisk.risk.engine.scenario.ScenarioImpact;
import com.rotationrisk.risk.engine.scenario.ScenarioMath;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Scores a portfolio. Stateless and thread-safe: every call builds its own working objects. Only bars dated on or
 * before {@code asOf} are read. Bad input never produces a made-up number: the holding gets a {@link HoldingIssue}
 * and the rest of the portfolio is still scored.
 */
public final class RiskEngine {

    /** A last close older than this (calendar days, covers long holiday weekends) is not used to value a holding. */
    public static final int MAX_PRICE_AGE_DAYS = 10;

    /** Below this many positions the per-instrument work runs sequentially (fork/join overhead dominates). */
    static final int PARALLEL_THRESHOLD = 32;

    private final ModelConfig config;

    public RiskEngine() {
        this(ModelConfig.defaults());
    }

    public RiskEngine(ModelConfig config) {
        this.config = Objects.requireNonNull(config);
    }

    public ModelConfig config() {
        return config;
    }

    public PortfolioAssessment assess(List<Holding> holdings, Map<String, InstrumentProfile> profiles,
            Map<String, DailyBars> bars, MarketContext market, LocalDate asOf, List<Scenario> scenarios) {
        return assess(holdings, profiles, bars, market, asOf, scenarios, null);
    }

    /**
     * As {@link #assess(List, Map, Map, MarketContext, LocalDate, List)}, reusing the instrument analyses in
     * {@code memo} (null: none) that earlier portfolios of the same batch computed from the same bars.
     */
    public PortfolioAssessment assess(List<Holding> holdings, Map<String, InstrumentProfile> profiles,
            Map<String, DailyBars> bars, MarketContext market, LocalDate asOf, List<Scenario> scenarios,
            InstrumentMemo memo) {
        Objects.requireNonNull(asOf, "asOf");
        MarketView mv = MarketView.of(market, asOf);
        List<HoldingIssue> issues = new ArrayList<>();
        List<UnscoredHolding> unscored = new ArrayList<>();
        List<ValidHolding> valid = validate(holdings, profiles, bars, asOf, mv, issues, unscored);

        IntStream indexes = IntStream.range(0, valid.size());
        if (valid.size() >= PARALLEL_THRESHOLD) {
            indexes = indexes.parallel();
        }
        InstrumentAnalysis[] analyses = new InstrumentAnalysis[valid.size()];
        indexes.forEach(i -> analyses[i] = memo == null || valid.get(i).bars == null ? analyse(valid.get(i), mv)
                : memo.get(valid.get(i).holding.ticker(), asOf, market.spreadName(), () -> analyse(valid.get(i), mv)));

        double total = 0;
        for (int i = 0; i < valid.size(); i++) {
            total += valid.get(i).holding.quantity() * analyses[i].price();
        }
        MarketRegime regime = RegimeDetector.detect(mv.largeCap(), config.regime());
        List<Double> spreadShocks = scenarios.stream()
                .map(s -> ScenarioMath.effectiveSpreadShock(s, mv.spreadYtdPct())).toList();
        List<PositionAssessment> positions = new ArrayList<>(valid.size());
        for (int i = 0; i < valid.size(); i++) {
            positions.add(position(valid.get(i), analyses[i], total, regime, scenarios, spreadShocks, bars, asOf));
        }
        for (PositionAssessment p : positions) {
            issues.addAll(p.issues());
        }
        return PortfolioRollup.build(config, asOf, total, positions, issues, bars, mv, regime, scenarios,
                spreadShocks, unscored, market.spreadName());
    }

    private record ValidHolding(Holding holding, InstrumentProfile profile, DailyBars bars, int end,
            List<HoldingIssue> issues) {
    }

    private List<ValidHolding> validate(List<Holding> holdings, Map<String, InstrumentProfile> profiles,
            Map<String, DailyBars> bars, LocalDate asOf, MarketView mv, List<HoldingIssue> issues,
            List<UnscoredHolding> unscored) {
        List<ValidHolding> valid = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Holding h : holdings) {
            String t = h.ticker();
            if (!seen.add(t)) {
                issues.add(new HoldingIssue(t, IssueCode.DUPLICATE_TICKER,
                        t + " appears more than once; only the first line (quantity "
                                + firstQuantity(holdings, t) + ") is scored, this line (quantity " + h.quantity()
                                + ") is ignored. Merge the lines if both are real."));
                continue;
            }
            if (!(h.quantity() > 0)) {
                issues.add(new HoldingIssue(t, IssueCode.NON_POSITIVE_QUANTITY,
                        t + " has quantity " + h.quantity() + "; only positive quantities are scored."));
                continue;
            }
            InstrumentProfile profile = profiles.get(t);
            if (profile == null) {
                notScored(h, IssueCode.UNKNOWN_TICKER, t + " is not a known instrument (no profile)", asOf, issues,
                        unscored);
                continue;
            }
            List<HoldingIssue> own = new ArrayList<>();
            if (profile.type() == AssetType.CASH) {
                valid.add(new ValidHolding(h, profile, null, -1, own));
                continue;
            }
            DailyBars b = bars.get(t);
            if (b == null || b.size() == 0) {
                notScored(h, IssueCode.NO_PRICE_DATA, t + " has no price history", asOf, issues, unscored);
                continue;
            }
            int end = b.lastIndexOnOrBefore(asOf);
            if (end < 0) {
                notScored(h, IssueCode.NO_DATA_BEFORE_AS_OF, t + "'s first bar is " + b.dates()[0]
                        + ", after the as-of date " + asOf, asOf, issues, unscored);
                continue;
            }
            long age = java.time.temporal.ChronoUnit.DAYS.between(b.dates()[end], asOf);
            if (age > MAX_PRICE_AGE_DAYS) {
                notScored(h, IssueCode.STALE_PRICE, t + "'s last bar is " + b.dates()[end] + ", " + age
                        + " days before the as-of date " + asOf + "; a price that old would misstate its value, so",
                        asOf, issues, unscored);
                continue;
            }
            if (!b.dates()[end].equals(asOf)) {
                own.add(new HoldingIssue(t, IssueCode.AS_OF_NOT_A_TRADING_DAY, t + " has no bar on " + asOf
                        + "; the close of " + b.dates()[end] + " (last bar on or before it) is used."));
            }
            if (mv.largeCap() == null || mv.smallCap() == null) {
                own.add(new HoldingIssue(t, IssueCode.BENCHMARK_MISSING, t + ": the "
                        + (mv.largeCap() == null ? (mv.smallCap() == null ? "market and rotation legs of the spread are"
                                : "market leg of the spread is") : "rotation leg of the spread is")
                        + " missing; components and betas that need it are not scored."));
            }
            valid.add(new ValidHolding(h, profile, b, end, own));
        }
        return valid;
    }

    private static void notScored(Holding h, IssueCode code, String why, LocalDate asOf, List<HoldingIssue> issues,
            List<UnscoredHolding> unscored) {
        UnscoredHolding u = UnscoredHolding.of(h, asOf, MAX_PRICE_AGE_DAYS, why);
        unscored.add(u);
        issues.add(new HoldingIssue(h.ticker(), code, why + (why.endsWith(" so") ? " " : "; ") + u.consequence()));
    }

    private static double firstQuantity(List<Holding> holdings, String ticker) {
        return holdings.stream().filter(x -> x.ticker().equals(ticker)).findFirst().orElseThrow().quantity();
    }

    private InstrumentAnalysis analyse(ValidHolding v, MarketView mv) {
        if (v.bars == null) {
            return cashAnalysis(v.holding.ticker(), mv.asOf());
        }
        return InstrumentAnalyzer.analyze(config, v.bars, v.end, mv);
    }

    private InstrumentAnalysis cashAnalysis(String ticker, LocalDate asOf) {
        ComponentSpec spec = new ComponentSpec(ComponentKeys.CASH, "Cash", 1.0, List.of(new Breakpoint(0, 0)));
        ComponentScore c = Components.ok(spec, 0, "Cash cannot be crowded and does not reverse.");
        return new InstrumentAnalysis(ticker, -1, asOf, 1.0,
                Components.combine(Dimension.MOMENTUM_CROWDING, List.of(c), config.scoring()),
                Components.combine(Dimension.REVERSAL_RISK, List.of(c), config.scoring()), Betas.ZERO, null);
    }

    private PositionAssessment position(ValidHolding v, InstrumentAnalysis a, double total, MarketRegime regime,
            List<Scenario> scenarios, List<Double> spreadShocks, Map<String, DailyBars> bars, LocalDate asOf) {
        Holding h = v.holding;
        double mv = h.quantity() * a.price();
        double weight = total > 0 ? mv / total : 0;
        DimensionScore reversal = a.reversalBase();
        OptionalDouble crowd = a.crowding().score();
        if (regime.upliftPoints() > 0 && crowd.isPresent()
                && crowd.getAsDouble() >= config.regime().highMomentumCrowding()) {
            reversal = Components.adjust(reversal, regime.upliftPoints(), "Market regime " + regime.state().label()
                    + " (Daniel & Moskowitz): when markets rebound from a panic, crowded winners lag the rebound, +"
                    + Components.fmt1(regime.upliftPoints()) + " points.");
        }
        List<ScenarioImpact> impacts = new ArrayList<>(scenarios.size());
        for (int s = 0; s < scenarios.size(); s++) {
            Scenario sc = scenarios.get(s);
            Double actual = ScenarioMath.analogActualPct(sc, v.bars, v.end, asOf);
            if (v.bars == null && sc.analogStart() != null) {
                actual = 0.0; // cash: price 1.0 throughout
            }
            impacts.add(ScenarioMath.impact(sc, h.ticker(), v.profile, a.betas(), spreadShocks.get(s), actual));
        }
        DimensionScore exposure = ExposureScorer.score(config.exposureBreakpoints(), scenarios, impacts);
        List<HoldingIssue> issues = new ArrayList<>(v.issues);
        addInsufficientIssue(h.ticker(), issues, a.crowding(), reversal);
        return new PositionAssessment(h.ticker(), v.profile, a.priceDate(), a.price(), h.quantity(),
                h.costBasisPerShare(), mv, weight, a.crowding(), reversal, exposure, a.betas(), a.momentum12m1Pct(),
                List.copyOf(impacts), List.copyOf(issues));
    }

    private static void addInsufficientIssue(String ticker, List<HoldingIssue> issues, DimensionScore... dims) {
        List<String> missing = new ArrayList<>();
        for (DimensionScore d : dims) {
            for (ComponentScore c : d.components()) {
                if (c.status() == ComponentStatus.INSUFFICIENT_HISTORY) {
                    missing.add(d.dim().label() + "/" + c.key());
                }
            }
        }
        if (!missing.isEmpty()) {
            issues.add(new HoldingIssue(ticker, IssueCode.INSUFFICIENT_HISTORY, ticker
                    + ": not enough history for " + String.join(", ", missing)
                    + "; these components are left out and the remaining weights renormalised."));
        }
    }
}
