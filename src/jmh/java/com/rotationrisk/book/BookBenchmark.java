package com.rotationrisk.book;

import com.rotationrisk.RotationRiskApplication;
import com.rotationrisk.marketdata.AssetType;
import com.rotationrisk.marketdata.ImportRequest;
import com.rotationrisk.marketdata.InstrumentDetails;
import com.rotationrisk.marketdata.PriceImportService;
import com.rotationrisk.marketdata.SizeBucket;
import com.rotationrisk.portfolio.HoldingInput;
import com.rotationrisk.portfolio.PortfolioDraft;
import com.rotationrisk.portfolio.PortfolioService;
import com.rotationrisk.risk.ScenarioView;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
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
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

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
        Path db = Path.of("target", "bench-book");
        if (Files.exists(db)) {
            try (var files = Files.walk(db)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        context = new SpringApplicationBuilder(RotationRiskApplication.class)
                .properties("server.port=0", "rotationrisk.data-dir=./target/bench-book", "logging.level.root=warn",
                        "vaadin.devmode.devTools.enabled=false")
                .run();
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
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "alice", null, List.of(new SimpleGrantedAuthority("ROLE_ADVISOR"),
                        new SimpleGrantedAuthority("ROLE_REFERENCE_DATA"))));
    }

    private void seed() {
        PriceImportService imports = context.getBean(PriceImportService.class);
        PortfolioService portfolios = context.getBean(PortfolioService.class);
        SplittableRandom random = new SplittableRandom(20);
        String[] sectors = {"Information Technology", "Financials", "Industrials", "Energy", "Health Care",
                "Consumer Staples", "Utilities"};
        List<String> symbols = new ArrayList<>();
        for (int n = 0; n < INSTRUMENTS; n++) {
            String symbol = String.format(Locale.ROOT, "SYN%04d", n);
            imports.commit(new ImportRequest(symbol, imports.preview(csv(random), symbol).file(), "synthetic", false,
                    new InstrumentDetails(symbol, "Synthetic " + symbol, AssetType.STOCK, sectors[n % sectors.length],
                            null, SizeBucket.values()[n % 3])));
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

    /** SYNTHETIC random-walk bars ending on {@link #LAST_BAR} (weekdays only). */
    private static byte[] csv(SplittableRandom random) {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate d = LAST_BAR; days.size() < BARS; d = d.minusDays(1)) {
            if (d.getDayOfWeek().getValue() <= 5) {
                days.add(d);
            }
        }
        StringBuilder out = new StringBuilder("Date,Open,High,Low,Close,Volume\n");
        double close = 20 + random.nextDouble(200);
        for (int i = days.size() - 1; i >= 0; i--) {
            double open = close;
            close = Math.max(1, close * (1 + random.nextGaussian() * 0.018));
            out.append(String.format(Locale.ROOT, "%s,%.4f,%.4f,%.4f,%.4f,%d%n", days.get(i), open,
                    Math.max(open, close) * 1.006, Math.min(open, close) * 0.994, close,
                    100_000 + random.nextInt(900_000)));
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }
}
