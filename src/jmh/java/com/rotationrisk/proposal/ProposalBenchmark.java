package com.rotationrisk.proposal;

import com.rotationrisk.SyntheticMarket;
import com.rotationrisk.marketdata.PriceImportService;
import com.rotationrisk.portfolio.HoldingInput;
import com.rotationrisk.portfolio.PortfolioDraft;
import com.rotationrisk.portfolio.PortfolioService;
import com.rotationrisk.risk.engine.OverallGrade;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The proposal targets (#16): before/after for a 500-position portfolio in under 200 ms warm; a suggestion over 500
 * positions in under 2 s. The real application on an H2 file database (target/bench-proposal): 500 SYNTHETIC
 * instruments x 1,260 bars imported through the normal import service, one portfolio holding all 500 (with cost
 * bases), saved as alice. Measures {@link ProposalService#compare} with three trades (a trim, a switch, a sale by
 * value) and {@link ProposalService#suggest} to the Low band within 30 % turnover; warm bar cache.
 * Run: ./mvnw -Pbenchmark test-compile exec:exec -Dbench='.*ProposalBenchmark.*'
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgs = {"-Xmx2g"})
public class ProposalBenchmark {

    static final int POSITIONS = 500;
    static final int BARS = 1_260;
    static final LocalDate LAST_BAR = LocalDate.of(2012, 6, 29);

    private ConfigurableApplicationContext context;
    private ProposalService proposals;
    private long portfolio;
    private LocalDate asOf;
    private List<Trade> trades;

    @Setup(Level.Trial)
    public void start() throws Exception {
        context = SyntheticMarket.start("bench-proposal");
        signIn();
        List<String> symbols = seed();
        proposals = context.getBean(ProposalService.class);
        PortfolioService portfolios = context.getBean(PortfolioService.class);
        asOf = portfolios.defaultAsOf(portfolio);
        trades = List.of(Trade.sell(symbols.get(0), Trade.AmountKind.PERCENT_OF_POSITION, "40"),
                Trade.switchTo(symbols.get(1), symbols.get(2), Trade.AmountKind.PERCENT_OF_POSITION, "100"),
                Trade.sell(symbols.get(3), Trade.AmountKind.VALUE, "1000"));
        Suggestion s = suggest();
        System.out.printf(Locale.ROOT, "%nportfolio of %d positions at %s graded %s; suggestion: %d steps, %s, turnover "
                + "%.1f %%%n", POSITIONS, asOf, proposals.compare(portfolio, asOf, List.of()).before().grade().grade(),
                s.steps().size(), s.stoppedBecause(), s.turnover() * 100);
    }

    @TearDown(Level.Trial)
    public void stop() {
        context.close();
    }

    @Benchmark
    public ProposalComparison beforeAndAfterOf500Positions() {
        signIn();
        return proposals.compare(portfolio, asOf, trades);
    }

    @Benchmark
    public Suggestion suggestionOver500Positions() {
        signIn();
        return suggest();
    }

    private Suggestion suggest() {
        return proposals.suggest(portfolio, asOf, new SuggestionConstraints(OverallGrade.Grade.LOW, Set.of(), 0.30,
                null, null));
    }

    private static void signIn() {
        SyntheticMarket.signInAsAlice();
    }

    private List<String> seed() {
        PriceImportService imports = context.getBean(PriceImportService.class);
        PortfolioService portfolios = context.getBean(PortfolioService.class);
        SplittableRandom random = new SplittableRandom(16);
        List<String> symbols = new ArrayList<>();
        List<HoldingInput> holdings = new ArrayList<>();
        for (int n = 0; n < POSITIONS; n++) {
            String symbol = String.format(Locale.ROOT, "PRP%04d", n);
            SyntheticMarket.importInstrument(imports, symbol, n, SyntheticMarket.rows(random, LAST_BAR, BARS, true));
            symbols.add(symbol);
            holdings.add(new HoldingInput(symbol, BigDecimal.valueOf(10 + random.nextInt(500)),
                    BigDecimal.valueOf(5 + random.nextInt(200))));
        }
        holdings.add(new HoldingInput("CASH", new BigDecimal("10000"), null));
        portfolio = portfolios.create(new PortfolioDraft("Proposal benchmark client (synthetic)", "USD", null,
                holdings)).id();
        return symbols;
    }
}
