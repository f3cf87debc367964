package com.rotationrisk.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.rotationrisk.IntegrationTest;
import com.rotationrisk.SecurityTestSupport;
import com.rotationrisk.portfolio.AccessRole;
import com.rotationrisk.portfolio.HoldingInput;
import com.rotationrisk.portfolio.PortfolioDraft;
import com.rotationrisk.portfolio.PortfolioService;
import com.rotationrisk.portfolio.PortfolioSharing;
import com.rotationrisk.security.NewUser;
import com.rotationrisk.security.Role;
import com.rotationrisk.security.TeamSummary;
import com.rotationrisk.security.UserAdministrationService;
import com.rotationrisk.watch.AlertInbox;
import com.rotationrisk.watch.AlertRule;
import com.rotationrisk.watch.AlertRules;
import com.rotationrisk.watch.RuleSettings;
import com.rotationrisk.watch.WatchTestData;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * An owner whose portfolio raised alerts overnight: the header's bell counts them, the inbox lists them, opening one
 * lands on the analysis of that day and the count drops; the History tab shows the chart, the table and the rules,
 * where a bad threshold is refused at its field and a good one saved. A viewer sees the rules without Save; an
 * administrator sees the firm's rules and the runs, and starts one.
 */
@IntegrationTest
class AlertsE2ETest extends BrowserTest {

    static final String TEAM = "Alerts UI Test Advisors";
    static final String OWNER = "aui-own";
    static final String VIEWER = "aui-view";
    static final String PASSWORD = "alerts-ui-password-2026!";

    @Autowired UserDetailsService userDetails;
    @Autowired SecurityContextHolderStrategy securityContextStrategy;
    @Autowired UserAdministrationService users;
    @Autowired PortfolioService portfolios;
    @Autowired PortfolioSharing sharing;
    @Autowired AlertInbox inbox;
    @Autowired AlertRules rules;
    @Autowired ApplicationContext context;

    @Test
    void theBadgeCountsAlertsOpeningOneLandsOnThatDayAndTheHistoryTabShowsChartTableAndRules() {
        SecurityTestSupport security = new SecurityTestSupport(userDetails, securityContextStrategy);
        security.run("admin", () -> {
            TeamSummary team = users.listTeams().stream().filter(t -> t.name().equals(TEAM)).findFirst()
                    .orElseGet(() -> users.createTeam(TEAM));
            for (String name : List.of(OWNER, VIEWER)) {
                if (users.listUsers().stream().noneMatch(u -> u.username().equals(name))) {
                    users.createUser(new NewUser(name, "Alerts " + name.substring(4), PASSWORD, Role.ADVISOR,
                            team.id()));
                }
            }
        });
        String client = "AUI Client " + Long.toString(System.nanoTime(), 36);
        long id = security.as(OWNER, () -> portfolios.create(new PortfolioDraft(client, "USD", null, List.of(
                h("MSFT", "300"), h("INTC", "900"), h("IBM", "150"), h("KO", "400"), h("CASH", "20000"))))).id();
        security.run(OWNER, () -> sharing.shareWithPerson(id, sharing.shareablePeople(id).stream()
                .filter(m -> m.username().equals(VIEWER)).findFirst().orElseThrow().id(), AccessRole.VIEWER));
        LocalDate asOf = new WatchTestData(context).alertsOn(id);
        int unread = security.as(OWNER, inbox::unreadCount);
        assertThat(unread).isPositive();

        signIn(OWNER, PASSWORD);
        Locator badge = page.locator("#alert-badge");
        assertThat(badge).hasAttribute("aria-label", "Alerts, " + unread + " unread");
        assertThat(page.locator("#alert-count")).hasText(Integer.toString(unread));
        screenshot("60-alert-badge");

        badge.click();
        assertThat(page).hasURL(Pattern.compile(".*/alerts$"));
        Locator grid = page.locator("#alert-grid");
        assertThat(grid).containsText(client);
        assertThat(grid).containsText("rose by");
        assertThat(grid).containsText("Unread");
        page.waitForTimeout(400);
        screenshot("61-alert-inbox");

        // e-mail without an address is refused at the field, and nothing is saved
        page.getByText("E-mail after each re-scoring that raised alerts").click();
        page.locator("#save-delivery").click();
        assertThat(page.locator("#delivery-email")).containsText("Enter the address the alerts should go to.");
        assertThat(page.locator("#delivery-status")).hasText("1 problem to fix; nothing was saved.");

        page.getByLabel("Open analysis of " + client).first().click();
        assertThat(page).hasURL(Pattern.compile(".*/portfolios/view/" + id + "\\?asOf=" + asOf + "$"));
        assertThat(page.locator("h2")).containsText(client);
        assertThat(badge).hasAttribute("aria-label", "Alerts, " + (unread - 1) + " unread");

        page.locator("vaadin-tab").getByText("History").click();
        assertThat(page.locator("#history-chart svg")).isVisible();
        Locator table = page.locator("#history-table");
        assertThat(table).containsText("(shown above)");
        assertThat(table).containsText("Low");
        assertThat(page.locator("#what-changed")).containsText("This is your first look");
        shoot(page, page.locator("#history-overview"), "62-history-tab");

        Locator threshold = page.locator("#rule-dimension-rose-threshold");
        threshold.locator("input").fill("0");
        threshold.locator("input").press("Tab");
        page.locator("#save-alert-rules").click();
        assertThat(threshold).containsText("Between 1 and 100 points.");
        assertThat(page.locator("#portfolio-alert-rules-status")).hasText("1 problem to fix; nothing was saved.");
        assertThat(security.as(OWNER, () -> rules.forPortfolio(id)).of(AlertRule.DIMENSION_ROSE).overridden())
                .isFalse();

        threshold.locator("input").fill("12");
        threshold.locator("input").press("Tab");
        page.locator("#save-alert-rules").click();
        assertThat(page.locator("#portfolio-alert-rules-status"))
                .containsText("Saved. 1 rule is overridden, the others follow the firm's.");
        assertThat(page.locator("#rule-dimension-rose-state")).containsText("Overridden");
        assertThat(threshold).not().containsText("Between 1 and 100 points.");
        RuleSettings.Setting saved = security.as(OWNER, () -> rules.forPortfolio(id)).of(AlertRule.DIMENSION_ROSE);
        assertThat(saved.threshold()).isEqualTo(12);
        assertThat(saved.overridden()).isTrue();
        shoot(page, page.locator("#portfolio-alert-rules"), "63-alert-rules");

        // a viewer sees the same rules, without Save
        Page viewer = openAs(VIEWER, PASSWORD);
        viewer.navigate(url("portfolios/view/" + id));
        viewer.locator("vaadin-tab").getByText("History").click();
        assertThat(viewer.locator("#rule-dimension-rose-state")).containsText("Overridden");
        assertThat(viewer.locator("#portfolio-alert-rules")).containsText("Only the portfolio's owner can change");
        assertThat(viewer.locator("#save-alert-rules")).isHidden();

        Page admin = openAs("admin", "admin-demo-2026");
        admin.navigate(url("admin/alert-rules"));
        assertThat(admin.locator("#firm-alert-rules")).containsText("A dimension score rises");
        assertThat(admin.locator("#rescoring-runs")).containsText("test");
        admin.locator("#rescore-now").click();
        assertThat(admin.locator("#rescore-status")).containsText(Pattern.compile("Done: |Not started: "),
                new LocatorAssertions.ContainsTextOptions().setTimeout(120_000));
        if (admin.locator("#rescore-status").textContent().startsWith("Done")) {
            assertThat(admin.locator("#rescoring-runs")).containsText("admin");
        }
        shoot(admin, admin.locator("#firm-alert-rules-view"), "64-firm-alert-rules");
    }

    /**
     * The whole of a part of the page. The views scroll inside the layout, so a page screenshot shows one screen and
     * a part taller than the window is drawn only where the window is: the window is made tall for the picture.
     */
    private static void shoot(Page p, Locator part, String name) {
        p.setViewportSize(1280, 2000);
        part.scrollIntoViewIfNeeded();
        p.waitForTimeout(500);
        part.screenshot(new Locator.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")));
        p.setViewportSize(1280, 800);
    }

    private static HoldingInput h(String ticker, String quantity) {
        return new HoldingInput(ticker, new BigDecimal(quantity), null);
    }
}
