package com.rotationrisk.portfolio;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.rotationrisk.RotationRiskApplication;
import com.rotationrisk.security.NewUser;
import com.rotationrisk.security.Role;
import com.rotationrisk.security.TeamSummary;
import com.rotationrisk.security.UserAdministrationService;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Load script for #14: many advisors at once against the production jar on localhost.
 * <ol>
 *   <li>Seeds an H2 file database (target/bench-load) in-process: the bundled history, a team and {@code load.advisors}
 *   advisors, each with a 16-holding client portfolio.</li>
 *   <li>Starts the production jar ({@code -Pproduction} build) on it under the prod profile, as the README says.</li>
 *   <li>For {@code load.duration}: {@code load.browsers} of the advisors work in real Chromium pages (sign in, open
 *   the analysis, change a holding and save, generate a report from the Reports tab); the others are HTTP sessions
 *   (sign in through the login form with its CSRF token, then generate reports with POST
 *   /reports/portfolio/{id}.pdf). Each advisor waits {@code load.think} (a random 50–150 % of it) between steps.</li>
 *   <li>Prints p50/p95/max and errors per step, the jar's CPU and resident memory, and its heap (jcmd).</li>
 * </ol>
 * Run: {@code JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64 ./mvnw -Pproduction -DskipTests package} then
 * {@code ./mvnw -Pbenchmark test-compile exec:exec -Dbench.main=com.rotationrisk.portfolio.AdvisorLoadBenchmark -Dbench=}
 * (settings as {@code -Dbench.jvm="-Dload.advisors=10 -Dload.duration=PT1M"}).
 */
public final class AdvisorLoadBenchmark {

    private static final int ADVISORS = Integer.getInteger("load.advisors", 50);
    private static final int BROWSERS = Integer.getInteger("load.browsers", 4);
    private static final Duration DURATION = Duration.parse(System.getProperty("load.duration", "PT5M"));
    private static final Duration THINK = Duration.parse(System.getProperty("load.think", "PT20S"));
    private static final Duration RAMP_UP = Duration.parse(System.getProperty("load.ramp-up", "PT1M"));
    private static final int WORKERS = Integer.getInteger("load.report-workers", 1);
    private static final String PASSWORD = "load-test-password-2026!";
    private static final String[] HOLDINGS = {"MSFT 300", "INTC 500", "IBM 200", "GE 400", "C 300", "JPM 200",
            "AXP 250", "HD 300", "WMT 300", "MRK 150", "T 400", "CAT 200", "KO 300", "PG 200", "XOM 150", "CASH 20000"};

    /** Per step: {start (ns since the first arrival), duration (ns)}. */
    private static final Map<String, ConcurrentLinkedQueue<long[]>> TIMINGS = new ConcurrentHashMap<>();
    private static volatile long firstArrival;
    private static final Map<String, AtomicInteger> ERRORS = new ConcurrentHashMap<>();
    private static final List<String> SAMPLES = new ArrayList<>();

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(System.getProperty("load.jar", "target/rotation-risk-0.1.0-SNAPSHOT.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: build it with -Pproduction first");
        }
        Path dir = Path.of("target", "bench-load").toAbsolutePath();
        if (Files.exists(dir)) {
            try (var files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        List<long[]> portfolios = seed(dir);
        int port = freePort();
        Process app = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"), "-jar",
                jar.toAbsolutePath().toString(), "--spring.profiles.active=prod", "--server.port=" + port,
                "--spring.datasource.url=jdbc:h2:file:" + dir + "/rotationrisk",
                "--rotationrisk.reports.max-generated-per-hour=1000", "--management.server.port=0",
                "--rotationrisk.reports.workers=" + WORKERS,
                // plain HTTP on localhost: Java's HTTP client sends a Secure cookie over HTTPS only
                "--server.servlet.session.cookie.secure=false")
                .redirectErrorStream(true).redirectOutput(dir.resolve("app.log").toFile()).start();
        try {
            String base = "http://localhost:" + port + "/";
            waitUntilServing(base);
            firstArrival = System.nanoTime();
            long deadline = firstArrival + DURATION.toNanos();
            long arrivalGap = RAMP_UP.toMillis() / ADVISORS;
            List<Thread> threads = new ArrayList<>();
            for (int i = 0; i < ADVISORS; i++) {
                long[] p = portfolios.get(i);
                String username = String.format(Locale.ROOT, "load%02d", p[0]);
                boolean browser = i < BROWSERS;
                threads.add(Thread.ofPlatform().name(username).start(() -> {
                    try {
                        if (browser) {
                            browserAdvisor(base, username, p[1], deadline, new SplittableRandom(p[0]));
                        } else {
                            httpAdvisor(base, username, p[1], deadline, new SplittableRandom(p[0]));
                        }
                    } catch (RuntimeException | IOException | InterruptedException e) {
                        error("advisor aborted", e);
                    }
                }));
                Thread.sleep(arrivalGap); // advisors arrive over the ramp-up, as a Monday morning fills the office
            }
            Thread sampler = Thread.ofPlatform().daemon().start(() -> sample(app.pid(), deadline));
            for (Thread t : threads) {
                t.join();
            }
            sampler.join(10_000);
            report();
        } finally {
            app.destroy();
            app.waitFor();
        }
    }

    private static List<long[]> seed(Path dir) {
        ConfigurableApplicationContext context = new SpringApplicationBuilder(RotationRiskApplication.class).run(
                "--server.port=0", "--spring.datasource.url=jdbc:h2:file:" + dir + "/rotationrisk",
                "--logging.level.root=warn", "--vaadin.devmode.devTools.enabled=false");
        try {
            SecurityContextHolderStrategy security = context.getBean(SecurityContextHolderStrategy.class);
            as(security, "admin", "ROLE_ADMIN");
            UserAdministrationService users = context.getBean(UserAdministrationService.class);
            TeamSummary desk = users.createTeam("Load Test Desk");
            for (int i = 1; i <= ADVISORS; i++) {
                users.createUser(new NewUser(String.format(Locale.ROOT, "load%02d", i),
                        String.format(Locale.ROOT, "Load Advisor %02d", i), PASSWORD, Role.ADVISOR, desk.id()));
            }
            PortfolioService service = context.getBean(PortfolioService.class);
            List<long[]> created = new ArrayList<>();
            for (int i = 1; i <= ADVISORS; i++) {
                as(security, String.format(Locale.ROOT, "load%02d", i), "ROLE_ADVISOR");
                List<HoldingInput> holdings = new ArrayList<>();
                for (String h : HOLDINGS) {
                    String[] f = h.split(" ");
                    holdings.add(new HoldingInput(f[0], new BigDecimal(f[1]), null));
                }
                long id = service.create(new PortfolioDraft("Load client " + i, "USD", null, holdings)).id();
                created.add(new long[] {i, id});
            }
            security.clearContext();
            return created;
        } finally {
            context.close();
        }
    }

    private static void as(SecurityContextHolderStrategy security, String username, String role) {
        security.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, null,
                List.of(new SimpleGrantedAuthority(role))));
    }

    private static void httpAdvisor(String base, String username, long portfolioId, long deadline,
                                    SplittableRandom random) throws IOException, InterruptedException {
        CookieManager cookies = new CookieManager();
        HttpClient http = HttpClient.newBuilder().cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(10)).build();
        long t = System.nanoTime();
        String[] csrf = signIn(http, cookies, base, username);
        record("HTTP sign-in (login page, form post, home page)", t, csrf != null);
        if (csrf == null) {
            return;
        }
        while (System.nanoTime() < deadline) {
            think(random);
            t = System.nanoTime();
            HttpResponse<byte[]> pdf = http.send(HttpRequest.newBuilder(URI.create(base + "reports/portfolio/"
                            + portfolioId + ".pdf?template=client-summary")).header(csrf[0], csrf[1])
                    .timeout(Duration.ofSeconds(120)).POST(HttpRequest.BodyPublishers.noBody()).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            boolean ok = pdf.statusCode() == 200 && pdf.body().length > 1000 && pdf.body()[0] == '%';
            record("report: generate and download (HTTP)", t, ok);
            if (!ok) {
                ERRORS.computeIfAbsent("report status " + pdf.statusCode(), k -> new AtomicInteger()).incrementAndGet();
            }
        }
    }

    /**
     * Signs in through the login form as a browser would (the page's CSRF token goes with the form) and returns the
     * new session's CSRF header name and token from the home page: signing in replaces both session and token.
     */
    private static String[] signIn(HttpClient http, CookieManager cookies, String base, String username)
            throws IOException, InterruptedException {
        HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create(base + "login")).build(),
                HttpResponse.BodyHandlers.ofString());
        String token = meta(login.body(), "_csrf");
        String form = "username=" + enc(username) + "&password=" + enc(PASSWORD) + "&_csrf=" + enc(token);
        HttpResponse<String> home = http.send(HttpRequest.newBuilder(URI.create(base + "login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        if (home.statusCode() != 200 || home.uri().toString().contains("error")) {
            return null;
        }
        String header = meta(home.body(), "_csrf_header");
        return new String[] {header.isEmpty() ? "X-CSRF-TOKEN" : header, meta(home.body(), "_csrf")};
    }

    private static String meta(String html, String name) {
        Matcher m = Pattern.compile("name=\"" + name + "\" content=\"([^\"]+)\"").matcher(html);
        return m.find() ? m.group(1) : "";
    }

    private static void browserAdvisor(String base, String username, long portfolioId, long deadline,
                                       SplittableRandom random) throws InterruptedException {
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
            long t = System.nanoTime();
            page.navigate(base + "login");
            page.locator("input[name='username']").fill(username);
            page.locator("input[name='password']").fill(PASSWORD);
            page.locator("vaadin-button[slot='submit']").click();
            page.waitForURL(base);
            record("browser sign-in", t, true);
            int quantity = 300;
            String client = "Load client " + username.substring(4).replaceFirst("^0", "");
            while (System.nanoTime() < deadline) {
                think(random);
                step("open the portfolio list", () -> openList(page, client), page);
                step("open the analysis (grade, scores, positions)", () -> openAnalysis(page, client), page);
                think(random);
                int next = ++quantity;
                step("change a holding and save", () -> {
                    page.locator("#edit-portfolio").click();
                    Locator q = page.locator(".holding-quantity input").first();
                    q.fill(String.valueOf(next));
                    q.press("Tab");
                    page.locator("#save-portfolio").click();
                    page.getByText("Saved \"Load client").first().waitFor();
                }, page);
                think(random);
                step("open the portfolio list", () -> openList(page, client), page);
                step("open the analysis (grade, scores, positions)", () -> openAnalysis(page, client), page);
                step("report from the Reports tab (browser download)", () -> {
                    page.locator("vaadin-tab").getByText("Reports").click();
                    page.waitForDownload(() -> page.locator("#download-client-summary").click());
                }, page);
            }
            browser.close();
        }
    }

    /** As an advisor does it: the side navigation's Portfolios entry, no page reload. */
    private static void openList(Page page, String client) {
        page.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText("Portfolios")).first().click();
        page.locator("#portfolio-grid vaadin-grid-cell-content").getByText(client, new Locator.GetByTextOptions()
                .setExact(true)).waitFor();
    }

    private static void openAnalysis(Page page, String client) {
        page.locator("#portfolio-grid vaadin-grid-cell-content").getByText(client, new Locator.GetByTextOptions()
                .setExact(true)).dblclick();
        page.locator("#overall-grade").waitFor();
        page.locator("#positions-grid vaadin-grid-cell-content").getByText("MSFT").first().waitFor();
    }

    private static void step(String name, Runnable action, Page page) {
        long t = System.nanoTime();
        try {
            action.run();
            record(name, t, true);
        } catch (RuntimeException e) {
            record(name, t, false);
            error(name, e);
            Path shot = Path.of("target", "bench-load", "failed-" + ERRORS.get(name).get() + "-"
                    + name.replaceAll("\\W+", "-") + ".png");
            page.screenshot(new Page.ScreenshotOptions().setPath(shot).setFullPage(true));
            page.navigate(page.url()); // a fresh page, so that one failure does not fail every later step
        }
    }

    private static void think(SplittableRandom random) throws InterruptedException {
        Thread.sleep((long) (THINK.toMillis() * (0.5 + random.nextDouble())));
    }

    private static void record(String step, long startNanos, boolean ok) {
        long nanos = System.nanoTime() - startNanos;
        if (ok) {
            TIMINGS.computeIfAbsent(step, k -> new ConcurrentLinkedQueue<>()).add(new long[] {startNanos - firstArrival, nanos});
        } else {
            ERRORS.computeIfAbsent(step, k -> new AtomicInteger()).incrementAndGet();
        }
    }

    private static void error(String what, Exception e) {
        System.err.println(what + ": " + e);
    }

    /** Every 5 s: the jar's CPU (both cores = 200 %), resident memory and heap in use. */
    private static void sample(long pid, long deadline) {
        long lastTicks = cpuTicks(pid);
        long lastAt = System.nanoTime();
        while (System.nanoTime() < deadline) {
            try {
                Thread.sleep(5_000);
            } catch (InterruptedException e) {
                return;
            }
            long ticks = cpuTicks(pid);
            long now = System.nanoTime();
            double cpu = (ticks - lastTicks) / 100.0 / ((now - lastAt) / 1e9) * 100;
            lastTicks = ticks;
            lastAt = now;
            synchronized (SAMPLES) {
                SAMPLES.add(String.format(Locale.ROOT, "%.0f;%d;%d", cpu, rssMb(pid), heapUsedMb(pid)));
            }
        }
    }

    private static long cpuTicks(long pid) {
        try {
            String[] f = Files.readString(Path.of("/proc/" + pid + "/stat")).split("\\) ")[1].split(" ");
            return Long.parseLong(f[11]) + Long.parseLong(f[12]);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    private static long rssMb(long pid) {
        try {
            return Files.readAllLines(Path.of("/proc/" + pid + "/status")).stream().filter(l -> l.startsWith("VmRSS"))
                    .mapToLong(l -> Long.parseLong(l.replaceAll("\\D", "")) / 1024).findFirst().orElse(0);
        } catch (IOException e) {
            return 0;
        }
    }

    private static long heapUsedMb(long pid) {
        try {
            Path jcmd = Path.of(ProcessHandle.current().info().command().orElse("java")).resolveSibling("jcmd");
            Process p = new ProcessBuilder(jcmd.toString(), String.valueOf(pid), "GC.heap_info").start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            Matcher m = Pattern.compile("used (\\d+)K").matcher(out);
            return m.find() ? Long.parseLong(m.group(1)) / 1024 : -1;
        } catch (IOException e) {
            return -1;
        }
    }

    private static void report() {
        System.out.printf(Locale.ROOT, "%n%d advisors (%d in Chromium, %d over HTTP) for %s, arriving over %s, think time "
                        + "%s, %d report worker(s)%n", ADVISORS, BROWSERS, ADVISORS - BROWSERS, DURATION, RAMP_UP, THINK,
                WORKERS);
        table("Whole run", 0);
        table("After the ramp-up (steps started once all advisors had arrived)", RAMP_UP.toNanos());
        ERRORS.forEach((k, v) -> {
            if (!TIMINGS.containsKey(k)) {
                System.out.printf(Locale.ROOT, "| %s | 0 | %d | | | |%n", k, v.get());
            }
        });
        synchronized (SAMPLES) {
            double[] cpu = SAMPLES.stream().mapToDouble(s -> Double.parseDouble(s.split(";")[0])).toArray();
            long maxRss = SAMPLES.stream().mapToLong(s -> Long.parseLong(s.split(";")[1])).max().orElse(0);
            long maxHeap = SAMPLES.stream().mapToLong(s -> Long.parseLong(s.split(";")[2])).max().orElse(0);
            System.out.printf(Locale.ROOT, "app CPU mean %.0f %% max %.0f %% (200 %% = both cores); resident memory "
                            + "max %d MB; heap in use max %d MB (%d samples)%n",
                    java.util.Arrays.stream(cpu).average().orElse(0), java.util.Arrays.stream(cpu).max().orElse(0),
                    maxRss, maxHeap, cpu.length);
        }
    }

    private static void table(String title, long fromNanos) {
        System.out.printf(Locale.ROOT, "%n%s%n| step | n | errors | p50 ms | p95 ms | max ms |%n|---|---|---|---|---|---|%n",
                title);
        TIMINGS.keySet().stream().sorted().forEach(step -> {
            long[] v = TIMINGS.get(step).stream().filter(t -> t[0] >= fromNanos).mapToLong(t -> t[1]).sorted().toArray();
            if (v.length == 0) {
                return;
            }
            System.out.printf(Locale.ROOT, "| %s | %d | %d | %.0f | %.0f | %.0f |%n", step, v.length,
                    fromNanos == 0 ? ERRORS.getOrDefault(step, new AtomicInteger()).get() : 0, pct(v, 50), pct(v, 95),
                    v[v.length - 1] / 1e6);
        });
    }

    private static double pct(long[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1e6;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s == null ? "" : s, StandardCharsets.UTF_8);
    }

    private static void waitUntilServing(String base) throws InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        for (int i = 0; i < 180; i++) {
            try {
                if (http.send(HttpRequest.newBuilder(URI.create(base + "login")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not up yet
            }
            Thread.sleep(1_000);
        }
        throw new IllegalStateException("The jar did not serve /login within 3 minutes; see target/bench-load/app.log");
    }

    private static int freePort() throws IOException {
        try (var s = new java.net.ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
