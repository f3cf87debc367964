package com.rotationrisk.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.rotationrisk.IntegrationTest;
import com.rotationrisk.SecurityTestSupport;
import com.rotationrisk.portfolio.AccessRole;
import com.rotationrisk.portfolio.HoldingInput;
import com.rotationrisk.portfolio.PortfolioDraft;
import com.rotationrisk.portfolio.PortfolioService;
import com.rotationrisk.portfolio.PortfolioSharing;
import com.rotationrisk.risk.ScenarioDraft;
import com.rotationrisk.risk.ScenarioService;
import com.rotationrisk.risk.ScenarioStatus;
import com.rotationrisk.risk.ScenarioView;
import com.rotationrisk.risk.engine.scenario.Scenario;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import tools.jackson.databind.json.JsonMapper;

/**
 * Client documents use the portfolio's scenario set, which holds published scenarios only: the author's drafts
 * never reach a PDF, whoever generates it, and the PDF names the set.
 */
@IntegrationTest
class ScenarioSetReportTest {

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.security.core.context.SecurityContextHolderStrategy securityContextStrategy;

    private static final LocalDate AS_OF = LocalDate.of(2001, 1, 2);

    @Autowired ReportService reports;
    @Autowired ReportArchive archive;
    @Autowired PortfolioService portfolios;
    @Autowired PortfolioSharing sharing;
    @Autowired ScenarioService scenarios;
    @Autowired UserDetailsService users;
    @Autowired JsonMapper json;
    SecurityTestSupport security;

    @BeforeEach
    void setUp() {
        security = new SecurityTestSupport(users, securityContextStrategy);
    }

    private ScenarioView draftFromTariffShock(String name, double marketShock) {
        return security.as("alice", () -> {
            ScenarioView tariff = scenarios.visibleScenarios().stream().filter(s -> s.code().equals("tariff-shock"))
                    .findFirst().orElseThrow();
            ScenarioDraft c = tariff.content();
            return scenarios.saveCopy(tariff.id(), new ScenarioDraft(name, c.description(), c.analogStart(),
                    c.analogEnd(), marketShock, c.spreadShockPct(), c.spreadGivesBackYtd(), c.policyScenario(),
                    c.shocks()));
        });
    }

    @Test
    void aClientSummaryUsesOnlyThePortfoliosPublishedSetAndNamesIt() throws Exception {
        long id = security.as("alice", () -> {
            long created = portfolios.create(new PortfolioDraft("Report set test " + System.nanoTime(), "USD", null,
                    List.of(new HoldingInput("MSFT", new BigDecimal("1200"), null),
                            new HoldingInput("INTC", new BigDecimal("2000"), null),
                            new HoldingInput("CASH", new BigDecimal("40000"), null)))).id();
            sharing.shareWithOwnTeam(created, AccessRole.EDITOR);
            return created;
        });
        String publishedName = "Rate shock 2026 " + System.nanoTime();
        ScenarioView toPublish = draftFromTariffShock(publishedName, -20);
        ScenarioView published = security.as("alice", () -> scenarios.publish(toPublish.id(), toPublish.version()));
        security.run("alice", () -> portfolios.addScenario(id, published.id()));
        ScenarioView draft = draftFromTariffShock("Copy of Tariff shock", -60); // Alice's private draft

        try {
            generateAsAliceAndBob(id, published, draft, publishedName);
        } finally {
            security.run("alice", () -> portfolios.delete(id)); // keeps Alice's list as other tests expect it
        }
    }

    private void generateAsAliceAndBob(long id, ScenarioView published, ScenarioView draft, String publishedName)
            throws Exception {
        for (String who : List.of("alice", "bob")) {
            GeneratedReport report = security.as(who, () -> reports.generate(id, "client-summary", AS_OF));
            ReportInputs inputs = json.readValue(archive.find(report.archived().id()).orElseThrow().inputsJson(),
                    ReportInputs.class);
            assertThat(inputs.scenarioSet()).isEqualTo("Firm default set + 1 added (" + publishedName + ")");
            Map<String, ScenarioView> byCode = security.as("alice", () -> scenarios.visibleScenarios()).stream()
                    .collect(Collectors.toMap(ScenarioView::code, Function.identity()));
            assertThat(inputs.scenarios()).extracting(Scenario::id).contains(published.code())
                    .doesNotContain(draft.code())
                    .allSatisfy(code -> assertThat(byCode.get(code).status()).isEqualTo(ScenarioStatus.PUBLISHED));

            String text = ReportServiceTest.text(report.pdf()).replaceAll("\\s+", " ");
            assertThat(text).contains("Scenario set Firm default set + 1 added (" + publishedName + ")");
            assertThat(text).doesNotContain("Copy of");
        }
    }
}
