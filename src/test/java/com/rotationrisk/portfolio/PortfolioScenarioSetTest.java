package com.rotationrisk.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.rotationrisk.IntegrationTest;
import com.rotationrisk.SecurityTestSupport;
import com.rotationrisk.risk.InvalidScenarioException;
import com.rotationrisk.risk.ScenarioDraft;
import com.rotationrisk.risk.ScenarioService;
import com.rotationrisk.risk.ScenarioSet;
import com.rotationrisk.risk.ScenarioView;
import com.rotationrisk.risk.engine.PortfolioAssessment;
import com.rotationrisk.risk.engine.ScenarioResult;
import com.rotationrisk.risk.engine.scenario.Scenario;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A portfolio's scenario set (issue #19): the same for everyone who may see the portfolio, never the viewer's private
 * drafts; only published scenarios enter it; only the owner or an editor changes it.
 */
@IntegrationTest
class PortfolioScenarioSetTest {

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.security.core.context.SecurityContextHolderStrategy securityContextStrategy;

    private static final LocalDate AS_OF = LocalDate.of(2001, 1, 2);

    @Autowired PortfolioService portfolios;

    @Autowired PortfolioSharing sharing;
    @Autowired ScenarioService scenarios;
    @Autowired UserDetailsService userDetails;
    @Autowired JdbcTemplate jdbc;
    SecurityTestSupport security;
    /** Alice's portfolios made here, deleted afterwards so her list stays as other tests expect it. */
    final List<Long> created = new ArrayList<>();

    @BeforeEach
    void setUp() {
        security = new SecurityTestSupport(userDetails, securityContextStrategy);
    }

    @AfterEach
    void deleteCreatedPortfolios() {
        created.forEach(id -> security.run("alice", () -> portfolios.delete(id)));
    }

    /** Alice's portfolio with the Harrison Family Trust's holdings, shared with her team (Bob) as editors. */
    private long sharedPortfolio() {
        return security.as("alice", () -> {
            PortfolioDetails p = portfolios.create(new PortfolioDraft("Set test " + System.nanoTime(), "USD", null,
                    List.of(h("MSFT", "1200"), h("INTC", "2000"), h("IBM", "600"), h("HWP", "900"), h("GE", "1500"),
                            h("CASH", "40000"))));
            sharing.shareWithOwnTeam(p.id(), AccessRole.EDITOR);
            created.add(p.id());
            return p.id();
        });
    }

    private static HoldingInput h(String ticker, String quantity) {
        return new HoldingInput(ticker, new BigDecimal(quantity), null);
    }

    private long okafor() {
        return security.as("bob", () -> portfolios.myPortfolios("Okafor")).getFirst().id();
    }

    private ScenarioView builtIn(String user, String code) {
        return security.as(user, () -> scenarios.visibleScenarios()).stream().filter(s -> s.code().equals(code))
                .findFirst().orElseThrow();
    }

    /** A draft of {@code user}'s: the tariff shock with a much harsher market leg. */
    private ScenarioView harshDraft(String user, String name) {
        ScenarioView tariff = builtIn(user, "tariff-shock");
        ScenarioDraft c = tariff.content();
        return security.as(user, () -> scenarios.saveCopy(tariff.id(), new ScenarioDraft(name, c.description(),
                c.analogStart(), c.analogEnd(), -60, c.spreadShockPct(), c.spreadGivesBackYtd(), c.policyScenario(),
                c.shocks())));
    }

    private ScenarioView published(String user, String name) {
        ScenarioView draft = harshDraft(user, name);
        return security.as(user, () -> scenarios.publish(draft.id(), draft.version()));
    }

    private static double worst(PortfolioAssessment a) {
        return a.worstCase().orElseThrow().impactPct();
    }

    @Test
    void twoTeammatesGetTheSameNumbersOnTheSamePortfolioAndDateEvenWhenOneHasPrivateDrafts() {
        long id = sharedPortfolio();
        PortfolioAssessment before = security.as("alice", () -> portfolios.analyse(id, AS_OF));
        ScenarioView draft = harshDraft("alice", "Alice's private tariff view");

        PortfolioAssessment alices = security.as("alice", () -> portfolios.analyse(id, AS_OF));
        PortfolioAssessment bobs = security.as("bob", () -> portfolios.analyse(id, AS_OF));
        assertThat(worst(alices)).isEqualTo(worst(bobs)).isEqualTo(worst(before));
        assertThat(alices.worstCase()).isEqualTo(bobs.worstCase());
        assertThat(alices.scenarios()).isEqualTo(bobs.scenarios());
        assertThat(alices.scenarios()).extracting(ScenarioResult::scenarioId).doesNotContain(draft.code());
        assertThat(alices.grade()).isEqualTo(bobs.grade());
        ScenarioSet seenByAlice = security.as("alice", () -> portfolios.scenarioSet(id));
        assertThat(seenByAlice).isEqualTo(security.as("bob", () -> portfolios.scenarioSet(id)));
        assertThat(seenByAlice.name()).isEqualTo("Firm default set");
        assertThat(seenByAlice.scenarios()).extracting(Scenario::id).contains("tariff-shock", "rotation-unwind")
                .doesNotContain(draft.code());
    }

    @Test
    void anEditorAddsAPublishedScenarioAndEveryViewerGetsItTheSetIsNamedAfterIt() {
        long id = sharedPortfolio();
        double firmDefaultWorst = worst(security.as("alice", () -> portfolios.analyse(id, AS_OF)));
        ScenarioView harsh = published("alice", "Tariff shock 2026 " + System.nanoTime());

        // Bob (editor) adds Alice's published scenario; Alice sees what Bob sees
        ScenarioSet set = security.as("bob", () -> portfolios.addScenario(id, harsh.id()));
        assertThat(set.added()).extracting(ScenarioSet.Member::id).containsExactly(harsh.id());
        assertThat(set.name()).isEqualTo("Firm default set + 1 added (" + harsh.name() + ")");
        PortfolioAssessment alices = security.as("alice", () -> portfolios.analyse(id, AS_OF));
        PortfolioAssessment bobs = security.as("bob", () -> portfolios.analyse(id, AS_OF));
        assertThat(alices.worstCase()).isEqualTo(bobs.worstCase());
        assertThat(alices.worstCase().orElseThrow().scenarioName()).isEqualTo(harsh.name());
        assertThat(worst(alices)).isLessThan(firmDefaultWorst);
        assertThat(security.as("bob", () -> portfolios.scenariosToAdd(id))).extracting(ScenarioView::id)
                .doesNotContain(harsh.id());
        assertThat(jdbc.queryForObject("select count(*) from audit_event where portfolio_id = ? and action = "
                + "'ADD_SCENARIO'", Integer.class, id)).isEqualTo(1);

        // adding twice changes nothing; a duplicate of the portfolio keeps its set
        assertThat(security.as("alice", () -> portfolios.addScenario(id, harsh.id()))).isEqualTo(set);
        long copy = security.as("alice", () -> portfolios.duplicate(id)).id();
        created.add(copy);
        assertThat(security.as("alice", () -> portfolios.scenarioSet(copy))).isEqualTo(set);

        // the firm default set cannot be taken out of one portfolio; an added scenario can
        long tariffId = builtIn("alice", "tariff-shock").id();
        assertThatThrownBy(() -> security.as("bob", () -> portfolios.removeScenario(id, tariffId)))
                .isInstanceOfSatisfying(InvalidPortfolioException.class, e -> assertThat(e.field()).isEqualTo("scenario"));
        ScenarioSet after = security.as("alice", () -> portfolios.removeScenario(id, harsh.id()));
        assertThat(after.name()).isEqualTo("Firm default set");
        assertThat(worst(security.as("bob", () -> portfolios.analyse(id, AS_OF)))).isEqualTo(firmDefaultWorst);
    }

    @Test
    void draftsAndFirmDefaultsCannotBeAdded() {
        long id = sharedPortfolio();
        ScenarioView draft = harshDraft("alice", "Alice's draft for the set");
        assertThatThrownBy(() -> security.as("alice", () -> portfolios.addScenario(id, draft.id())))
                .isInstanceOfSatisfying(InvalidScenarioException.class, e -> {
                    assertThat(e.field()).isEqualTo("scenario");
                    assertThat(e.getMessage()).contains("draft");
                });
        assertThat(security.as("alice", () -> portfolios.scenariosToAdd(id))).extracting(ScenarioView::id)
                .doesNotContain(draft.id());
        long tariffId = builtIn("alice", "tariff-shock").id();
        assertThatThrownBy(() -> security.as("alice", () -> portfolios.addScenario(id, tariffId)))
                .isInstanceOfSatisfying(InvalidScenarioException.class,
                        e -> assertThat(e.getMessage()).contains("firm default set"));
        assertThat(security.as("alice", () -> portfolios.scenarioSet(id)).added()).isEmpty();
    }

    @Test
    void aViewerCannotChangeTheSetAndAnotherTeamCannotEvenSeeIt() {
        long okafor = okafor(); // Bob's, shared with his team (Alice) as viewers
        ScenarioView scenario = published("alice", "Viewer test scenario " + System.nanoTime());
        ScenarioSet before = security.as("alice", () -> portfolios.scenarioSet(okafor));
        assertThatThrownBy(() -> security.as("alice", () -> portfolios.addScenario(okafor, scenario.id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> security.as("alice", () -> portfolios.removeScenario(okafor, scenario.id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> security.as("alice", () -> portfolios.scenariosToAdd(okafor)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(security.as("bob", () -> portfolios.scenarioSet(okafor))).isEqualTo(before);

        long alices = sharedPortfolio();
        assertThatThrownBy(() -> security.as("carol", () -> portfolios.scenarioSet(alices)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> security.as("carol", () -> portfolios.addScenario(alices, scenario.id())))
                .isInstanceOf(AccessDeniedException.class);
    }
}
