package com.rotationrisk.book;

import com.rotationrisk.SyntheticMarket;
import com.rotationrisk.marketdata.PriceImportService;
import com.rotationrisk.portfolio.HoldingInput;
import com.rotationrisk.portfolio.PortfolioDraft;
import com.rotationrisk.portfolio.PortfolioService;
import com.rotationrisk.risk.ScenarioView;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
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
 * The book targets: the dashboard data for 200 portfolios in under 2 s, one scenario across a book of 200 portfolios
 * of 60 holdings in under 3 s. The real application on an H2 file database (target/bench-book): 300 SYNTHETIC
 * instruments x 1,260 bars imported through the normal import service, ending on the last day of the bundled
 * rotation spread (2012-06-29) so every component can be computed, and 200 portfolios of 60 holdings each drawn
 * from them, saved as alice (who also has the demo portfolios). Measures {@link BookDashboard#load} (scoring the whole
 * book with its scenario sets, bands and triage) and {@link BookDashboard#rankByLoss}, warm bar cache.
 * Run: ./mvnw -Pbenchmark test-compile exec:exec -Dbench='.*BookBenchmark.*'
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgs = {"-Xmx4g"})
public class BookBenchmark {

    static final int INSTRUMENTS = 300;
    static final int PORTFOLIOS = 200;
    static final int HOLDINGS = 60;
    static final int BARS = 1_260;
    static final LocalDate LAST_BAR = LocalDate.of(2012, 6, 29);

    private ConfigurableApplicationContext context;
    private BookDashboard dashboard;
    private long scenarioId;

    @Setup(Level.Trial)
    public void start() throws Exception {
        context = SyntheticMarket.start("bench-book");
        signIn();
        seed();
        dashboard = context.getBean(BookDashboard.class);
        ScenarioView tariff = dashboard.scenarioChoices().stream()
                .filter(s -> s.name().toLowerCase(Locale.ROOT).contains("tariff")).findFirst()
                .orElse(dashboard.scenarioChoices().getFirst());
        scenarioId = tariff.id();
        Book book = dashboard.load();
        System.out.printf(Locale.ROOT, "%nbook of %d portfolios (%d scored); scenario \"%s\"%n", book.rows().size(),
                book.rows().stream().filter(r -> r.entry().scored()).count(), tariff.name());
    }

    @TearDown(Level.Trial)
    public void stop() {
        context.close();
    }

    @Benchmark
    public Book dashboardOf200Portfolios() {
        signIn();
        return dashboard.load();
    }

    @Benchmark
    public RankedScenario scenarioAcross200PortfoliosOf60Holdings() {
        signIn();
        return dashboard.rankByLoss(scenarioId);
    }

    private static void signIn() {
        SyntheticMarket.signInAsAlice();
    }

    private void seed() {
        PriceImportService imports = context.getBean(PriceImportService.class);
        PortfolioService portfolios = context.getBean(PortfolioService.class);
        SplittableRandom random = new SplittableRandom(20);
        List<String> symbols = new ArrayList<>();
        for (int n = 0; n < INSTRUMENTS; n++) {
            String symbol = String.format(Locale.ROOT, "SYN%04d", n);
            SyntheticMarket.importInstrument(imports, symbol, n, SyntheticMarket.rows(random, LAST_BAR, BARS, false));
            symbols.add(symbol);
        }
        for (int p = 0; p < PORTFOLIOS; p++) {
            Set<String> chosen = new HashSet<>();
            List<HoldingInput> holdings = new ArrayList<>();
            while (holdings.size() < HOLDINGS) {
                String s = symbols.get(random.nextInt(symbols.size()));
                if (chosen.add(s)) {
                    holdings.add(new HoldingInput(s, BigDecimal.valueOf(10 + random.nextInt(500)), null));
                }
            }
            portfolios.create(new PortfolioDraft("Benchmark client " + p + " (synthetic)", "USD", null, holdings));
        }
    }
}
