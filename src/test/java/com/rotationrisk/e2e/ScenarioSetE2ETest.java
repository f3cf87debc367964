package com.rotationrisk.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.rotationrisk.IntegrationTest;
import com.rotationrisk.SecurityTestSupport;
import com.rotationrisk.portfolio.AccessRole;
import com.rotationrisk.portfolio.HoldingInput;
import com.rotationrisk.portfolio.PortfolioDraft;
import com.rotationrisk.portfolio.PortfolioService;
import com.rotationrisk.portfolio.PortfolioSharing;
import com.rotationrisk.portfolio.PortfolioSummary;
import com.rotationrisk.risk.ScenarioService;
import com.rotationrisk.risk.ScenarioView;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Issue #19: the scenario set is the portfolio's, so everyone who may see a portfolio gets the same numbers. */
@IntegrationTest
class ScenarioSetE2ETest extends BrowserTest {

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.security.core.context.SecurityContextHolderStrategy securityContextStrategy;

    @Autowired PortfolioService portfolios;

    @Autowired PortfolioSharing sharing;
    @Autowired ScenarioService scenarios;
    @Autowired UserDetailsService users;
    SecurityTestSupport security;

    @BeforeEach
    void setUp() {
        security = new SecurityTestSupport(users, securityContextStrategy);
    }

    private void open(long portfolioId) {
        page.navigate(url("portfolios/view/" + portfolioId));
        // scoring a portfolio can take a while on a busy machine
        assertThat(page.locator("#kpi-worst-case")).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(30_000));
    }

    @Test
    void twoTeammatesSeeTheSameWorstCaseOnTheSamePortfolioAfterOneOfThemMadeAPrivateDraft() {
        long harrison = security.as("alice", () -> portfolios.myPortfolios("Harrison Family Trust")).stream()
                .mapToLong(PortfolioSummary::id).findFirst().orElseThrow();

        // Alice makes a far harsher private copy of a built-in scenario, in the browser
        signIn("alice", "alice-demo-2026");
        page.navigate(url("scenarios"));
        Locator grid = page.locator("#scenario-grid");
        assertThat(grid).containsText("Tariff shock");
        // the first visible row's Copy (the grid keeps hidden rows for reuse)
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Copy").setExact(true))
                .filter(new Locator.FilterOptions().setVisible(true)).first().click();
        page.locator("vaadin-dialog #scenario-name input").fill("Alice's private crash");
        page.locator("#scenario-market input").fill("-60");
        page.locator("#save-scenario").click();
        assertThat(grid).containsText("Alice's private crash");
        assertThat(grid).containsText("Draft");

        open(harrison);
        assertThat(page.locator("#scenario-set-name")).hasText("Scenario set: Firm default set");
        assertThat(page.locator("#kpi-worst-case")).not().containsText("Alice's private crash");
        String alicesWorstCase = page.locator("#kpi-worst-case").textContent();
        String alicesDate = page.locator("#as-of input").inputValue();
        signOut();

        // Bob, her teammate and editor of the portfolio, sees exactly the same
        signIn("bob", "bob-demo-2026");
        open(harrison);
        assertThat(page.locator("#as-of input")).hasValue(alicesDate);
        assertThat(page.locator("#scenario-set-name")).hasText("Scenario set: Firm default set");
        assertThat(page.locator("#kpi-worst-case")).hasText(alicesWorstCase);
        page.locator("#scenario-set").scrollIntoViewIfNeeded();
        screenshot("scenario-set");
    }

    @Test
    void anEditorAddsAPublishedScenarioAndTheOwnerSeesTheSameSetWhileAViewerCannotChangeIt() {
        String name = "Rate shock 2026 (" + System.nanoTime() % 100_000 + ")";
        long id = security.as("alice", () -> {
            long created = portfolios.create(new PortfolioDraft("Set E2E Trust " + System.nanoTime(), "USD", null,
                    List.of(new HoldingInput("MSFT", new BigDecimal("1200"), null),
                            new HoldingInput("INTC", new BigDecimal("2000"), null),
                            new HoldingInput("IBM", new BigDecimal("600"), null),
                            new HoldingInput("CASH", new BigDecimal("40000"), null)))).id();
            sharing.shareWithOwnTeam(created, AccessRole.EDITOR);
            ScenarioView source = scenarios.visibleScenarios().stream().filter(s -> s.code().equals("tariff-shock"))
                    .findFirst().orElseThrow();
            ScenarioView draft = scenarios.copy(source.id(), name);
            scenarios.publish(draft.id(), new com.rotationrisk.risk.ScenarioDraft(name, "Rates jump", null, null, -45, 0,
                    false, true, List.of()), draft.version());
            return created;
        });

        try {
            addAsBobAndCompareAsAlice(id, name);
        } finally {
            security.run("alice", () -> portfolios.delete(id)); // keeps Alice's list as other tests expect it
        }
    }

    private void addAsBobAndCompareAsAlice(long id, String name) {
        signIn("bob", "bob-demo-2026");
        open(id);
        page.locator("#scenario-to-add input").fill(name);
        page.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText(name)).first().click();
        page.locator("#add-to-set").click();
        assertThat(page.locator("#scenario-set-name")).hasText("Scenario set: Firm default set + 1 added (" + name + ")");
        assertThat(page.locator("#kpi-worst-case")).containsText(name,
                new LocatorAssertions.ContainsTextOptions().setTimeout(30_000));
        String bobsWorstCase = page.locator("#kpi-worst-case").textContent();
        page.locator("#scenario-set").scrollIntoViewIfNeeded();
        screenshot("scenario-set-added");
        signOut();

        signIn("alice", "alice-demo-2026");
        open(id);
        assertThat(page.locator("#scenario-set-name")).hasText("Scenario set: Firm default set + 1 added (" + name + ")");
        assertThat(page.locator("#kpi-worst-case")).hasText(bobsWorstCase);

        // Alice only views Bob's Okafor portfolio: the set is shown, with nothing to change it
        long okafor = security.as("bob", () -> portfolios.myPortfolios("Okafor")).getFirst().id();
        open(okafor);
        assertThat(page.locator("#scenario-set-name")).containsText("Scenario set: Firm default set");
        assertThat(page.locator("#add-to-set")).hasCount(0);
        assertThat(page.locator(".remove-set-scenario")).hasCount(0);
        assertThat(page.locator("#scenario-set")).containsText("owner or an editor chooses");
        assertThat(security.as("alice", () -> portfolios.scenarioSet(okafor)).added()).isEmpty();
    }
}
