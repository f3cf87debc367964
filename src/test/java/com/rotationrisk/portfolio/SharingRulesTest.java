package com.rotationrisk.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.rotationrisk.IntegrationTest;
import com.rotationrisk.SecurityTestSupport;
import com.rotationrisk.report.ReportService;
import com.rotationrisk.security.CrossTeamSharingAdministration;
import com.rotationrisk.security.NewUser;
import com.rotationrisk.security.Role;
import com.rotationrisk.security.TeamSummary;
import com.rotationrisk.security.UserAccount;
import com.rotationrisk.security.UserAdministrationService;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;

/** What sharing promises beyond the access matrix: grants follow the owner, and nothing a client needs is lost. */
@IntegrationTest
class SharingRulesTest {

    @Autowired SecurityContextHolderStrategy securityContextStrategy;
    @Autowired UserDetailsService userDetails;
    @Autowired PortfolioService portfolios;
    @Autowired PortfolioSharing sharing;
    @Autowired PortfolioAdministration administration;
    @Autowired UserAdministrationService users;
    @Autowired CrossTeamSharingAdministration teamPairs;
    @Autowired ReportService reports;
    @Autowired JdbcTemplate jdbc;
    SecurityTestSupport security;
    TeamSummary northbridge;
    TeamSummary willow;

    @BeforeEach
    void setUp() {
        security = new SecurityTestSupport(userDetails, securityContextStrategy);
        security.run("admin", () -> {
            northbridge = team("Northbridge Advisors");
            willow = users.listTeams().stream().filter(t -> t.name().equals("Willow Street Advisors")).findFirst()
                    .orElseGet(() -> users.createTeam("Willow Street Advisors"));
            for (String name : List.of("sr-olga", "sr-nick", "sr-wes")) {
                if (users.listUsers().stream().noneMatch(u -> u.username().equals(name))) {
                    users.createUser(new NewUser(name, name.substring(3) + " Rules", "rules-password-2026!",
                            Role.ADVISOR, name.equals("sr-wes") ? willow.id() : northbridge.id()));
                }
            }
            moveTo("sr-olga", northbridge);
        });
    }

    @Test
    void aTeamShareFollowsTheOwnerToTheirNewTeam() {
        long id = create("sr-olga");
        security.run("sr-olga", () -> sharing.shareWithOwnTeam(id, AccessRole.VIEWER));
        assertThat(security.as("sr-nick", () -> portfolios.open(id)).access()).isEqualTo(AccessRole.VIEWER);

        security.run("admin", () -> moveTo("sr-olga", willow));
        assertThatThrownBy(() -> security.as("sr-nick", () -> portfolios.open(id)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(security.as("sr-wes", () -> portfolios.open(id)).access()).isEqualTo(AccessRole.VIEWER);
        assertThat(security.as("sr-wes", () -> portfolios.sharedWithMe(""))).extracting(PortfolioSummary::id)
                .contains(id);
        assertThat(security.as("sr-nick", () -> portfolios.sharedWithMe(""))).extracting(PortfolioSummary::id)
                .doesNotContain(id);
    }

    @Test
    void sharingOutsideTheTeamNeedsAnAllowedPairAndEndsWhenItIsWithdrawn() {
        long id = create("sr-olga");
        long wes = userId("sr-wes");
        assertThatThrownBy(() -> security.run("sr-olga", () -> sharing.shareWithPerson(id, wes, AccessRole.VIEWER)))
                .isInstanceOf(InvalidPortfolioException.class)
                .hasMessageContaining("sharing outside your team needs an administrator");
        security.run("admin", () -> teamPairs.allow(northbridge.id(), willow.id()));
        try {
            security.run("sr-olga", () -> sharing.shareWithPerson(id, wes, AccessRole.VIEWER));
            assertThat(security.as("sr-wes", () -> portfolios.open(id)).access()).isEqualTo(AccessRole.VIEWER);

            security.run("admin", () -> teamPairs.withdraw(northbridge.id(), willow.id()));
            assertThatThrownBy(() -> security.as("sr-wes", () -> portfolios.open(id)))
                    .isInstanceOf(AccessDeniedException.class);
            AccessEntry wesEntry = security.as("sr-olga", () -> sharing.whoHasAccess(id)).entries().stream()
                    .filter(e -> e.granteeUserId() != null && e.granteeUserId() == wes && !e.isOwner()).findFirst()
                    .orElseThrow();
            assertThat(wesEntry.inEffect()).isFalse();
            assertThat(wesEntry.notInEffectBecause()).contains("another team");
        } finally {
            security.run("admin", () -> teamPairs.withdraw(northbridge.id(), willow.id()));
        }
    }

    @Test
    void whoHasAccessNamesOwnerPeopleAndTeamsWithWhoGrantedItAndWhen() {
        long id = create("sr-olga");
        security.run("sr-olga", () -> {
            sharing.shareWithPerson(id, userId("sr-nick"), AccessRole.EDITOR);
            sharing.shareWithOwnTeam(id, AccessRole.VIEWER);
        });
        SharingOverview overview = security.as("sr-nick", () -> sharing.whoHasAccess(id));
        assertThat(overview.yourRole()).isEqualTo(AccessRole.EDITOR);
        assertThat(overview.entries()).extracting(AccessEntry::who, AccessEntry::role).containsExactly(
                org.assertj.core.groups.Tuple.tuple("olga Rules (Northbridge Advisors)", AccessRole.OWNER),
                org.assertj.core.groups.Tuple.tuple("nick Rules (Northbridge Advisors)", AccessRole.EDITOR),
                org.assertj.core.groups.Tuple.tuple("Owner's team (Northbridge Advisors)", AccessRole.VIEWER));
        assertThat(overview.entries().get(1).grantedBy()).isEqualTo("olga Rules (Northbridge Advisors)");
        assertThat(overview.entries().get(1).grantedAt()).isNotNull();
        // only the owner changes it
        assertThatThrownBy(() -> security.run("sr-nick", () -> sharing.revoke(id, overview.entries().get(2).grantId())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void transferHandsTheClientToATeammateAndTheFormerOwnerKeepsWhatTheyChose() {
        long id = create("sr-olga");
        security.run("sr-olga", () -> sharing.shareWithPerson(id, userId("sr-nick"), AccessRole.VIEWER));
        assertThatThrownBy(() -> security.run("sr-olga", () -> sharing.transferOwnership(id, userId("sr-wes"), null)))
                .isInstanceOf(InvalidPortfolioException.class).hasMessageContaining("another team");

        security.run("sr-olga", () -> sharing.transferOwnership(id, userId("sr-nick"), AccessRole.VIEWER));
        assertThat(security.as("sr-nick", () -> portfolios.open(id)).access()).isEqualTo(AccessRole.OWNER);
        assertThat(security.as("sr-olga", () -> portfolios.open(id)).access()).isEqualTo(AccessRole.VIEWER);
        // nick's own viewer grant went: an owner needs none
        assertThat(security.as("sr-nick", () -> sharing.whoHasAccess(id)).entries())
                .filteredOn(e -> !e.isOwner()).extracting(AccessEntry::who)
                .containsExactly("olga Rules (Northbridge Advisors)");
        assertThat(jdbc.queryForObject("select count(*) from audit_event where portfolio_id = ? and action = "
                + "'OWNERSHIP_TRANSFERRED'", Integer.class, id)).isEqualTo(1);
    }

    @Test
    void anAdministratorHandsADepartingAdvisorsPortfoliosToAColleagueWithTheirSharing() {
        long id = create("sr-wes");
        long other = create("sr-wes");
        security.run("admin", () -> assertThat(administration.reassignAll(userId("sr-wes"), userId("sr-nick")))
                .isGreaterThanOrEqualTo(2));
        assertThat(security.as("sr-nick", () -> portfolios.myPortfolios(""))).extracting(PortfolioSummary::id)
                .contains(id, other);
        assertThatThrownBy(() -> security.as("admin", () -> portfolios.open(id)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void deletingKeepsReportsAndTrailAndAnAdministratorRestoresWithinRetentionOnly() {
        long id = create("sr-olga");
        security.run("sr-olga", () -> reports.generate(id, "client-summary", LocalDate.of(2001, 1, 2)));
        security.run("sr-olga", () -> portfolios.delete(id));
        assertThatThrownBy(() -> security.as("sr-olga", () -> portfolios.open(id)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(count("select count(*) from report_archive where portfolio_id = ?", id)).isEqualTo(1);
        assertThat(security.as("admin", () -> administration.deletedPortfolios())).extracting(DeletedPortfolio::id)
                .contains(id);

        security.run("admin", () -> administration.restore(id));
        assertThat(security.as("sr-olga", () -> portfolios.open(id)).content().holdings()).hasSize(2);

        security.run("sr-olga", () -> portfolios.delete(id));
        jdbc.update("update portfolio set deleted_at = deleted_at - interval '40' day where id = ?", id);
        assertThatThrownBy(() -> security.run("admin", () -> administration.restore(id)))
                .isInstanceOf(InvalidPortfolioException.class).hasMessageContaining("retention period");
        administration.purgeOnSchedule();
        assertThat(count("select count(*) from holding where portfolio_id = ?", id)).isZero();
        assertThat(count("select count(*) from portfolio where id = ? and purged_at is not null", id)).isEqualTo(1);
        assertThat(count("select count(*) from report_archive where portfolio_id = ?", id)).isEqualTo(1);
        assertThat(count("select count(*) from audit_event where portfolio_id = ? and action in ('DELETE', "
                + "'PORTFOLIO_RESTORED', 'PORTFOLIO_PURGED')", id)).isEqualTo(4);
    }

    private long create(String owner) {
        return security.as(owner, () -> portfolios.create(new PortfolioDraft("Rules client " + System.nanoTime(),
                "USD", null, List.of(new HoldingInput("IBM", new BigDecimal("10"), null),
                new HoldingInput("CASH", new BigDecimal("100"), null))))).id();
    }

    private int count(String sql, long id) {
        return jdbc.queryForObject(sql, Integer.class, id);
    }

    private long userId(String username) {
        return security.as("admin", () -> users.listUsers().stream().filter(u -> u.username().equals(username))
                .findFirst().map(UserAccount::id).orElseThrow());
    }

    private TeamSummary team(String name) {
        return users.listTeams().stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
    }

    private void moveTo(String username, TeamSummary team) {
        UserAccount u = users.listUsers().stream().filter(x -> x.username().equals(username)).findFirst().orElseThrow();
        if (u.teamId() == null || u.teamId() != team.id()) {
            users.assign(u.id(), Role.ADVISOR, team.id(), false);
        }
    }
}
