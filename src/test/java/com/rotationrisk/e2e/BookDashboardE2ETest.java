package com.rotationrisk.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.BoundingBox;
import com.rotationrisk.IntegrationTest;
import com.rotationrisk.SecurityTestSupport;
import com.rotationrisk.portfolio.HoldingInput;
import com.rotationrisk.portfolio.PortfolioDraft;
import com.rotationrisk.portfolio.PortfolioService;
import com.rotationrisk.security.NewUser;
import com.rotationrisk.security.Role;
import com.rotationrisk.security.TeamSummary;
import com.rotationrisk.security.UserAdministrationService;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * An advisor's Monday morning: the book on Home, a triage count that filters it, bulk re-scoring and client summaries
 * as a ZIP, one scenario across the book, exports parsed back; the portfolio list at 1280 and 1440 px with its Delete
 * button on screen, a confirmation that focuses Cancel and empty states that say what to do.
 */
@IntegrationTest
class BookDashboardE2ETest extends BrowserTest {

    static final String USER = "bk-eve";
    static final String PASSWORD = "book-e2e-password-2026!";

    @Autowired UserDetailsService userDetails;
    @Autowired SecurityContextHolderStrategy securityContextStrategy;
    @Autowired UserAdministrationService users;
    @Autowired PortfolioService portfolios;

    @Test
    void dashboardTriageBulkActionsBookScenarioAndExports() throws Exception {
        SecurityTestSupport security = new SecurityTestSupport(userDetails, securityContextStrategy);
        security.run("admin", () -> {
            TeamSummary team = users.listTeams().stream().filter(t -> t.name().equals("Book E2E Advisors"))
                    .findFirst().orElseGet(() -> users.createTeam("Book E2E Advisors"));
            if (users.listUsers().stream().noneMatch(u -> u.username().equals(USER))) {
                users.createUser(new NewUser(USER, "Eve Book", PASSWORD, Role.ADVISOR, team.id()));
            }
        });
        security.run(USER, () -> {
            portfolios.create(new PortfolioDraft("Eve Tech Growth", "USD", null, List.of(h("MSFT", "300"),
                    h("INTC", "900"), h("HWP", "400"), h("CASH", "10000"))));
            portfolios.create(new PortfolioDraft("Eve Dividend Income", "USD", null, List.of(h("KO", "500"),
                    h("PG", "300"), h("JNJ", "200"))));
            portfolios.create(new PortfolioDraft("Eve New Client", "USD", null, List.of()));
        });

        page.setViewportSize(1440, 900);
        signIn(USER, PASSWORD);
        page.navigate(url(""));
        Locator grid = page.locator("#book-grid");
        assertThat(grid).containsText("Eve Tech Growth");
        assertThat(page.locator("#book-shown")).hasText("Showing all 3 portfolios");
        assertThat(page.locator("#triage-not-scored")).hasText("1 portfolio that could not be scored");
        assertThat(page.locator("#triage-stale")).containsText("2 portfolios priced more than 30 days ago");
        assertThat(grid).containsText("unknown"); // the new client's figures, never 0
        page.waitForTimeout(500);
        screenshot("50-book-dashboard-1440");

        // a triage count filters the grid
        page.locator("#triage-stale").click();
        assertThat(page.locator("#book-shown")).containsText("Showing 2 of 3 portfolios");
        assertThat(grid).not().containsText("Eve New Client");
        page.locator("#triage-not-scored").click();
        assertThat(page.locator("#book-shown")).containsText("Showing 1 of 3 portfolios");
        assertThat(grid).containsText("Eve New Client");
        page.waitForTimeout(300);
        screenshot("51-book-triage-filter");
        page.locator("#filter-client input").fill("no such client");
        page.locator("#filter-client input").press("Enter");
        assertThat(page.locator("#book-empty")).containsText("No portfolio matches these filters.");
        page.locator("#book-empty-clear").click();
        assertThat(page.locator("#book-shown")).hasText("Showing all 3 portfolios");

        // export the grid as CSV
        Download csv = page.waitForDownload(() -> page.locator("#book-export-csv").click());
        String csvText = Files.readString(save(csv), StandardCharsets.UTF_8);
        assertThat(csvText).contains("Eve Tech Growth", "Eve Dividend Income", "Eve New Client", "No holdings yet.");

        // select two portfolios: re-score them, then their client summaries as one ZIP
        selectRow("Eve Tech Growth");
        selectRow("Eve Dividend Income");
        assertThat(page.locator("#rescore-selected")).hasText("Re-score 2 selected");
        page.locator("#rescore-selected").click();
        assertThat(page.getByText("Re-scored 2 portfolios with today's prices.")).isVisible();
        selectRow("Eve Tech Growth");
        selectRow("Eve Dividend Income");
        page.locator("#zip-selected").click();
        assertThat(page.locator("#zip-download")).isVisible(new com.microsoft.playwright.assertions
                .LocatorAssertions.IsVisibleOptions().setTimeout(60_000));
        assertThat(page.locator("#zip-status")).containsText("2 of 2 client summaries are in the ZIP.");
        screenshot("52-book-zip-done");
        Download zip = page.waitForDownload(() -> page.locator("#zip-download").click());
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(save(zip)))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                names.add(e.getName());
                assertThat(new String(in.readNBytes(5), StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
            }
        }
        assertThat(names).hasSize(2).anyMatch(n -> n.startsWith("Eve-Tech-Growth"))
                .anyMatch(n -> n.startsWith("Eve-Dividend-Income"));
        page.locator("#zip-close").click();

        // one scenario across the book
        page.locator("#book-scenario-link").click();
        assertThat(page).hasURL(Pattern.compile(".*/book/scenario$"));
        assertThat(page.locator("#book-scenario-empty")).containsText("Choose a scenario");
        page.locator("#book-scenario-choice").click();
        page.locator("vaadin-combo-box-item").first().click();
        page.locator("#book-scenario-run").click();
        assertThat(page).hasURL(Pattern.compile(".*/book/scenario\\?scenario=\\d+$"));
        Locator ranking = page.locator("#book-scenario-grid");
        assertThat(ranking).containsText("Eve Tech Growth");
        assertThat(ranking).containsText("Eve New Client");
        assertThat(page.locator("#book-scenario-summary")).containsText("3 portfolios ranked by loss");
        page.waitForTimeout(400);
        screenshot("53-book-scenario-1440");
        Download xlsx = page.waitForDownload(() -> page.locator("#book-scenario-export-xlsx").click());
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(Files.readAllBytes(save(xlsx))))) {
            var sheet = wb.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(3);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Rank");
            assertThat(sheet.getRow(1).getCell(0).getNumericCellValue()).isEqualTo(1.0);
            // the portfolio without a loss is ranked last
            assertThat(sheet.getRow(3).getCell(1).getStringCellValue()).isEqualTo("Eve New Client");
        }

        // the dashboard and the portfolio list at 1280 px: nothing scrolls sideways, Delete is on screen
        page.setViewportSize(1280, 800);
        page.navigate(url(""));
        assertThat(page.locator("#book-grid")).containsText("Eve Tech Growth");
        page.waitForTimeout(500);
        screenshot("54-book-dashboard-1280");
        page.navigate(url("portfolios"));
        assertThat(page.locator("#portfolio-grid")).containsText("Eve Tech Growth");
        page.waitForTimeout(500);
        screenshot("55-portfolio-list-1280");
        assertNoSidewaysScroll();
        Object gridOverflow = page.evaluate("() => { const t = document.querySelector('#portfolio-grid')"
                + ".shadowRoot.querySelector('#table'); return t.scrollWidth - t.clientWidth; }");
        assertThat(((Number) gridOverflow).intValue()).isLessThanOrEqualTo(0);
        Locator delete = page.getByLabel("Delete Eve New Client").filter(new Locator.FilterOptions().setVisible(true));
        BoundingBox box = delete.boundingBox();
        assertThat(box.x + box.width).isLessThanOrEqualTo(1280);
        delete.click();
        assertThat(page.locator("#confirm-cancel")).isVisible();
        page.waitForFunction("() => document.activeElement && document.activeElement.id === 'confirm-cancel'");
        screenshot("56-delete-confirmation");
        page.keyboard().press("Enter"); // Enter on the focused Cancel keeps the portfolio
        assertThat(page.locator("#confirm-cancel")).isHidden();
        assertThat(page.locator("#portfolio-grid")).containsText("Eve New Client");

        page.locator("#portfolio-search input").fill("zzz nothing like it");
        assertThat(page.locator("#portfolio-empty")).containsText("has a client name containing \"zzz nothing like it\"");
        screenshot("57-portfolio-list-empty-search");
        page.locator("#clear-search").click();
        assertThat(page.locator("#portfolio-grid")).containsText("Eve Tech Growth");
        Download list = page.waitForDownload(() -> page.locator("#portfolios-export-xlsx").click());
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(Files.readAllBytes(save(list))))) {
            assertThat(wb.getSheetAt(0).getLastRowNum()).isEqualTo(3);
        }

        page.setViewportSize(1440, 900);
        page.navigate(url("portfolios"));
        assertThat(page.locator("#portfolio-grid")).containsText("Eve Tech Growth");
        page.waitForTimeout(500);
        screenshot("58-portfolio-list-1440");
        assertNoSidewaysScroll();
        BoundingBox wide = page.getByLabel("Delete Eve New Client").filter(new Locator.FilterOptions()
                .setVisible(true)).boundingBox();
        assertThat(wide.x + wide.width).isLessThanOrEqualTo(1440);
    }

    private void selectRow(String client) {
        page.getByLabel("Select " + client).filter(new Locator.FilterOptions().setVisible(true)).first().click();
    }

    private void assertNoSidewaysScroll() {
        Object overflow = page.evaluate("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertThat(((Number) overflow).intValue()).isLessThanOrEqualTo(0);
    }

    private static Path save(Download download) {
        Path file = Path.of("target", "downloads", download.suggestedFilename());
        try {
            Files.createDirectories(file.getParent());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        download.saveAs(file);
        return file;
    }

    private static HoldingInput h(String ticker, String quantity) {
        return new HoldingInput(ticker, new BigDecimal(quantity), null);
    }
}
