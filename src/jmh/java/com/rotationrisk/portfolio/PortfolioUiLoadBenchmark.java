package com.rotationrisk.portfolio;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.rotationrisk.RotationRiskApplication;
import com.rotationrisk.marketdata.AssetType;
import com.rotationrisk.marketdata.ImportRequest;
import com.rotationrisk.marketdata.InstrumentDetails;
import com.rotationrisk.marketdata.PriceImportService;
import com.rotationrisk.marketdata.SizeBucket;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Load script for the workspace target: a 1,000-holding portfolio opens and its analysis renders in
 * under 3 s. Starts the real application (H2 file database under target/bench-ui), imports 1,000
 * SYNTHETIC instruments x 1,260 bars through the normal import service, saves a 1,000-holding
 * portfolio as alice, then drives Debian's Chromium: sign in, open the analysis page, and time
 * until the grade, the scores and the positions grid are on screen. Repeats and prints the medians.
 * Run: ./mvnw -Pbenchmark test-compile exec:exec -Dbench.main=com.rotationrisk.portfolio.PortfolioUiLoadBenchmark -Dbench=
 */
public final class PortfolioUiLoadBenchmark {

    private static final int HOLDINGS = 1_000;
    private static final int BARS = 1_260;
    private static final int RUNS = 7;

    public static void main(String[] args) throws Exception {
        Path db = Path.of("target", "bench-ui");
        if (Files.exists(db)) {
            try (var files = Files.walk(db)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        ConfigurableApplicationContext context = new SpringApplicationBuilder(RotationRiskApplication.class)
                .properties("server.port=0", "rotationrisk.data-dir=./target/bench-ui", "logging.level.root=warn",
                        "vaadin.devmode.devTools.enabled=false")
                .run();
        try {
            int port = ((WebServerApplicationContext) context).getWebServer().getPort();
            long id = seed(context);
            measure(port, id);
        } finally {
            context.close();
        }
    }

    private static long seed(ConfigurableApplicationContext context) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "alice", null, List.of(new SimpleGrantedAuthority("ROLE_ADVISOR"),
                        new SimpleGrantedAuthority("ROLE_REFERENCE_DATA"))));
        PriceImportService imports = context.getBean(PriceImportService.class);
        SplittableRandom random = new SplittableRandom(7);
        String[] sectors = {"Information Technology", "Financials", "Industrials", "Energy", "Health Care"};
        List<HoldingInput> holdings = new ArrayList<>();
        long t = System.nanoTime();
        for (int n = 0; n < HOLDINGS; n++) {
            String symbol = String.format(Locale.ROOT, "SYN%04d", n);
            imports.commit(new ImportRequest(symbol, imports.preview(csv(random), symbol).file(), "synthetic", false,
                    new InstrumentDetails(symbol, "Synthetic " + symbol, AssetType.STOCK, sectors[n % sectors.length],
                            null, SizeBucket.values()[n % 3])));
            holdings.add(new HoldingInput(symbol, BigDecimal.valueOf(10 + random.nextInt(500)), null));
        }
        System.out.printf(Locale.ROOT, "seeded %d synthetic instruments x %d bars in %d s%n", HOLDINGS, BARS,
                (System.nanoTime() - t) / 1_000_000_000);
        PortfolioDetails created = context.getBean(PortfolioService.class)
                .create(new PortfolioDraft("Benchmark client (synthetic)", "USD", null, holdings));
        SecurityContextHolder.clearContext();
        return created.id();
    }

    private static byte[] csv(SplittableRandom random) {
        StringBuilder out = new StringBuilder("Date,Open,High,Low,Close,Volume\n");
        LocalDate day = LocalDate.of(2019, 1, 1);
        double close = 20 + random.nextDouble(200);
        for (int i = 0; i < BARS; i++) {
            while (day.getDayOfWeek().getValue() > 5) {
                day = day.plusDays(1);
            }
            double open = close;
            close = Math.max(1, close * (1 + random.nextGaussian() * 0.018));
            double high = Math.max(open, close) * 1.006;
            double low = Math.min(open, close) * 0.994;
            out.append(String.format(Locale.ROOT, "%s,%.4f,%.4f,%.4f,%.4f,%d%n", day, open, high, low, close,
                    100_000 + random.nextInt(900_000)));
            day = day.plusDays(1);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void measure(int port, long id) {
        try (Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")))) {
            BrowserType.LaunchOptions options = new BrowserType.LaunchOptions().setHeadless(true)
                    .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking"));
            if (Files.isExecutable(Path.of("/usr/bin/chromium"))) {
                options.setExecutablePath(Path.of("/usr/bin/chromium"));
            }
            Browser browser = playwright.chromium().launch(options);
            Page page = browser.newPage();
            page.setDefaultTimeout(60_000);
            String base = "http://localhost:" + port + "/";
            page.navigate(base + "login");
            page.locator("input[name='username']").fill("alice");
            page.locator("input[name='password']").fill("alice-demo-2026");
            page.locator("vaadin-button[slot='submit']").click();
            page.waitForURL(base);
            long[] analysis = new long[RUNS];
            long[] editor = new long[RUNS];
            for (int i = 0; i < RUNS; i++) {
                long t = System.nanoTime();
                page.navigate(base + "portfolios/view/" + id);
                page.locator("#overall-grade").waitFor();
                page.locator("#positions-grid vaadin-grid-cell-content").getByText("SYN").first().waitFor();
                analysis[i] = System.nanoTime() - t;
                t = System.nanoTime();
                page.navigate(base + "portfolios/edit/" + id);
                page.locator(".holding-ticker input").first().waitFor();
                editor[i] = System.nanoTime() - t;
            }
            page.navigate(base + "portfolios/view/" + id);
            page.locator("#overall-grade").waitFor();
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots",
                    "30-benchmark-1000-holdings.png")));
            report("analysis of 1,000 holdings: navigate -> grade + scores + first grid rows", analysis);
            report("editor of 1,000 holdings: navigate -> first editable row", editor);
            browser.close();
        }
    }

    private static void report(String what, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        System.out.printf(Locale.ROOT, "%-75s median %7.0f ms  min %7.0f ms  max %7.0f ms  (n=%d, first run %.0f ms)%n",
                what, sorted[sorted.length / 2] / 1e6, sorted[0] / 1e6, sorted[sorted.length - 1] / 1e6, sorted.length,
                nanos[0] / 1e6);
    }
}
