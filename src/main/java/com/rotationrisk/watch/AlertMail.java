package com.rotationrisk.watch;

import com.rotationrisk.portfolio.WatchedPortfolios;
import com.rotationrisk.security.SystemTask;
import com.rotationrisk.security.TeamMember;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Alerts by e-mail (Spring Mail, SMTP; nothing is sent unless {@code spring.mail.host} is set). Who receives an alert
 * is decided when it is sent, from who may read the portfolio then ({@link WatchedPortfolios#readersOf}), so a
 * revoked grant or a disabled account stops the mail at once. A mail is claimed in the database before it is sent and
 * the claim dropped again if sending fails, so a second instance or a resumed run never sends it twice (a crash between
 * claiming and sending loses that one mail; the inbox still has the alert).
 */
@Component
class AlertMail {

    private static final Logger log = LoggerFactory.getLogger(AlertMail.class);
    /** An alert older than this when a person first chooses e-mail is not mailed to them: the inbox has it. */
    private static final int MAX_ALERTS_PER_MAIL = 200;

    private final ObjectProvider<JavaMailSender> sender;
    private final WatchedPortfolios watched;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final SystemTask system;
    private final Clock clock;
    private final String from;
    private final String publicUrl;
    private final ZoneId zone;

    AlertMail(ObjectProvider<JavaMailSender> sender, WatchedPortfolios watched, JdbcTemplate jdbc,
              TransactionTemplate tx, SystemTask system, Clock clock, WatchSettings settings) {
        this.sender = sender;
        this.watched = watched;
        this.jdbc = jdbc;
        this.tx = tx;
        this.system = system;
        this.clock = clock;
        this.from = settings.mailFrom();
        this.publicUrl = settings.publicUrl();
        this.zone = ZoneId.of(settings.zone());
    }

    record Pending(long alertId, long portfolioId, String clientName, LocalDate asOf, String title, String before,
                   String after, String drivers) {
    }

    private record Subscriber(long userId, String email, Instant since) {
    }

    /** Mails each person who chose EACH the alerts raised since they chose it and not mailed to them yet. */
    void sendEach() {
        JavaMailSender mail = sender.getIfAvailable();
        if (mail == null) {
            return;
        }
        for (Subscriber s : subscribers(DeliveryMode.EACH)) {
            List<Pending> pending = readable(s, jdbc.query(PENDING + " and not exists (select 1 from alert_mail m"
                    + " where m.alert_id = a.id and m.user_id = ?) order by a.created_at, a.id", this::pending,
                    Timestamp.from(s.since()), s.userId()));
            if (pending.isEmpty()) {
                continue;
            }
            Boolean claimed = tx.execute(status -> claim(s, pending));
            if (!Boolean.TRUE.equals(claimed)) {
                continue;
            }
            try {
                mail.send(message(s.email(), subject(pending), body(pending)));
            } catch (MailException e) {
                log.warn("Alert mail to user {} failed, will retry after the next run: {}", s.userId(), e.getMessage());
                tx.executeWithoutResult(status -> pending.forEach(p -> jdbc.update(
                        "delete from alert_mail where alert_id = ? and user_id = ?", p.alertId(), s.userId())));
            }
        }
    }

    /** Once a day, once across instances: each person who chose DIGEST gets the day's alerts in one mail. */
    @Scheduled(cron = "${rotationrisk.watch.digest-cron:0 0 7 * * *}", zone = "${rotationrisk.watch.zone:America/New_York}")
    @SchedulerLock(name = "alert-digest")
    void scheduledDigest() {
        system.run("alert-digest", this::sendDigests);
    }

    void sendDigests() {
        JavaMailSender mail = sender.getIfAvailable();
        if (mail == null) {
            return;
        }
        LocalDate today = LocalDate.now(clock.withZone(zone));
        for (Subscriber s : subscribers(DeliveryMode.DIGEST)) {
            List<Instant> last = jdbc.queryForList("select max(sent_at) from alert_digest where user_id = ?",
                    Timestamp.class, s.userId()).stream().filter(java.util.Objects::nonNull).map(Timestamp::toInstant)
                    .toList();
            Instant since = last.isEmpty() || last.getFirst().isBefore(s.since()) ? s.since() : last.getFirst();
            List<Pending> pending = readable(s, jdbc.query(PENDING + " order by a.created_at, a.id", this::pending,
                    Timestamp.from(since)));
            if (pending.isEmpty()) {
                continue;
            }
            Integer sentToday = jdbc.queryForObject("select count(*) from alert_digest where user_id = ? and"
                    + " digest_date = ?", Integer.class, s.userId(), Date.valueOf(today));
            if (sentToday != null && sentToday > 0) {
                continue;
            }
            jdbc.update("insert into alert_digest (user_id, digest_date, alerts, sent_at) values (?, ?, ?, ?)",
                    s.userId(), Date.valueOf(today), pending.size(), Timestamp.from(clock.instant()));
            try {
                mail.send(message(s.email(), "Rotation Risk daily digest: " + subject(pending), body(pending)));
            } catch (MailException e) {
                log.warn("Alert digest to user {} failed: {}", s.userId(), e.getMessage());
                jdbc.update("delete from alert_digest where user_id = ? and digest_date = ?", s.userId(),
                        Date.valueOf(today));
            }
        }
    }

    private static final String PENDING = "select a.id, a.portfolio_id, p.client_name, a.as_of, a.title,"
            + " a.before_value, a.after_value, a.drivers from alert a join portfolio p on p.id = a.portfolio_id"
            + " where a.created_at > ?";

    private Pending pending(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Pending(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getDate(4).toLocalDate(),
                rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8));
    }

    private List<Subscriber> subscribers(DeliveryMode mode) {
        return jdbc.query("select user_id, email, updated_at from alert_delivery where mode = ? and email is not null",
                (rs, n) -> new Subscriber(rs.getLong(1), rs.getString(2), rs.getTimestamp(3).toInstant()), mode.name());
    }

    /** Only alerts on portfolios the subscriber may read now, at most {@link #MAX_ALERTS_PER_MAIL}. */
    private List<Pending> readable(Subscriber s, List<Pending> candidates) {
        if (candidates.isEmpty()) {
            return candidates;
        }
        Set<Long> portfolios = new HashSet<>();
        candidates.forEach(p -> portfolios.add(p.portfolioId()));
        Map<Long, List<TeamMember>> readers = watched.readersOf(portfolios);
        Map<Long, Boolean> mayRead = new HashMap<>();
        readers.forEach((id, people) -> mayRead.put(id, people.stream().anyMatch(m -> m.id() == s.userId())));
        List<Pending> out = new ArrayList<>();
        for (Pending p : candidates) {
            if (mayRead.getOrDefault(p.portfolioId(), false) && out.size() < MAX_ALERTS_PER_MAIL) {
                out.add(p);
            }
        }
        return out;
    }

    private boolean claim(Subscriber s, List<Pending> pending) {
        Timestamp now = Timestamp.from(clock.instant());
        for (Pending p : pending) {
            Integer had = jdbc.queryForObject("select count(*) from alert_mail where alert_id = ? and user_id = ?",
                    Integer.class, p.alertId(), s.userId());
            if (had != null && had > 0) {
                return false;
            }
            jdbc.update("insert into alert_mail (alert_id, user_id, sent_at) values (?, ?, ?)", p.alertId(),
                    s.userId(), now);
        }
        return true;
    }

    private SimpleMailMessage message(String to, String subject, String body) {
        SimpleMailMessage m = new SimpleMailMessage();
        m.setFrom(from);
        m.setTo(to);
        m.setSubject(subject);
        m.setText(body);
        return m;
    }

    private static String subject(List<Pending> pending) {
        Map<String, Integer> clients = new LinkedHashMap<>();
        pending.forEach(p -> clients.merge(p.clientName(), 1, Integer::sum));
        String names = String.join(", ", clients.keySet().stream().limit(3).toList())
                + (clients.size() > 3 ? " and " + (clients.size() - 3) + " more" : "");
        return pending.size() + (pending.size() == 1 ? " risk alert: " : " risk alerts: ") + names;
    }

    private String body(List<Pending> pending) {
        StringBuilder out = new StringBuilder("Rotation Risk re-scored your client portfolios and found:\n\n");
        for (Pending p : pending) {
            out.append(p.clientName()).append(" — ").append(p.title()).append('\n')
                    .append("  Before: ").append(p.before()).append("   After: ").append(p.after()).append('\n')
                    .append("  What drove it: ").append(p.drivers()).append('\n')
                    .append("  Open the analysis as of ").append(p.asOf()).append(": ").append(publicUrl)
                    .append("/portfolios/view/").append(p.portfolioId()).append("?asOf=").append(p.asOf())
                    .append("\n\n");
        }
        out.append("You receive this because you chose alert e-mail in Rotation Risk (Alerts, E-mail settings).\n");
        return out.toString();
    }
}
