package com.rotationrisk.watch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.rotationrisk.IntegrationTest;
import com.rotationrisk.SecurityTestSupport;
import com.rotationrisk.TestMailServer;
import com.rotationrisk.portfolio.AccessEntry;
import com.rotationrisk.portfolio.AccessRole;
import com.rotationrisk.portfolio.HoldingInput;
import com.rotationrisk.portfolio.PortfolioDraft;
import com.rotationrisk.portfolio.PortfolioService;
import com.rotationrisk.portfolio.PortfolioSharing;
import com.rotationrisk.portfolio.WatchedPortfolios;
import com.rotationrisk.risk.engine.Dimension;
import com.rotationrisk.risk.engine.OverallGrade;
import com.rotationrisk.risk.engine.PortfolioAssessment;
import com.rotationrisk.security.NewUser;
import com.rotationrisk.security.Role;
import com.rotationrisk.security.SystemTask;
import com.rotationrisk.security.TeamSummary;
import com.rotationrisk.security.UserAdministrationService;
import jakarta.mail.internet.MimeMessage;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The nightly re-scoring on the real database with the real engine: what it stores, that it is idempotent for a day,
 * that a run stopped half-way resumes without duplicate alerts, that alerts reach exactly those who may read the
 * portfolio (in the inbox and by e-mail through a real SMTP server, GreenMail on loopback) and stop when access ends.
 */
@IntegrationTest
class NightlyRescoringTest {

    static final String TEAM = "Watch Test Advisors";
    static final String OTHER_TEAM = "Watch Test Elsewhere";

    @Autowired UserDetailsService userDetails;
    @Autowired SecurityContextHolderStrategy securityContextStrategy;
    @Autowired UserAdministrationService users;
    @Autowired PortfolioService portfolios;
    @Autowired PortfolioSharing sharing;
    @Autowired com.rotationrisk.proposal.ProposalDrafts proposalDrafts;
    @Autowired com.rotationrisk.portfolio.PortfolioAdministration administration;
    @Autowired NightlyRescoring rescoring;
    @Autowired SnapshotStore snapshots;
    @Autowired AlertStore alertStore;
    @Autowired AlertInbox inbox;
    @Autowired AlertDelivery delivery;
    @Autowired AlertMail mail;
    @Autowired AlertRules rules;
    @Autowired PortfolioHistory history;
    @Autowired WatchedPortfolios watched;
    @Autowired SystemTask system;
    @Autowired JdbcTemplate jdbc;
    @Autowired Environment environment;
    @Autowired org.springframework.transaction.support.TransactionTemplate tx;
    @Autowired org.springframework.context.ApplicationEventPublisher events;

    @Autowired org.springframework.context.ApplicationContext context;

    SecurityTestSupport security;
    WatchTestData data;
    long portfolio;
    String client;

    @BeforeEach
    void setUp() {
        security = new SecurityTestSupport(userDetails, securityContextStrategy);
        data = new WatchTestData(context);
        security.run("admin", () -> {
            TeamSummary team = team(TEAM);
            TeamSummary other = team(OTHER_TEAM);
            user("wt-own", team);
            user("wt-view", team);
            user("wt-out", other);
        });
        client = "WT Client " + Long.toString(System.nanoTime(), 36);
        portfolio = security.as("wt-own", () -> portfolios.create(new PortfolioDraft(client, "USD", null, List.of(
                h("MSFT", "300"), h("INTC", "900"), h("IBM", "150"), h("KO", "400"), h("CASH", "20000")))))
                .id();
        security.run("wt-own", () -> {
            long viewer = sharing.shareablePeople(portfolio).stream().filter(m -> m.username().equals("wt-view"))
                    .findFirst().orElseThrow().id();
            sharing.shareWithPerson(portfolio, viewer, AccessRole.VIEWER);
        });
    }

    @AfterEach
    void restore() {
        target().afterChunk = done -> { };
        target().chunkSize = 200;
    }

    /** The bean behind its proxy (its listener is asynchronous), whose test hooks are fields. */
    private NightlyRescoring target() {
        return org.springframework.test.util.AopTestUtils.getUltimateTargetObject(rescoring);
    }

    @Test
    void eachSavedPortfolioIsStoredAsItsAnalysisShowsItAndASecondRunTheSameDayChangesNothing() {
        NightlyRescoring.Outcome first = run();
        assertThat(first.portfolios()).isGreaterThanOrEqualTo(1);
        Snapshot stored = snapshots.latest(portfolio).orElseThrow();
        PortfolioAssessment own = security.as("wt-own", () -> portfolios.analyse(portfolio,
                portfolios.defaultAsOf(portfolio)));
        assertThat(stored.asOf()).isEqualTo(own.asOf());
        assertThat(stored.grade()).isEqualTo(own.grade().grade());
        assertThat(stored.modelVersion()).isEqualTo(own.modelVersion());
        for (Dimension dim : Dimension.values()) {
            if (own.dimensions().get(dim).score().isPresent()) {
                assertThat(stored.score(dim)).isCloseTo(own.dimensions().get(dim).score().getAsDouble(), within(1e-9));
            } else {
                assertThat(stored.score(dim)).isNull();
                assertThat(stored.reasons().get(dim.name())).isEqualTo(own.dimensions().get(dim).notAssessedReason());
            }
        }
        assertThat(stored.worstPct()).isCloseTo(own.worstCase().orElseThrow().impactPct(), within(1e-9));
        assertThat(stored.positions()).extracting(Snapshot.Position::ticker)
                .contains("MSFT", "INTC", "IBM", "KO");
        assertThat(jdbc.queryForObject("select count(*) from watch_component where as_of = ? and ticker = 'MSFT'",
                Integer.class, java.sql.Date.valueOf(own.asOf()))).isPositive();

        int snapshotsBefore = count("select count(*) from watch_snapshot");
        int alertsBefore = count("select count(*) from alert");
        NightlyRescoring.Outcome second = run();
        assertThat(second.scored()).isZero();
        assertThat(second.alerts()).isZero();
        assertThat(count("select count(*) from watch_snapshot")).isEqualTo(snapshotsBefore);
        assertThat(count("select count(*) from alert")).isEqualTo(alertsBefore);

        // changed holdings are scored again at the same date, replacing that day's scoring
        security.run("wt-own", () -> {
            var opened = portfolios.open(portfolio);
            List<HoldingInput> more = new ArrayList<>(opened.content().holdings());
            more.add(h("PG", "100"));
            portfolios.save(portfolio, new PortfolioDraft(client, "USD", null, more), opened.version(),
                    opened.content());
        });
        NightlyRescoring.Outcome third = run();
        assertThat(third.scored()).isGreaterThanOrEqualTo(1);
        assertThat(count("select count(*) from watch_snapshot where portfolio_id = " + portfolio)).isEqualTo(1);
        assertThat(snapshots.latest(portfolio).orElseThrow().positions()).extracting(Snapshot.Position::ticker)
                .contains("PG");
    }

    @Test
    void alertsComparedWithTheLastScoringAreRaisedOnceEvenWhenARunStopsHalfWay() {
        run();
        Snapshot today = snapshots.latest(portfolio).orElseThrow();
        yesterdayCalmerThan(today);

        // stop the run right after the chunk that holds our portfolio has been stored
        List<Long> ids = system.call("test", watched::savedIds);
        int position = ids.indexOf(portfolio) + 1;
        target().chunkSize = 1;
        target().afterChunk = done -> {
            if (done == position) {
                throw new IllegalStateException("instance stopped");
            }
        };
        try {
            assertThatThrownBy(this::run).hasMessageContaining("instance stopped");
        } finally {
            restore();
        }
        List<Alert> raised = security.as("wt-own", () -> inbox.mine(false, 500)).stream()
                .filter(a -> a.portfolioId() == portfolio).toList();
        assertThat(raised).extracting(Alert::rule).contains(AlertRule.DIMENSION_ROSE, AlertRule.WORST_CASE_DEEPENED);
        if (today.grade() != null && today.grade() != OverallGrade.Grade.LOW) {
            assertThat(raised).extracting(Alert::rule).contains(AlertRule.GRADE_WORSENED);
        }
        Alert rise = raised.stream().filter(a -> a.rule() == AlertRule.DIMENSION_ROSE).findFirst().orElseThrow();
        assertThat(rise.clientName()).isEqualTo(client);
        assertThat(rise.previousAsOf()).isEqualTo(today.asOf().minusDays(1));
        assertThat(rise.asOf()).isEqualTo(today.asOf());
        assertThat(rise.drivers()).isNotBlank();
        assertThat(jdbc.queryForObject("select finished_at from watch_run order by id desc fetch first 1 rows only",
                java.sql.Timestamp.class)).isNull();

        NightlyRescoring.Outcome resumed = run();
        assertThat(resumed.alerts()).isZero();
        assertThat(security.as("wt-own", () -> inbox.mine(false, 500)).stream()
                .filter(a -> a.portfolioId() == portfolio).toList()).hasSameSizeAs(raised);
        assertThat(count("select count(*) from alert where portfolio_id = " + portfolio)).isEqualTo(raised.size());
    }

    @Test
    void alertsReachOnlyThoseWhoMayReadThePortfolioAndStopForARevokedViewerAtOnce() {
        long alert = provokedAlert("access");
        assertThat(ids(security.as("wt-own", () -> inbox.mine(false, 500)))).contains(alert);
        assertThat(ids(security.as("wt-view", () -> inbox.mine(false, 500)))).contains(alert);
        assertThat(ids(security.as("wt-out", () -> inbox.mine(false, 500)))).doesNotContain(alert);
        assertThatThrownBy(() -> security.run("wt-out", () -> inbox.markRead(alert)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> security.run("wt-out", () -> history.history(portfolio)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> security.run("wt-view", () -> rules.saveOverrides(portfolio, Map.of())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> security.run("wt-own", () -> watched.savedIds()))
                .isInstanceOf(AccessDeniedException.class);

        int unreadBefore = security.as("wt-view", inbox::unreadCount);
        security.run("wt-view", () -> inbox.markRead(alert));
        assertThat(security.as("wt-view", inbox::unreadCount)).isEqualTo(unreadBefore - 1);
        assertThat(security.as("wt-own", () -> inbox.mine(true, 500))).extracting(Alert::id).contains(alert);
        assertThat(security.as("wt-own", inbox::markAllRead)).isPositive();
        assertThat(security.as("wt-own", inbox::unreadCount)).isZero();
        assertThat(security.as("wt-own", inbox::markAllRead)).isZero();

        revokeViewer();
        assertThat(ids(security.as("wt-view", () -> inbox.mine(false, 500)))).doesNotContain(alert);
        assertThatThrownBy(() -> security.run("wt-view", () -> inbox.markRead(alert)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void eMailGoesToEveryReaderWhoAskedForItOnceAndNotToARevokedViewer() throws Exception {
        int port = environment.getRequiredProperty(TestMailServer.PORT, Integer.class);
        GreenMail smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        try {
            security.run("wt-own", () -> delivery.save(DeliveryMode.EACH, "owner@example.com"));
            security.run("wt-view", () -> delivery.save(DeliveryMode.EACH, "viewer@example.com"));
            security.run("wt-out", () -> delivery.save(DeliveryMode.EACH, "outsider@example.com"));
            provokedAlert("mail-1");
            system.run("test", mail::sendEach);
            assertThat(recipients(smtp)).contains("owner@example.com", "viewer@example.com")
                    .doesNotContain("outsider@example.com");
            MimeMessage toOwner = message(smtp, "owner@example.com");
            assertThat(toOwner.getSubject()).contains(client);
            String body = (String) toOwner.getContent();
            assertThat(body).contains("Mail test mail-1").contains("/portfolios/view/" + portfolio + "?asOf=");

            Map<String, Integer> delivered = perRecipient(smtp);
            system.run("test", mail::sendEach);
            assertThat(perRecipient(smtp)).isEqualTo(delivered);

            revokeViewer();
            provokedAlert("mail-2");
            system.run("test", mail::sendEach);
            Map<String, Integer> second = perRecipient(smtp);
            assertThat(second.get("owner@example.com")).isEqualTo(delivered.get("owner@example.com") + 1);
            assertThat(second.get("viewer@example.com")).isEqualTo(delivered.get("viewer@example.com"));

            security.run("wt-own", () -> delivery.save(DeliveryMode.DIGEST, "owner@example.com"));
            provokedAlert("digest");
            system.run("test", mail::sendDigests);
            system.run("test", mail::sendDigests);
            Map<String, Integer> digests = perRecipient(smtp);
            assertThat(digests.get("owner@example.com")).isEqualTo(second.get("owner@example.com") + 1);
            assertThat(digests.get("viewer@example.com")).isEqualTo(second.get("viewer@example.com"));
        } finally {
            smtp.stop();
            for (String user : List.of("wt-own", "wt-view", "wt-out")) {
                security.run(user, () -> delivery.save(DeliveryMode.NONE, null));
            }
        }
    }

    @Test
    void badDeliveryAndRuleSettingsAreRefusedAllAtOnceAndNothingIsSaved() {
        assertThatThrownBy(() -> security.run("wt-own", () -> delivery.save(DeliveryMode.EACH, "not an address")))
                .isInstanceOfSatisfying(InvalidAlertSettingsException.class,
                        e -> assertThat(e.problems()).containsKey("email"));
        assertThatThrownBy(() -> security.run("wt-own", () -> delivery.save(DeliveryMode.DIGEST, " ")))
                .isInstanceOfSatisfying(InvalidAlertSettingsException.class,
                        e -> assertThat(e.problems().get("email")).contains("Enter the address"));
        assertThat(security.as("wt-own", delivery::mine).mode()).isEqualTo(DeliveryMode.NONE);

        Map<AlertRule, RuleSettings.Setting> bad = new EnumMap<>(AlertRule.class);
        bad.put(AlertRule.DIMENSION_ROSE, new RuleSettings.Setting(true, 0, true));
        bad.put(AlertRule.GRADE_WORSENED, new RuleSettings.Setting(true, 9, true));
        bad.put(AlertRule.WORST_CASE_DEEPENED, new RuleSettings.Setting(true, 3, true));
        assertThatThrownBy(() -> security.run("wt-own", () -> rules.saveOverrides(portfolio, bad)))
                .isInstanceOfSatisfying(InvalidAlertSettingsException.class, e -> assertThat(e.problems())
                        .containsOnlyKeys("threshold.DIMENSION_ROSE", "threshold.GRADE_WORSENED"));
        assertThat(security.as("wt-own", () -> rules.forPortfolio(portfolio)).of(AlertRule.WORST_CASE_DEEPENED)
                .overridden()).isFalse();

        security.run("wt-own", () -> rules.saveOverrides(portfolio, Map.of(AlertRule.WORST_CASE_DEEPENED,
                new RuleSettings.Setting(true, 3, true))));
        RuleSettings applied = security.as("wt-view", () -> rules.forPortfolio(portfolio));
        assertThat(applied.of(AlertRule.WORST_CASE_DEEPENED).threshold()).isEqualTo(3);
        assertThat(applied.of(AlertRule.WORST_CASE_DEEPENED).overridden()).isTrue();
        assertThat(applied.of(AlertRule.DIMENSION_ROSE).overridden()).isFalse();
        assertThatThrownBy(() -> security.run("wt-own", () -> rules.saveFirmDefaults(Map.of())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theHistoryShowsEachScoringAndWhatChangedSinceTheReaderLastLooked() {
        run();
        Snapshot today = snapshots.latest(portfolio).orElseThrow();
        yesterdayCalmerThan(today);
        run();
        assertThat(security.as("wt-own", () -> history.sinceLastLook(portfolio))).get()
                .satisfies(c -> assertThat(c.since()).isNull());
        jdbc.update("update watch_seen set snapshot_id = (select id from watch_snapshot where portfolio_id = ? and"
                + " as_of = ?) where portfolio_id = ?", portfolio, java.sql.Date.valueOf(today.asOf().minusDays(1)),
                portfolio);
        Optional<WhatChanged> changed = security.as("wt-own", () -> history.sinceLastLook(portfolio));
        assertThat(changed).get().satisfies(c -> {
            assertThat(c.since()).isEqualTo(today.asOf().minusDays(1));
            assertThat(c.now()).isEqualTo(today.asOf());
            assertThat(c.holdings()).contains("MSFT quantity 200 → 300");
            assertThat(c.scores()).isNotEmpty();
        });
        assertThat(security.as("wt-own", () -> history.sinceLastLook(portfolio))).get()
                .satisfies(c -> assertThat(c.nothing()).isTrue());
        List<HistoryPoint> points = security.as("wt-view", () -> history.history(portfolio));
        assertThat(points).extracting(HistoryPoint::asOf).containsExactly(today.asOf().minusDays(1), today.asOf());
        assertThat(points.getFirst().grade()).isEqualTo(OverallGrade.Grade.LOW);
    }

    @Test
    void theEndOfAPriceRefreshStartsARunOnceItsTransactionCommits() throws Exception {
        int before = count("select count(*) from watch_run where started_by = 'after price refresh'");
        tx.executeWithoutResult(status -> events.publishEvent(
                new com.rotationrisk.marketdata.PriceRefreshCompleted(Instant.now(), 3, 0)));
        for (int i = 0; i < 600 && count("select count(*) from watch_run where started_by = 'after price refresh'"
                + " and finished_at is not null") == before; i++) {
            Thread.sleep(100);
        }
        assertThat(count("select count(*) from watch_run where started_by = 'after price refresh'"
                + " and finished_at is not null")).isEqualTo(before + 1);
        assertThat(snapshots.latest(portfolio)).isPresent();
    }

    @Test
    void aRunThatAnInstanceLeftUnfinishedIsTakenUpWhenTheApplicationStarts() throws Exception {
        run();
        jdbc.update("insert into watch_run (started_at, started_by, portfolios) values (?, 'stopped instance', 1)",
                java.sql.Timestamp.from(Instant.now()));
        target().resumeAfterStart();
        for (int i = 0; i < 600 && !"resume after restart".equals(newestRun()); i++) {
            Thread.sleep(100);
        }
        for (int i = 0; i < 600 && jdbc.queryForObject("select count(*) from watch_run where started_by ="
                + " 'resume after restart' and finished_at is null", Integer.class) > 0; i++) {
            Thread.sleep(100);
        }
        assertThat(newestRun()).isEqualTo("resume after restart");
        assertThat(jdbc.queryForObject("select finished_at from watch_run order by started_at desc, id desc"
                + " fetch first 1 rows only", java.sql.Timestamp.class)).isNotNull();
    }

    private String newestRun() {
        return jdbc.queryForObject("select started_by from watch_run order by started_at desc, id desc"
                + " fetch first 1 rows only", String.class);
    }

    @Test
    void aPurgedPortfolioTakesItsHistoryAlertsAndProposalsWithIt() {
        provokedAlert("purge");
        security.run("wt-own", () -> proposalDrafts.create(portfolio, "Trim", List.of(
                com.rotationrisk.proposal.Trade.sell("MSFT", com.rotationrisk.proposal.Trade.AmountKind.SHARES, "1"))));
        security.run("wt-own", () -> portfolios.delete(portfolio));
        jdbc.update("update portfolio set deleted_at = ? where id = ?",
                java.sql.Timestamp.from(Instant.now().minus(java.time.Duration.ofDays(400))), portfolio);
        administration.purgeOnSchedule();
        for (String table : List.of("watch_snapshot", "alert", "watch_seen", "alert_rule_override", "proposal")) {
            assertThat(count("select count(*) from " + table + " where portfolio_id = " + portfolio)).as(table).isZero();
        }
    }

    private void yesterdayCalmerThan(Snapshot today) {
        data.calmerYesterday(today, Map.of("MSFT", 200.0));
    }

    /** An alert stored for our portfolio at its newest scoring, as the rules would raise it. */
    private long provokedAlert(String subject) {
        if (snapshots.latest(portfolio).isEmpty()) {
            run();
        }
        Snapshot s = snapshots.latest(portfolio).orElseThrow();
        alertStore.add(portfolio, s.id(), s.asOf(), s.asOf().minusDays(1), List.of(new AlertDraft(
                AlertRule.DIMENSION_ROSE, subject, "Mail test " + subject, "40", "55", "MSFT 40 → 70")), Instant.now());
        return jdbc.queryForObject("select id from alert where portfolio_id = ? and subject = ?", Long.class, portfolio,
                subject);
    }

    private NightlyRescoring.Outcome run() {
        return data.run();
    }

    private void revokeViewer() {
        security.run("wt-own", () -> {
            AccessEntry grant = sharing.whoHasAccess(portfolio).entries().stream()
                    .filter(e -> !e.isOwner() && e.who().startsWith("view")).findFirst().orElseThrow();
            sharing.revoke(portfolio, grant.grantId());
        });
    }

    private TeamSummary team(String name) {
        return users.listTeams().stream().filter(t -> t.name().equals(name)).findFirst()
                .orElseGet(() -> users.createTeam(name));
    }

    private void user(String name, TeamSummary team) {
        if (users.listUsers().stream().noneMatch(u -> u.username().equals(name))) {
            users.createUser(new NewUser(name, name.substring(3) + " Watch", "watch-password-2026!", Role.ADVISOR,
                    team.id()));
        }
    }

    private int count(String sql) {
        return jdbc.queryForObject(sql, Integer.class);
    }

    private static List<Long> ids(List<Alert> alerts) {
        return alerts.stream().map(Alert::id).toList();
    }

    private static List<String> recipients(GreenMail smtp) throws Exception {
        List<String> out = new ArrayList<>();
        for (MimeMessage m : smtp.getReceivedMessages()) {
            out.add(m.getAllRecipients()[0].toString());
        }
        return out;
    }

    /** GreenMail lists messages mailbox by mailbox, not in the order they came. */
    private static Map<String, Integer> perRecipient(GreenMail smtp) throws Exception {
        Map<String, Integer> out = new HashMap<>();
        for (String to : recipients(smtp)) {
            out.merge(to, 1, Integer::sum);
        }
        return out;
    }

    private static MimeMessage message(GreenMail smtp, String to) throws Exception {
        for (MimeMessage m : smtp.getReceivedMessages()) {
            if (m.getAllRecipients()[0].toString().equals(to)) {
                return m;
            }
        }
        throw new AssertionError("No mail to " + to);
    }

    private static HoldingInput h(String ticker, String quantity) {
        return new HoldingInput(ticker, new BigDecimal(quantity), null);
    }
}
