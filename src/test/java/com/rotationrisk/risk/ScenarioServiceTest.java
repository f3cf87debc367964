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
        assertThat(saved.status()).isEqualTo(ScenarioStatus.DRAFT);
        // a draft changes no numbers: it is in no scenario set
        assertThat(scenarios.firmDefaultScenarios()).noneSatisfy(s -> assertThat(s.id()).isEqualTo(copy.code()));

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
                        "Shock 2: sector 'Energy' is shocked twice"))) {
            assertThatThrownBy(() -> scenarios.update(copy.id(), c.draft(), copy.version()))
                    .isInstanceOfSatisfying(InvalidScenarioException.class, e -> {
                        assertThat(e.field()).isEqualTo(c.field());
                        assertThat(e.getMessage()).contains(c.text());
                    });
        }
        assertThat(scenarios.get(copy.id()).version()).isEqualTo(copy.version());
    }

    @Test
    @WithUserDetails("alice")
    void aShockOnSomethingThatDoesNotExistIsRefusedAndNothingIsSaved() {
        ScenarioView copy = scenarios.copy(builtIn("growth-disappointment").id(), "Nonexistent things");
        record Case(Shock shock, String message) { }
        for (Case c : List.of(
                new Case(new Shock(ShockTarget.SECTOR, "Nonexistent sector", -30),
                        "Shock 1: 'Nonexistent sector' is not a GICS sector. Pick one of the 11 sectors from the list."),
                new Case(new Shock(ShockTarget.SECTOR, "Technology", -30), "'Technology' is not a GICS sector"),
                new Case(new Shock(ShockTarget.INDUSTRY, "Bankss", -5), "'Bankss' is not a GICS industry"),
                new Case(new Shock(ShockTarget.TICKER, "NOSUCHTICKER", -5), "'NOSUCHTICKER' is not in the instrument "
                        + "universe"),
                new Case(new Shock(ShockTarget.SIZE_BUCKET, "HUGE", -5), "'HUGE' is not a size bucket: choose LARGE, "
                        + "MID or SMALL."))) {
            ScenarioDraft draft = new ScenarioDraft("Nonexistent things", null, null, null, 0, 0, false, true,
                    List.of(c.shock()));
            assertThatThrownBy(() -> scenarios.update(copy.id(), draft, copy.version()))
                    .isInstanceOfSatisfying(InvalidScenarioException.class, e -> {
                        assertThat(e.field()).isEqualTo("shocks");
                        assertThat(e.getMessage()).contains(c.message());
                    });
            assertThatThrownBy(() -> scenarios.saveCopy(copy.id(), draft)).isInstanceOf(InvalidScenarioException.class);
            assertThatThrownBy(() -> scenarios.publish(copy.id(), draft, copy.version()))
                    .isInstanceOf(InvalidScenarioException.class);
        }
        assertThat(scenarios.get(copy.id()).version()).isEqualTo(copy.version());
        assertThat(scenarios.get(copy.id()).content().shocks()).isEqualTo(copy.content().shocks());
    }

    @Test
    @WithUserDetails("alice")
    void shockKeysAreStoredInTheirOneSpelling() {
        ScenarioView copy = scenarios.copy(builtIn("rotation-unwind").id(), "Spellings");
        ScenarioView saved = scenarios.update(copy.id(), new ScenarioDraft("Spellings", null, null, null, 0, 0, false,
                false, List.of(new Shock(ShockTarget.SECTOR, " health  care ", -1),
                        new Shock(ShockTarget.INDUSTRY, "regional banks", -2), new Shock(ShockTarget.TICKER, "axp", -3),
                        new Shock(ShockTarget.SIZE_BUCKET, "small", -4), new Shock(ShockTarget.TICKER, "cash", 0))),
                copy.version());
        assertThat(saved.content().shocks()).containsExactly(new Shock(ShockTarget.SECTOR, "Health Care", -1),
                new Shock(ShockTarget.INDUSTRY, "Regional Banks", -2), new Shock(ShockTarget.TICKER, "AXP", -3),
                new Shock(ShockTarget.SIZE_BUCKET, "SMALL", -4), new Shock(ShockTarget.TICKER, "CASH", 0));
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
    @WithUserDetails("alice")
    void preparingACopyStoresNothingSoCancellingTheDialogCreatesNoScenario() {
        int before = scenarios.visibleScenarios().size();
        ScenarioDraft prepared = scenarios.prepareCopy(builtIn("tariff-shock").id());
        assertThat(prepared.name()).isEqualTo("Copy of Tariff shock");
        assertThat(prepared.marketShockPct()).isEqualTo(-10.0);
        assertThat(scenarios.visibleScenarios()).hasSize(before);

        ScenarioView saved = scenarios.saveCopy(builtIn("tariff-shock").id(), prepared);
        assertThat(saved.status()).isEqualTo(ScenarioStatus.DRAFT);
        assertThat(saved.basedOnCode()).isEqualTo("tariff-shock");
        assertThat(scenarios.visibleScenarios()).hasSize(before + 1);
        scenarios.delete(saved.id());
        assertThat(scenarios.visibleScenarios()).hasSize(before);
    }

    @Test
    @WithUserDetails("alice")
    void publishingNeedsANameOfItsOwnAndThenTheScenarioNeverChanges() {
        ScenarioView copy = scenarios.copy(builtIn("tariff-shock").id(), null);
        ScenarioDraft c = copy.content();
        for (String[] bad : new String[][] {{"Copy of Tariff shock", "Copy of"}, {"  copy of tariffs", "Copy of"},
                {"tariff  SHOCK", "already called \"Tariff shock\""}}) {
            ScenarioDraft named = new ScenarioDraft(bad[0], c.description(), c.analogStart(), c.analogEnd(),
                    c.marketShockPct(), c.spreadShockPct(), c.spreadGivesBackYtd(), c.policyScenario(), c.shocks());
            assertThatThrownBy(() -> scenarios.publish(copy.id(), named, copy.version()))
                    .isInstanceOfSatisfying(InvalidScenarioException.class, e -> {
                        assertThat(e.field()).isEqualTo("name");
                        assertThat(e.getMessage()).contains(bad[1]);
                    });
        }
        // nothing was half-written
        assertThat(scenarios.get(copy.id()).status()).isEqualTo(ScenarioStatus.DRAFT);
        assertThat(scenarios.get(copy.id()).name()).isEqualTo("Copy of Tariff shock");
        assertThat(scenarios.get(copy.id()).version()).isEqualTo(copy.version());

        ScenarioDraft own = new ScenarioDraft("Tariff shock, steel", c.description(), c.analogStart(), c.analogEnd(),
                -12, c.spreadShockPct(), c.spreadGivesBackYtd(), c.policyScenario(), c.shocks());
        ScenarioView published = scenarios.publish(copy.id(), own, copy.version());
        assertThat(published.status()).isEqualTo(ScenarioStatus.PUBLISHED);
        assertThat(published.editable()).isFalse();
        assertThat(published.content().marketShockPct()).isEqualTo(-12.0);
        assertThat(published.version()).isEqualTo(copy.version() + 1);
        assertThatThrownBy(() -> scenarios.update(copy.id(), own, published.version()))
                .isInstanceOfSatisfying(InvalidScenarioException.class,
                        e -> assertThat(e.getMessage()).contains("Published scenarios are read-only"));
        assertThatThrownBy(() -> scenarios.delete(copy.id())).isInstanceOf(InvalidScenarioException.class);

        // a second draft may not take the published name
        ScenarioView other = scenarios.copy(builtIn("tariff-shock").id(), "Tariff shock, steel");
        assertThatThrownBy(() -> scenarios.publish(other.id(), other.version()))
                .isInstanceOfSatisfying(InvalidScenarioException.class, e -> assertThat(e.field()).isEqualTo("name"));
        // published scenarios are readable by everyone, also other teams
        assertThat(as("carol", () -> scenarios.get(published.id())).name()).isEqualTo("Tariff shock, steel");
    }

    @Test
    void onlyTheAuthorOrAnAdminChangesOrPublishesADraft() {
        ScenarioView draft = as("alice", () -> scenarios.copy(as("alice", () -> builtIn("rotation-unwind")).id(),
                "Unwind, admin-reviewed"));
        assertThatThrownBy(() -> as("bob", () -> scenarios.publish(draft.id(), draft.version())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("carol", () -> scenarios.publish(draft.id(), draft.version())))
                .isInstanceOf(AccessDeniedException.class);
        ScenarioView byAdmin = as("admin", () -> scenarios.get(draft.id()));
        assertThat(byAdmin.editable()).isTrue();
        ScenarioView published = as("admin", () -> scenarios.publish(draft.id(), draft.version()));
        assertThat(published.status()).isEqualTo(ScenarioStatus.PUBLISHED);
    }

    @Test
    void onlyAnAdminPutsAPublishedScenarioIntoTheFirmDefaultSet() {
        ScenarioView draft = as("alice", () -> scenarios.copy(as("alice", () -> builtIn("growth-disappointment")).id(),
                "Growth scare, firm view"));
        assertThatThrownBy(() -> as("admin", () -> scenarios.setFirmDefault(draft.id(), true)))
                .isInstanceOfSatisfying(InvalidScenarioException.class, e -> assertThat(e.getMessage()).contains("Publish"));
        ScenarioView published = as("alice", () -> scenarios.publish(draft.id(), draft.version()));
        assertThatThrownBy(() -> as("alice", () -> scenarios.setFirmDefault(published.id(), true)))
                .isInstanceOf(AccessDeniedException.class);
        try {
            assertThat(as("admin", () -> scenarios.setFirmDefault(published.id(), true)).firmDefault()).isTrue();
            assertThat(as("bob", () -> scenarios.firmDefaultScenarios()))
                    .anySatisfy(s -> assertThat(s.id()).isEqualTo(published.code()));
        } finally {
            as("admin", () -> scenarios.setFirmDefault(published.id(), false));
        }
        assertThat(as("bob", () -> scenarios.firmDefaultScenarios()))
                .noneSatisfy(s -> assertThat(s.id()).isEqualTo(published.code()));
    }

    @Test
    @WithMockUser(username = "nobody-in-db")
    void aCallerWithoutAnAccountIsRefused() {
        assertThatThrownBy(() -> scenarios.visibleScenarios())
                .isInstanceOf(org.springframework.security.authentication.AuthenticationCredentialsNotFoundException.class);
    }
}
