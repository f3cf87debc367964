package com.rotationrisk.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.rotationrisk.IntegrationTest;
import com.rotationrisk.SecurityTestSupport;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;

/** #13: reading the trail is for administrators; filters, paging, CSV that a spreadsheet cannot be tricked by. */
@IntegrationTest
class AuditServiceTest {

    @Autowired AuditService audit;
    @Autowired AuditTrail trail;
    @Autowired JdbcTemplate jdbc;
    @Autowired UserDetailsService userDetails;
    @Autowired SecurityContextHolderStrategy securityContextStrategy;
    SecurityTestSupport security;

    @BeforeEach
    void setUp() {
        security = new SecurityTestSupport(userDetails, securityContextStrategy);
    }

    @Test
    void advisorsMayNotSearchCountOrExport() {
        assertThatThrownBy(() -> security.as("alice", () -> audit.search(AuditFilter.ALL, 0, 10)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> security.as("alice", () -> audit.count(AuditFilter.ALL)))
                .isInstanceOf(AccessDeniedException.class);
        long exports = jdbc.queryForObject("select count(*) from audit_event where action = 'AUDIT_EXPORTED'",
                Long.class);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThatThrownBy(() -> security.as("alice", () -> audit.exportCsv(AuditFilter.ALL, out)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(out.size()).isZero();
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'AUDIT_EXPORTED'",
                Long.class)).isEqualTo(exports);
    }

    @Test
    void aPortfoliosTrailIsRefusedToEveryoneWhileNoAccessRuleIsInstalled() {
        // The application installs the portfolio module's rule (owner and administrators; AccessMatrixTest); a
        // service without one refuses before reading anything.
        AuditService withoutRule = new AuditService(null, null, null,
                new org.springframework.beans.factory.support.StaticListableBeanFactory()
                        .getBeanProvider(PortfolioTrailAccess.class), new AuditSettings(null));
        assertThatThrownBy(() -> withoutRule.portfolioTrail(1L)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> withoutRule.portfolioTrail(1L, 0, 10)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> withoutRule.countPortfolioTrail(1L)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void filtersByUserPortfolioActionAndPeriodNewestFirst() {
        String who = "filter-probe-" + System.nanoTime() % 1_000_000;
        trail.record(AuditAction.SIGN_IN_FAILED, AuditActor.unknown(who, "10.13.1.1"), null, "first");
        trail.record(AuditAction.SIGN_IN_FAILED, AuditActor.unknown(who.toUpperCase(), "10.13.1.1"), 987_654L,
                "second");
        trail.record(AuditAction.SIGN_OUT, AuditActor.unknown(who, "10.13.1.1"), 987_654L, "third");

        List<AuditEntry> all = security.as("admin", () -> audit.search(new AuditFilter(" " + who + " ", null, null,
                null, null), 0, 10));
        assertThat(all).extracting(AuditEntry::detail).containsExactly("third", "second", "first");
        assertThat(all.getFirst().actionLabel()).isEqualTo("Signed out");
        assertThat(all.getFirst().clientAddress()).isEqualTo("10.13.1.1");
        assertThat(security.as("admin", () -> audit.search(new AuditFilter(who, 987_654L, AuditAction.SIGN_IN_FAILED,
                null, null), 0, 10))).extracting(AuditEntry::detail).containsExactly("second");
        assertThat(security.as("admin", () -> audit.count(new AuditFilter(who, 987_654L, null, null, null))))
                .isEqualTo(2);
        assertThat(security.as("admin", () -> audit.search(new AuditFilter(who, null, null, null, null), 1, 1)))
                .extracting(AuditEntry::detail).containsExactly("second");

        LocalDate today = LocalDate.now(audit.zone());
        assertThat(security.as("admin", () -> audit.count(new AuditFilter(who, null, null, today, today))))
                .isEqualTo(3);
        assertThat(security.as("admin", () -> audit.count(new AuditFilter(who, null, null, today.plusDays(1), null))))
                .isZero();
        assertThat(security.as("admin", () -> audit.count(new AuditFilter(who, null, null, null, today.minusDays(1)))))
                .isZero();
        assertThatThrownBy(() -> new AuditFilter(null, null, null, today, today.minusDays(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aPageHoldsAtMostFiveHundred() {
        for (int i = 0; i < 3; i++) {
            trail.record(AuditAction.SIGN_OUT, AuditActor.SYSTEM, null, "page probe");
        }
        assertThat(security.as("admin", () -> audit.search(AuditFilter.ALL, 0, 100_000))).hasSizeLessThanOrEqualTo(
                AuditService.MAX_PAGE);
    }

    @Test
    void theCsvExportNeutralisesFormulasAndIsItselfRecorded() throws Exception {
        String who = "@csv-probe-" + System.nanoTime() % 1_000_000;
        trail.record(AuditAction.SIGN_IN_FAILED, AuditActor.unknown(who, "10.13.2.1"), null,
                "=HYPERLINK(\"http://x\")");
        trail.record(AuditAction.SIGN_IN_FAILED, AuditActor.unknown(who, "10.13.2.1"), null, "plain, with \"quotes\"");

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int written = security.as("admin", () -> audit.exportCsv(new AuditFilter(who, null, null, null, null), out));

        assertThat(written).isEqualTo(2);
        byte[] bytes = out.toByteArray();
        assertThat(new String(bytes, 0, 3, StandardCharsets.UTF_8)).isEqualTo("\uFEFF");
        String text = new String(bytes, StandardCharsets.UTF_8).substring(1);
        assertThat(text).contains("\r\n");
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new java.io.StringReader(text)).getRecords();
        assertThat(rows).hasSize(2);
        assertThat(rows.get(1).get("detail")).isEqualTo("'=HYPERLINK(\"http://x\")");
        assertThat(rows.get(1).get("actor_username")).isEqualTo("'" + who);
        assertThat(rows.get(0).get("detail")).isEqualTo("plain, with \"quotes\"");
        assertThat(rows.get(0).get("action_label")).isEqualTo("Sign-in failed");
        assertThat(rows.get(0).get("actor_id")).isEmpty();

        String exported = jdbc.queryForObject("select detail from audit_event where action = 'AUDIT_EXPORTED'"
                + " and detail like ?", String.class, "%" + who + "%");
        assertThat(exported).isEqualTo("Exported 2 entries as CSV; filter: user " + who);
    }
}
