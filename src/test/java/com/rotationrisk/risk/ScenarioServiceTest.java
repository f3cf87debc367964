package com.rotationrisk.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.rotationrisk.IntegrationTest;
import com.rotationrisk.risk.engine.scenario.Shock;
import com.rotationrisk.risk.engine.scenario.ShockTarget;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.security.test.context.support.WithUserDetails;

@IntegrationTest
class ScenarioServiceTest {

    @Autowired ScenarioService scenarios;
    @Autowired org.springframework.security.core.userdetails.UserDetailsService users;

    private ScenarioView builtIn(String code) {
        return scenarios.visibleScenarios().stream().filter(s -> s.code().equals(code)).findFirst().orElseThrow();
    }

    private <T> T as(String username, java.util.function.Supplier<T> action) {
        var details = users.loadUserByUsername(username);
        var auth = new org.springframework.security.authentication.UsernamePasswordAuthenticationToken(details, null,
                details.getAuthorities());
        var previous = org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication();
        org.springframework.security.core.context.SecurityContextHolder.getContext().setAuthentication(auth);
        try {
            return action.get();
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }

    @Test
    @WithUserDetails("alice")
    void theFiveBuiltInScenariosAreLoadedFromTheVersionedFileAndAreReadOnly() {
        List<ScenarioView> all = scenarios.visibleScenarios();
        assertThat(all).filteredOn(ScenarioView::builtIn).extracting(ScenarioView::code).contains(
                "credit-card-rate-cap", "central-bank-independence", "tariff-shock", "rotation-unwind",
                "growth-disappointment");
        ScenarioView tariff = builtIn("tariff-shock");
        assertThat(tariff.version()).isEqualTo(1);
        assertThat(tariff.content().marketShockPct()).isEqualTo(-10.0);
        assertThat(tariff.content().analogStart()).isEqualTo(LocalDate.of(2025, 4, 2));
        assertThat(tariff.editable()).isFalse();
        assertThatThrownBy(() -> scenarios.update(tariff.id(), tariff.content(), tariff.version()))
                .isInstanceOfSatisfying(InvalidScenarioException.class,
                        e -> assertThat(e.getMessage()).contains("read-only"));
    }

    @Test
    @WithUserDetails("alice")
    void anAdvisorCopiesAndEditsAScenarioAndEachSaveBumpsItsVersion() {
        ScenarioView copy = scenarios.copy(builtIn("credit-card-rate-cap").id(), "Rate cap, harsher");
        assertThat(copy.editable()).isTrue();
        assertThat(copy.basedOnCode()).isEqualTo("credit-card-rate-cap");
        List<Shock> shocks = new ArrayList<>(copy.content().shocks());
        shocks.add(new Shock(ShockTarget.TICKER, "AXP", -15));
        ScenarioDraft edited = new ScenarioDraft("Rate cap, harsher", "AXP singled out", null, null, -1, 0, false, true,
                shocks);
        ScenarioView saved = scenarios.update(copy.id(), edited, copy.version());
        assertThat(saved.version()).isEqualTo(copy.version() + 1);
        assertThat(saved.content().shocks()).contains(new Shock(ShockTarget.TICKER, "AXP", -15));
        assertThat(scenarios.activeScenarios()).anySatisfy(s -> assertThat(s.id()).isEqualTo(copy.code()));

        assertThatThrownBy(() -> scenarios.update(copy.id(), edited, copy.version()))
                .isInstanceOfSatisfying(InvalidScenarioException.class,
                        e -> assertThat(e.getMessage()).contains("changed meanwhile"));
    }

    @Test
    @WithUserDetails("alice")
    void badScenarioInputIsRefusedWithAMessageForTheField() {
        ScenarioView copy = scenarios.copy(builtIn("tariff-shock").id(), null);
        assertThat(copy.name()).isEqualTo("Copy of Tariff shock");
        record Case(ScenarioDraft draft, String field, String text) { }
        List<Shock> twice = List.of(new Shock(ShockTarget.SECTOR, "Energy", -5), new Shock(ShockTarget.SECTOR, "energy ", -6));
        for (Case c : List.of(
                new Case(new ScenarioDraft(" ", null, null, null, 0, 0, false, true, List.of()), "name", "name"),
                new Case(new ScenarioDraft("x", null, LocalDate.of(2025, 4, 8), null, 0, 0, false, true, List.of()),
                        "analogEnd", "both ends"),
                new Case(new ScenarioDraft("x", null, LocalDate.of(2025, 4, 8), LocalDate.of(2025, 4, 2), 0, 0, false,
                        true, List.of()), "analogEnd", "on or after"),
                new Case(new ScenarioDraft("x", null, null, null, -150, 0, false, true, List.of()), "marketShockPct",
                        "between -100 and 100"),
                new Case(new ScenarioDraft("x", null, null, null, 0, 0, false, true,
                        List.of(new Shock(ShockTarget.INDUSTRY, " ", -5))), "shocks", "Shock 1: name the industry"),
                new Case(new ScenarioDraft("x", null, null, null, 0, 0, false, true, twice), "shocks",
                        "Shock 2: sector 'energy' is shocked twice"))) {
            assertThatThrownBy(() -> scenarios.update(copy.id(), c.draft(), copy.version()))
                    .isInstanceOfSatisfying(InvalidScenarioException.class, e -> {
                        assertThat(e.field()).isEqualTo(c.field());
                        assertThat(e.getMessage()).contains(c.text());
                    });
        }
        assertThat(scenarios.get(copy.id()).version()).isEqualTo(copy.version());
    }

    @Test
    void teammatesMayReadButNotChangeAndOtherTeamsCannotSeeAtAll() {
        ScenarioView alices = as("alice", () -> scenarios.copy(
                as("alice", () -> builtIn("rotation-unwind")).id(), "Alice's unwind"));

        ScenarioView seenByBob = as("bob", () -> scenarios.get(alices.id()));
        assertThat(seenByBob.editable()).isFalse();
        assertThat(seenByBob.ownerName()).isEqualTo("Alice Morgan");
        assertThatThrownBy(() -> as("bob", () -> scenarios.update(alices.id(), alices.content(), alices.version())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("bob", () -> {
            scenarios.delete(alices.id());
            return null;
        })).isInstanceOf(AccessDeniedException.class);

        assertThatThrownBy(() -> as("carol", () -> scenarios.get(alices.id()))).isInstanceOf(AccessDeniedException.class);
        assertThat(as("carol", () -> scenarios.visibleScenarios())).extracting(ScenarioView::id)
                .doesNotContain(alices.id());
        assertThatThrownBy(() -> as("carol", () -> scenarios.copy(alices.id(), "stolen")))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(as("alice", () -> scenarios.get(alices.id())).version()).isEqualTo(alices.version());
    }

    @Test
    @WithMockUser(username = "nobody-in-db")
    void aCallerWithoutAnAccountIsRefused() {
        assertThatThrownBy(() -> scenarios.visibleScenarios())
                .isInstanceOf(org.springframework.security.authentication.AuthenticationCredentialsNotFoundException.class);
    }
}
