package com.rotationrisk.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import com.rotationrisk.IntegrationTest;
import com.rotationrisk.SecurityTestSupport;
import com.rotationrisk.portfolio.HoldingInput;
import com.rotationrisk.portfolio.PortfolioDetails;
import com.rotationrisk.portfolio.PortfolioDraft;
import com.rotationrisk.portfolio.PortfolioService;
import com.rotationrisk.proposal.ProposalDrafts;
import com.rotationrisk.proposal.Trade;
import com.rotationrisk.security.NewUser;
import com.rotationrisk.security.Role;
import com.rotationrisk.security.TeamSummary;
import com.rotationrisk.security.UserAdministrationService;
import com.rotationrisk.watch.WatchTestData;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Issue #17: every view, tab, step and dialog passes axe-core's WCAG 2.1 A and AA rules with no serious or critical
 * violation, and every view has a specific document title the moment it is shown. One tour per person (an advisor
 * of a team of this test's own, then an administrator), each in one signed-in page; a new view is one more line.
 * All findings are collected and reported together, so one run lists everything that is wrong.
 */
@IntegrationTest
class AccessibilityE2ETest extends BrowserTest {

    static final String TEAM = "Axe Test Advisors";
    static final String OWNER = "axe-own";
    static final String MATE = "axe-mate";
    static final String PASSWORD = "axe-scan-password-2026!";
    private static final Logger log = LoggerFactory.getLogger(AccessibilityE2ETest.class);

    @Autowired UserDetailsService userDetails;
    @Autowired SecurityContextHolderStrategy securityContextStrategy;
    @Autowired UserAdministrationService users;
    @Autowired PortfolioService portfolios;
    @Autowired ProposalDrafts proposals;
    @Autowired ApplicationContext context;

    private final List<String> findings = new ArrayList<>();
    private int scans;

    @Test
    void everyViewTabStepAndDialogPassesWcag21AaWithoutSeriousViolations() {
        Instant start = Instant.now();
        SecurityTestSupport security = new SecurityTestSupport(userDetails, securityContextStrategy);
        security.run("admin", () -> {
            TeamSummary team = users.listTeams().stream().filter(t -> t.name().equals(TEAM)).findFirst()
                    .orElseGet(() -> users.createTeam(TEAM));
            if (users.listUsers().stream().noneMatch(u -> u.username().equals(OWNER))) {
                users.createUser(new NewUser(OWNER, "Axel Owner", PASSWORD, Role.ADVISOR, team.id(), true));
                users.createUser(new NewUser(MATE, "Axel Mate", PASSWORD, Role.ADVISOR, team.id()));
            }
        });
        String suffix = Long.toString(System.nanoTime(), 36);
        String client = "Axe Client " + suffix;
        String doomed = "Axe Deleted " + suffix;
        String proposal = "Axe trim INTC " + suffix;
        long id = security.as(OWNER, () -> portfolios.create(new PortfolioDraft(client, "USD", null, List.of(
                h("MSFT", "300"), h("INTC", "900"), h("IBM", "150"), h("KO", "400"), h("ZZAX", "10"),
                h("CASH", "20000"))))).id();
        security.as(OWNER, () -> portfolios.create(new PortfolioDraft(doomed, "USD", null, List.of(h("KO", "5")))));
        security.as(OWNER, () -> proposals.create(id, proposal,
                List.of(Trade.sell("INTC", Trade.AmountKind.PERCENT_OF_POSITION, "40"))));
        new WatchTestData(context).alertsOn(id);

        log.info("axe: test data ready in {} s", Duration.between(start, Instant.now()).toSeconds());
        Tour t = new Tour(page);
        t.view("Sign-in", "login", "vaadin-login-form", "Sign in");
        signIn(OWNER, PASSWORD);

        t.view("Home (book)", "", "#book-grid", "Book");
        t.step("Book, client summaries ZIP dialog", () -> {
            page.getByLabel("Select " + client).filter(visible()).first().click();
            page.locator("#zip-selected").click();
            page.locator("#zip-download").waitFor(new Locator.WaitForOptions().setTimeout(60_000));
        }, "#zip-close");
        t.close();
        t.view("Book scenario", "book/scenario", "#book-scenario-choice", "Book scenario");
        t.step("Book scenario, results", () -> {
            page.locator("#book-scenario-choice").click();
            page.locator("vaadin-combo-box-item").first().click();
            page.locator("#book-scenario-run").click();
        }, "#book-scenario-grid");

        t.view("Portfolio list", "portfolios", "#portfolio-grid", "Portfolios");
        t.step("Delete confirmation", () -> page.getByLabel("Delete " + doomed).filter(visible()).first().click(),
                "#confirm-cancel");
        t.then("Delete confirmed", () -> page.locator("#confirm-destructive vaadin-button").getByText("Delete",
                new Locator.GetByTextOptions().setExact(true)).click());

        String edit = "portfolios/edit/" + id;
        // the grid's inputs name their holding (the 12 critical nodes were these, unlabelled)
        t.view("Portfolio editor with rows", edit, "role=textbox[name='Quantity of MSFT, row 1']", "Edit " + client);
        t.step("Holdings import dialog", () -> page.locator("#import-holdings").click(), "#holdings-upload");
        t.step("Holdings import preview", () -> page.locator("#holdings-upload input[type=file]").setInputFiles(
                new FilePayload("holdings.csv", "text/csv", "Ticker,Quantity\nMSFT,10\nKO,abc\n"
                        .getBytes(StandardCharsets.UTF_8))), "#holdings-rejected");
        t.close();
        t.step("Editor with errors", () -> {
            page.locator(".holding-quantity input").first().fill("-5");
            page.locator("#save-portfolio").click();
        }, "#error-summary");
        screenshot("70-axe-editor-unsaved-and-errors");
        t.step("Discard changes dialog", () -> page.locator("vaadin-side-nav-item",
                new Page.LocatorOptions().setHasText("Instruments")).click(), "#discard-stay");
        t.then("Stay in the editor", () -> {
            page.locator("#discard-stay").click();
            page.locator(".holding-quantity input").first().fill("310");
        });
        t.step("Conflict dialog", () -> {
            security.as(OWNER, () -> {
                PortfolioDetails now = portfolios.open(id);
                PortfolioDraft c = now.content();
                return portfolios.save(id, new PortfolioDraft(c.clientName(), c.baseCurrency(), "Changed elsewhere",
                        c.holdings()), now.version(), c);
            });
            page.locator("#save-portfolio").click();
        }, "#conflict-reload");
        t.then("Reload after the conflict", () -> page.locator("#conflict-reload").click());

        String analysis = "portfolios/view/" + id;
        t.view("Analysis, Positions tab", analysis, "#positions-grid", client + " · Portfolio analysis");
        t.step("Position detail", () -> page.locator("#positions-grid").getByText("MSFT").first().click(),
                "#position-detail");
        for (String[] tab : new String[][] {{"Scenarios", "#scenario-results"},
                {"Behaviour & concentration", "h3:has-text('Concentration')"}, {"Charts", "#distribution-charts"},
                {"Proposals", "#proposal-list"}, {"History", "#history-overview"}, {"Reports", "#reports-tab"}}) {
            t.step("Analysis, " + tab[0] + " tab", () -> tabNamed(tab[0]).click(), tab[1]);
        }
        t.step("Portfolio history dialog", () -> page.locator("#portfolio-history-button").click(),
                "#portfolio-audit-trail");
        t.close();
        t.step("Sharing dialog", () -> page.locator("#share-portfolio").click(), "#access-grid");
        t.step("Transfer confirmation", () -> {
            page.locator("#transfer-to input").click();
            page.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText("Axel Mate")).click();
            page.locator("#transfer-submit").click();
        }, "#transfer-confirm vaadin-button");
        t.close();
        t.close();
        t.step("Add instrument dialog", () -> {
            tabNamed("Positions").click();
            page.locator("#add-instrument-ZZAX").click();
        }, "#add-instrument-save");
        t.close();

        Runnable proposalsAfresh = () -> {
            page.navigate(url(analysis));
            tabNamed("Proposals").click();
            page.locator("#proposal-list").waitFor();
        };
        t.then("Proposals tab afresh", proposalsAfresh);
        t.step("Proposal editor", () -> page.locator("#new-proposal").click(), "#proposal-name");
        t.step("Proposal before and after", () -> {
            Locator ticker = page.locator(".trade-ticker input").first();
            ticker.fill("INTC");
            ticker.press("Enter");
            page.locator(".trade-amount input").first().fill("40");
            page.locator(".trade-amount input").first().press("Tab");
            page.locator("#show-effect").click();
        }, "#before-after-table");
        t.then("Proposals tab afresh", proposalsAfresh);
        t.step("Suggestion form", () -> page.locator("#open-suggestion").click(), "#suggest-target");
        t.step("Suggestion result", () -> page.locator("#run-suggestion").click(), "#suggestion-outcome");
        t.then("Proposals tab afresh", proposalsAfresh);
        t.step("Saved proposal", () -> page.getByLabel("Open proposal " + proposal).click(), "#accept-proposal");
        t.step("Accept confirmation", () -> page.locator("#accept-proposal").click(), "#confirm-cancel");
        t.close();
        t.step("Reject confirmation", () -> page.locator("#reject-proposal").click(), "#confirm-cancel");
        t.close();

        t.view("Alerts inbox", "alerts", "#alert-grid", "Alerts");
        t.view("Instruments", "instruments", "#instrument-grid", "Instruments");
        t.step("Instrument detail", () -> {
            page.locator("#instrument-search input").fill("apple");
            page.waitForFunction("document.querySelector('#instrument-grid').size === 1");
            page.locator("#instrument-grid").getByText("Apple Inc.").first().click();
        }, "#bar-sources");
        t.view("Price import, choose a file", "instruments/import", "#price-upload", "Import prices");
        t.step("Price import, preview", () -> page.locator("#price-upload input[type=file]").setInputFiles(
                new FilePayload("axeq_daily.csv", "text/csv", PRICES.getBytes(StandardCharsets.UTF_8))),
                "#import-summary");
        t.step("Price import, new instrument", () -> {
            page.locator("#skip-rejected").click();
            page.locator("#confirm-import").click();
        }, "#new-name");
        t.step("Price import, done", () -> {
            page.locator("#new-name input").fill("Axe Test Import");
            pick(page, "#new-sector", "Industrials");
            page.locator("#new-size input").click();
            page.locator("vaadin-combo-box-item").getByText("MID").click();
            page.locator("#confirm-import").click();
        }, "vaadin-notification-card:has-text('Imported')");
        t.step("Price import, mapping", () -> page.locator("#price-upload input[type=file]").setInputFiles(
                new FilePayload("mapped.csv", "text/csv", "Day;Px\n02.01.2019;10,5\n03.01.2019;10,7\n"
                        .getBytes(StandardCharsets.UTF_8))), "#column-mapping");
        t.view("Scenarios", "scenarios", "#scenario-grid", "Scenarios");
        t.step("Scenario editor", () -> page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Copy")
                .setExact(true)).filter(visible()).first().click(), "#scenario-name");
        String draft = "Axe draft " + suffix;
        t.then("Save the scenario draft", () -> {
            page.locator("vaadin-dialog #scenario-name input").fill(draft);
            page.locator("vaadin-dialog #save-scenario").click();
        });
        t.step("Delete draft confirmation", () -> page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                .setName("Delete " + draft)).click(), "#confirm-cancel");
        t.close();
        t.view("Glossary", "glossary", "#glossary-view", "Glossary");
        t.then("Glossary, jump to the last term", () -> {
            screenshot("71-axe-glossary-index");
            page.locator(".glossary-index a").last().click();
            page.waitForTimeout(300);
            screenshot("72-axe-glossary-after-the-jump");
        });
        t.view("Change password", "change-password", "#new-password", "password");

        Page admin = openAs("admin", "admin-demo-2026");
        Tour a = new Tour(admin);
        a.view("User administration", "admin/users", "vaadin-grid", "Users");
        a.step("New user dialog", () -> admin.locator("#new-user").click(), "#create-user");
        a.close();
        a.step("New team dialog", () -> button(admin, "New team").click(), "[role=dialog] vaadin-text-field");
        a.close();
        a.step("Role and team dialog", () -> button(admin, "Role & team").first().click(), "#team");
        a.close();
        a.step("Reset password dialog", () -> button(admin, "Reset password").first().click(),
                "[role=dialog] vaadin-password-field");
        a.close();
        a.step("Disable user confirmation", () -> button(admin, "Disable " + MATE).click(), "#confirm-cancel");
        a.close();
        a.view("Cross-team sharing", "admin/team-sharing", "#pair-grid", "Team sharing");
        a.view("Portfolio administration", "admin/portfolios", "#deleted-grid", "Client portfolios");
        a.step("Reassign confirmation", () -> {
            pick(admin, "#reassign-from", "Axel Owner");
            pick(admin, "#reassign-to", "Axel Mate");
            admin.locator("#reassign-submit").click();
        }, "vaadin-confirm-dialog vaadin-button");
        a.close();
        a.view("Audit trail", "audit", "#audit-grid", "Audit trail");
        a.view("Model validation", "model-validation", "#run-study", "Model validation");
        a.view("Firm alert rules", "admin/alert-rules", "#firm-alert-rules", "Alert rules");
        a.view("Price refresh", "instruments/refresh", "#refresh-now", "Price refresh");

        log.info("axe: {} scans in {} s", scans, Duration.between(start, Instant.now()).toSeconds());
        assertThat(findings).as("serious or critical WCAG 2.1 A/AA violations and missing titles").isEmpty();
    }

    /** One person's walk through the screens in one signed-in page; each line scans what it shows. */
    private final class Tour {

        private final Page p;

        Tour(Page p) {
            this.p = p;
        }

        /** Opens a view by its address, checks its title the moment it shows {@code marker}, and scans it. */
        void view(String name, String path, String marker, String titleMentions) {
            if (!shown(name, () -> p.navigate(url(path)), marker)) {
                return;
            }
            String title = p.title();
            if (title.isBlank() || !title.toLowerCase(Locale.ROOT).contains(titleMentions.toLowerCase(Locale.ROOT))) {
                found(name + ": document title is \"" + title + "\", expected it to name \"" + titleMentions
                        + "\"");
            }
            scan(name);
        }

        /** Does something on the current screen (a tab, a step, a dialog) and scans once {@code marker} shows. */
        void step(String name, Runnable action, String marker) {
            if (shown(name, action, marker)) {
                scan(name);
            }
        }

        /** A screen that cannot be reached is a finding too; the tour goes on to list the others. */
        private boolean shown(String name, Runnable action, String marker) {
            try {
                action.run();
                p.locator(marker).first().waitFor();
                return true;
            } catch (RuntimeException e) {
                found(name + ": could not be shown: " + e.getMessage().lines().filter(l -> l.contains("waiting for")
                        || l.contains("message=")).toList());
                p.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("axe-not-shown-"
                        + name.replaceAll("[^A-Za-z]+", "-") + ".png")));
                return false;
            }
        }

        /** Gets the screen ready for the next line (confirms, fills, closes); a failure is a finding. */
        void then(String what, Runnable action) {
            shown(what, action, "body");
        }

        /** Closes the topmost dialog as a keyboard user would. */
        void close() {
            p.keyboard().press("Escape");
            p.waitForTimeout(300);
        }

        private void scan(String name) {
            p.waitForTimeout(400); // overlays fade in; a half-transparent text would be measured at the wrong contrast
            long started = System.nanoTime();
            Axe.seriousViolations(p, name).forEach(AccessibilityE2ETest.this::found);
            scans++;
            log.info("axe scanned {} in {} ms", name, (System.nanoTime() - started) / 1_000_000);
        }
    }

    private void found(String finding) {
        log.error("axe finding: {}", finding);
        findings.add(finding);
    }

    private Locator tabNamed(String title) {
        return page.locator("vaadin-tab").getByText(title, new Locator.GetByTextOptions().setExact(true));
    }

    private static Locator button(Page p, String name) {
        return p.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true)).filter(visible());
    }

    private static void pick(Page p, String comboBox, String item) {
        p.locator(comboBox + " input").fill(item);
        p.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText(item)).first().click();
    }

    private static Locator.FilterOptions visible() {
        return new Locator.FilterOptions().setVisible(true);
    }

    private static HoldingInput h(String ticker, String quantity) {
        return new HoldingInput(ticker, new BigDecimal(quantity), null);
    }

    /** A Yahoo-layout file of 40 weekdays for a symbol the universe does not have, with one unreadable row. */
    private static final String PRICES = prices();

    private static String prices() {
        StringBuilder csv = new StringBuilder("Date,Open,High,Low,Close,Adj Close,Volume\n");
        LocalDate day = LocalDate.of(2019, 3, 1);
        for (int i = 0; i < 40; i++) {
            while (day.getDayOfWeek().getValue() > 5) {
                day = day.plusDays(1);
            }
            double close = 20 + i * 0.1;
            csv.append(String.format(Locale.US, "%s,%.2f,%.2f,%.2f,%.2f,%.2f,%d%n", day, close, close + 1,
                    close - 1, close, close, 1000 + i));
            day = day.plusDays(1);
        }
        return csv.append("2019-05-01,abc,1,1,1,1,1\n").toString();
    }
}
