package com.rotationrisk.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.rotationrisk.IntegrationTest;
import com.rotationrisk.audit.AuditFilter;
import com.rotationrisk.audit.AuditService;
import java.io.OutputStream;
import com.rotationrisk.SecurityTestSupport;
import com.rotationrisk.report.GeneratedReport;
import com.rotationrisk.report.ReportService;
import com.rotationrisk.security.CrossTeamSharingAdministration;
import com.rotationrisk.watch.AlertInbox;
import com.rotationrisk.watch.AlertRule;
import com.rotationrisk.watch.AlertRules;
import com.rotationrisk.watch.PortfolioHistory;
import com.rotationrisk.watch.RuleSettings;
import com.rotationrisk.security.NewUser;
import com.rotationrisk.security.Role;
import com.rotationrisk.security.TeamSummary;
import com.rotationrisk.security.UserAccount;
import com.rotationrisk.security.UserAdministrationService;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Every portfolio, holding, analysis, report, report-archive, sharing, alert, history and administration operation, run as each kind
 * of person, and the answer each must get. Access control lives in the services, so this is where it is proven.
 */
@IntegrationTest
class AccessMatrixTest {

    enum Actor {
        OWNER("mx-owen"), EDITOR("mx-eddie"), VIEWER("mx-vera"), TEAMMATE_WITHOUT_GRANT("mx-tom"),
        OTHER_TEAM("carol"), OTHER_TEAM_WITH_CROSS_TEAM_GRANT("mx-xena"), REVOKED("mx-rick"), ADMINISTRATOR("admin");

        final String username;

        Actor(String username) {
            this.username = username;
        }
    }

    static final Set<Actor> READERS = EnumSet.of(Actor.OWNER, Actor.EDITOR, Actor.VIEWER,
            Actor.OTHER_TEAM_WITH_CROSS_TEAM_GRANT);
    static final Set<Actor> EDITORS = EnumSet.of(Actor.OWNER, Actor.EDITOR);
    static final Set<Actor> OWNER = EnumSet.of(Actor.OWNER);
    static final Set<Actor> ADMIN = EnumSet.of(Actor.ADMINISTRATOR);
    static final Set<Actor> OWNER_AND_ADMIN = EnumSet.of(Actor.OWNER, Actor.ADMINISTRATOR);

    /** A portfolio of the owner with every kind of grant in place. */
    record Fixture(long portfolioId, Map<Actor, Long> grants, Long archivedReportId, Long alertId) {
    }

    record Operation(String name, Set<Actor> allowed, boolean changesThePortfolio, Consumer<Fixture> call) {
    }

    @Autowired SecurityContextHolderStrategy securityContextStrategy;
    @Autowired UserDetailsService userDetails;
    @Autowired PortfolioService portfolios;
    @Autowired PortfolioSharing sharing;
    @Autowired PortfolioAdministration administration;
    @Autowired ReportService reports;
    @Autowired AuditService audit;
    @Autowired UserAdministrationService users;
    @Autowired CrossTeamSharingAdministration teamPairs;
    @Autowired AlertInbox inbox;
    @Autowired AlertRules alertRules;
    @Autowired PortfolioHistory history;
    @Autowired WatchedPortfolios watched;
    @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;

    SecurityTestSupport security;
    Map<String, Long> userIds;
    Fixture shared;

    List<Operation> operations() {
        return List.of(
                reading("open the portfolio", f -> portfolios.open(f.portfolioId())),
                reading("find it in my lists", f -> {
                    boolean listed = Stream.concat(portfolios.myPortfolios("").stream(),
                            portfolios.sharedWithMe("").stream()).anyMatch(s -> s.id() == f.portfolioId());
                    if (!listed) {
                        throw new AccessDeniedException("not listed");
                    }
                }),
                reading("list holdings needing prices", f -> portfolios.holdingsNeedingPrices(f.portfolioId())),
                reading("default as-of date", f -> portfolios.defaultAsOf(f.portfolioId())),
                reading("dates with prices", f -> portfolios.priceCoverage(f.portfolioId())),
                reading("analyse", f -> portfolios.analyse(f.portfolioId(), LocalDate.of(2001, 1, 2))),
                reading("scenario set", f -> portfolios.scenarioSet(f.portfolioId())),
                reading("who has access", f -> sharing.whoHasAccess(f.portfolioId())),
                reading("generate a report", f -> reports.generate(f.portfolioId(), "client-summary",
                        LocalDate.of(2001, 1, 2))),
                reading("preview a report", f -> reports.preview(f.portfolioId(), "client-summary",
                        LocalDate.of(2001, 1, 2))),
                reading("list the report archive", f -> reports.archiveOf(f.portfolioId())),
                reading("download an archived report", f -> reports.download(f.archivedReportId())),
                reading("regenerate an archived report", f -> reports.regenerate(f.archivedReportId())),
                new Operation("scenarios to add", EDITORS, false, f -> portfolios.scenariosToAdd(f.portfolioId())),
                new Operation("people to share with", OWNER, false, f -> sharing.shareablePeople(f.portfolioId())),
                changing("save holdings", EDITORS, f -> {
                    PortfolioDetails d = portfolios.open(f.portfolioId());
                    portfolios.save(f.portfolioId(), d.content(), d.version(), d.content());
                }),
                changing("duplicate into my own", EDITORS, f -> portfolios.duplicate(f.portfolioId())),
                changing("delete", OWNER, f -> portfolios.delete(f.portfolioId())),
                changing("share with a teammate", OWNER, f -> sharing.shareWithPerson(f.portfolioId(),
                        userIds.get(Actor.TEAMMATE_WITHOUT_GRANT.username), AccessRole.VIEWER)),
                changing("share with the team", OWNER, f -> sharing.shareWithOwnTeam(f.portfolioId(), AccessRole.VIEWER)),
                changing("change a role", OWNER, f -> sharing.changeRole(f.portfolioId(), f.grants().get(Actor.VIEWER),
                        AccessRole.EDITOR)),
                changing("revoke", OWNER, f -> sharing.revoke(f.portfolioId(), f.grants().get(Actor.VIEWER))),
                changing("let viewers copy", OWNER, f -> sharing.allowViewerCopies(f.portfolioId(), true)),
                changing("transfer ownership", OWNER, f -> sharing.transferOwnership(f.portfolioId(),
                        userIds.get(Actor.TEAMMATE_WITHOUT_GRANT.username), null)),
                new Operation("read the portfolio's audit trail", OWNER_AND_ADMIN, false,
                        f -> audit.portfolioTrail(f.portfolioId())),
                new Operation("search the firm's audit trail", ADMIN, false,
                        f -> audit.search(new AuditFilter(null, f.portfolioId(), null, null, null), 0, 50)),
                new Operation("export the firm's audit trail", ADMIN, false,
                        f -> audit.exportCsv(new AuditFilter(null, f.portfolioId(), null, null, null),
                                OutputStream.nullOutputStream())),
                new Operation("list deleted portfolios", ADMIN, false, f -> administration.deletedPortfolios()),
                new Operation("list an advisor's portfolios", ADMIN, false,
                        f -> administration.portfoliosOf(userIds.get(Actor.OWNER.username))),
                changing("restore a deleted portfolio", ADMIN, f -> administration.restore(f.portfolioId())),
                new Operation("reassign a departing advisor's portfolios", ADMIN, true,
                        f -> administration.reassignAll(userIds.get("mx-dana"), userIds.get(Actor.EDITOR.username))),
                new Operation("allow two teams to share", ADMIN, false, f -> teamPairs.allow(
                        team("Northbridge Advisors").id(), team("Cedar Ridge Advisors").id())),
                reading("see its alerts in my inbox", f -> {
                    if (inbox.mine(false, AlertInbox.MAX_SHOWN).stream().noneMatch(a -> a.portfolioId() == f.portfolioId())) {
                        throw new AccessDeniedException("not listed");
                    }
                }),
                reading("mark one of its alerts read", f -> inbox.markRead(f.alertId())),
                reading("see its history", f -> history.history(f.portfolioId())),
                reading("see what changed since I last looked", f -> history.sinceLastLook(f.portfolioId())),
                reading("see its alert rules", f -> alertRules.forPortfolio(f.portfolioId())),
                new Operation("override its alert rules", OWNER, false, f -> alertRules.saveOverrides(f.portfolioId(),
                        Map.of(AlertRule.DIMENSION_ROSE, new RuleSettings.Setting(true, 12, true)))),
                new Operation("set the firm's alert rules", ADMIN, false,
                        f -> alertRules.saveFirmDefaults(alertRules.firmDefaults().settings())),
                new Operation("read every saved portfolio (the nightly watch's own access)", EnumSet.noneOf(Actor.class),
                        false, f -> watched.savedIds()));
    }

    @TestFactory
    Stream<DynamicTest> everyOperationAsEveryone() {
        security = new SecurityTestSupport(userDetails, securityContextStrategy);
        setUpPeople();
        shared = fixture(true);
        return operations().stream().flatMap(op -> Stream.of(Actor.values()).map(actor ->
                DynamicTest.dynamicTest(op.name() + " as " + actor.name().toLowerCase().replace('_', ' ') + " → "
                        + (op.allowed().contains(actor) ? "allowed" : "denied"), () -> check(op, actor))));
    }

    private void check(Operation op, Actor actor) {
        Fixture f = op.changesThePortfolio() ? fixture(false) : shared;
        if (op.name().startsWith("restore")) {
            security.run(Actor.OWNER.username, () -> portfolios.delete(f.portfolioId()));
        }
        if (op.allowed().contains(actor)) {
            assertThatCode(() -> security.run(actor.username, () -> op.call().accept(f))).doesNotThrowAnyException();
        } else {
            assertThatThrownBy(() -> security.run(actor.username, () -> op.call().accept(f)))
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    private static Operation reading(String name, Consumer<Fixture> call) {
        return new Operation(name, READERS, false, call);
    }

    private static Operation changing(String name, Set<Actor> allowed, Consumer<Fixture> call) {
        return new Operation(name, allowed, true, call);
    }

    private Fixture fixture(boolean withReport) {
        return security.as(Actor.OWNER.username, () -> {
            PortfolioDetails p = portfolios.create(new PortfolioDraft("Matrix client " + System.nanoTime(), "USD", null,
                    List.of(new HoldingInput("IBM", new BigDecimal("100"), null),
                            new HoldingInput("CASH", new BigDecimal("1000"), null))));
            sharing.shareWithPerson(p.id(), userIds.get(Actor.EDITOR.username), AccessRole.EDITOR);
            sharing.shareWithPerson(p.id(), userIds.get(Actor.VIEWER.username), AccessRole.VIEWER);
            sharing.shareWithPerson(p.id(), userIds.get(Actor.OTHER_TEAM_WITH_CROSS_TEAM_GRANT.username),
                    AccessRole.VIEWER);
            sharing.shareWithPerson(p.id(), userIds.get(Actor.REVOKED.username), AccessRole.EDITOR);
            Map<Actor, Long> grants = sharing.whoHasAccess(p.id()).entries().stream()
                    .filter(e -> !e.isOwner())
                    .collect(Collectors.toMap(e -> actorOf(e.granteeUserId()), AccessEntry::grantId));
            sharing.revoke(p.id(), grants.remove(Actor.REVOKED));
            Long archived = null;
            Long alert = null;
            if (withReport) {
                GeneratedReport report = reports.generate(p.id(), "client-summary", LocalDate.of(2001, 1, 2));
                archived = report.archived().id();
                alert = alertOn(p.id());
            }
            return new Fixture(p.id(), grants, archived, alert);
        });
    }

    /** An alert on the portfolio, as a night's re-scoring would store it. */
    private long alertOn(long portfolioId) {
        java.sql.Date day = java.sql.Date.valueOf(LocalDate.of(2001, 1, 2));
        java.sql.Timestamp now = new java.sql.Timestamp(System.currentTimeMillis());
        jdbc.update("insert into watch_snapshot (portfolio_id, as_of, portfolio_version, scored_on, scored_at,"
                + " model_version, holdings) values (?, ?, 0, ?, ?, 'matrix', 2)", portfolioId, day, day, now);
        long snapshot = jdbc.queryForObject("select id from watch_snapshot where portfolio_id = ?", Long.class,
                portfolioId);
        jdbc.update("insert into alert (portfolio_id, snapshot_id, as_of, previous_as_of, rule, subject, title,"
                + " before_value, after_value, drivers, created_at) values (?, ?, ?, ?, 'DIMENSION_ROSE',"
                + " 'MOMENTUM_CROWDING', 'Momentum crowding rose by 12 points', '50', '62', 'IBM 50 → 62', ?)",
                portfolioId, snapshot, day, day, now);
        return jdbc.queryForObject("select id from alert where portfolio_id = ?", Long.class, portfolioId);
    }

    private Actor actorOf(long userId) {
        return Stream.of(Actor.values()).filter(a -> userIds.get(a.username) == userId).findFirst().orElseThrow();
    }

    private void setUpPeople() {
        security.run("admin", () -> {
            TeamSummary northbridge = team("Northbridge Advisors");
            TeamSummary cedar = users.listTeams().stream().filter(t -> t.name().equals("Cedar Ridge Advisors"))
                    .findFirst().orElseGet(() -> users.createTeam("Cedar Ridge Advisors"));
            createIfMissing("mx-owen", northbridge);
            createIfMissing("mx-eddie", northbridge);
            createIfMissing("mx-vera", northbridge);
            createIfMissing("mx-tom", northbridge);
            createIfMissing("mx-rick", northbridge);
            createIfMissing("mx-dana", northbridge);
            createIfMissing("mx-xena", cedar);
            teamPairs.allow(northbridge.id(), cedar.id());
            userIds = users.listUsers().stream().collect(Collectors.toMap(UserAccount::username, UserAccount::id));
        });
    }

    private TeamSummary team(String name) {
        return users.listTeams().stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
    }

    private void createIfMissing(String username, TeamSummary team) {
        if (users.listUsers().stream().noneMatch(u -> u.username().equals(username))) {
            users.createUser(new NewUser(username, username.substring(3).toUpperCase() + " Matrix",
                    "matrix-password-2026!", Role.ADVISOR, team.id()));
        }
    }
}
