package com.rotationrisk.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.LoadState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Drives a real Chromium against the application started on a random port. Uses Debian's
 * /usr/bin/chromium when present and never lets Playwright download a browser of its own.
 */
public abstract class BrowserTest {

    private static final Path SYSTEM_CHROMIUM = Paths.get("/usr/bin/chromium");
    static final Path SCREENSHOTS = Paths.get("target", "screenshots");

    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort
    int port;

    BrowserContext context;
    Page page;
    private final List<BrowserContext> others = new java.util.ArrayList<>();

    @BeforeAll
    static void launchBrowser() {
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        BrowserType.LaunchOptions options = new BrowserType.LaunchOptions().setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run"));
        if (Files.isExecutable(SYSTEM_CHROMIUM)) {
            options.setExecutablePath(SYSTEM_CHROMIUM);
        }
        browser = playwright.chromium().launch(options);
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @BeforeEach
    void openPage() {
        context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 800));
        context.setDefaultTimeout(20_000);
        page = context.newPage();
    }

    @AfterEach
    void closePage() {
        others.forEach(BrowserContext::close);
        others.clear();
        context.close();
    }

    /** A second person in their own browser context, signed in; closed with the test's own context. */
    Page openAs(String username, String password) {
        BrowserContext other = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 800));
        other.setDefaultTimeout(20_000);
        others.add(other);
        Page p = other.newPage();
        p.navigate(url("login"));
        p.locator("input[name='username']").fill(username);
        p.locator("input[name='password']").fill(password);
        p.locator("vaadin-button[slot='submit']").click();
        p.waitForURL(java.util.regex.Pattern.compile(".*/$"));
        return p;
    }

    String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }

    void signIn(String username, String password) {
        page.navigate(url("login"));
        page.locator("input[name='username']").fill(username);
        page.locator("input[name='password']").fill(password);
        page.locator("vaadin-button[slot='submit']").click();
        page.waitForLoadState(LoadState.NETWORKIDLE);
    }

    void signOut() {
        page.locator("#logout").click();
        page.waitForURL(java.util.regex.Pattern.compile(".*/login(\\?logout)?$"));
    }

    /**
     * An action button of a client's row in the portfolio list ("Open Harrison Family Trust", "Edit …"), after searching
     * for the client: the grid renders only the rows in view, and the shared test users collect many portfolios.
     * Hidden rows the grid keeps for reuse are skipped.
     */
    static com.microsoft.playwright.Locator clientRowButton(Page page, String action, String client) {
        page.locator("vaadin-text-field[aria-label='Search client name'] input").fill(client);
        com.microsoft.playwright.Locator button = page.getByLabel(action + " " + client, new Page.GetByLabelOptions()
                .setExact(true)).filter(new com.microsoft.playwright.Locator.FilterOptions().setVisible(true)).first();
        button.waitFor();
        return button;
    }

    void screenshot(String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
    }
}
