package com.rotationrisk.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.rotationrisk.IntegrationTest;
import com.rotationrisk.SecurityTestSupport;
import com.rotationrisk.portfolio.PortfolioService;
import com.rotationrisk.portfolio.PortfolioSummary;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/** Finding 6 (and 9 for the report URLs): generating is a POST, per-user limit, retention, no connection while drawing. */
@IntegrationTest
class ReportHardeningTest {

    @Autowired
    org.springframework.security.core.context.SecurityContextHolderStrategy securityContextStrategy;

    @Autowired MockMvc mvc;
    @Autowired ReportService reports;
    @Autowired ReportArchive archive;
    @Autowired ReportSettings settings;
    @Autowired PortfolioService portfolios;
    @Autowired UserDetailsService users;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate tx;
    SecurityTestSupport security;

    @BeforeEach
    void setUp() {
        security = new SecurityTestSupport(users, securityContextStrategy);
    }

    private long portfolioOf(String user, String name) {
        return security.as(user, () -> portfolios.myPortfolios(name)).stream().mapToLong(PortfolioSummary::id)
                .findFirst().orElseThrow();
    }

    private int archived(long portfolioId) {
        return jdbc.queryForObject("select count(*) from report_archive where portfolio_id = ?", Integer.class,
                portfolioId);
    }

    @Test
    void aGetOfTheGenerateUrlArchivesNothing() throws Exception {
        long id = portfolioOf("alice", "Harrison");
        int before = archived(id);
        mvc.perform(get("/reports/portfolio/" + id + ".pdf").with(user(users.loadUserByUsername("alice"))))
                .andExpect(status().isMethodNotAllowed());
        mvc.perform(post("/reports/portfolio/" + id + ".pdf").with(user(users.loadUserByUsername("alice"))))
                .andExpect(status().isForbidden()); // no CSRF token: what another site's page would send
        assertThat(archived(id)).isEqualTo(before);
    }

    @Test
    void badParametersAreA400WithTheMessageNotA500() throws Exception {
        long id = portfolioOf("alice", "Harrison");
        mvc.perform(post("/reports/portfolio/" + id + ".pdf?template=nope").with(csrf())
                        .with(user(users.loadUserByUsername("alice"))))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/reports/portfolio/" + id + ".pdf?asOf=not-a-date").with(csrf())
                        .with(user(users.loadUserByUsername("alice"))))
                .andExpect(status().isBadRequest());
    }

    @Test
    void eachPersonGeneratesAtMostTheHourlyLimit() {
        long id = portfolioOf("bob", "");
        long bobId = jdbc.queryForObject("select id from app_user where username = 'bob'", Long.class);
        // Fill bob's last hour up to the limit with archive rows (cheaper than drawing that many PDFs).
        Instant recent = Instant.now().minus(10, ChronoUnit.MINUTES);
        for (int i = archive.generatedSince(bobId, Instant.now().minus(1, ChronoUnit.HOURS));
             i < settings.maxGeneratedPerHour(); i++) {
            archive.store(id, "client-summary", bobId, recent, java.time.LocalDate.of(2001, 1, 2), "test", "{}",
                    new byte[] {1}, "00");
        }
        int before = archived(id);
        assertThatThrownBy(() -> security.as("bob", () -> reports.generate(id, "client-summary", null)))
                .isInstanceOf(ReportRateLimitException.class).hasMessageContaining("in the last hour");
        assertThat(archived(id)).isEqualTo(before);
        jdbc.update("delete from report_archive where generated_by = ? and model_version = 'test'", bobId);
    }

    @Test
    void archivedReportsOlderThanTheRetentionAreRemoved() {
        long id = portfolioOf("carol", "");
        long carolId = jdbc.queryForObject("select id from app_user where username = 'carol'", Long.class);
        Instant old = Instant.now().minus(settings.archiveRetention()).minus(1, ChronoUnit.DAYS);
        long oldId = archive.store(id, "client-summary", carolId, old, java.time.LocalDate.of(2001, 1, 2), "test",
                "{}", new byte[] {1}, "00");
        long newId = archive.store(id, "client-summary", carolId, Instant.now(), java.time.LocalDate.of(2001, 1, 2),
                "test", "{}", new byte[] {1}, "00");
        reports.applyRetention();
        assertThat(archive.find(oldId)).isEmpty();
        assertThat(archive.find(newId)).isPresent();
        jdbc.update("delete from report_archive where id = ?", newId);
    }

    @Test
    void thePdfIsNeverDrawnInsideATransaction() {
        long id = portfolioOf("alice", "Harrison");
        GeneratedReport report = security.as("alice", () -> reports.generate(id, "client-summary", null));
        assertThat(report.pdf()).isNotEmpty();
        // The same call inside a transaction (which would hold a connection for the whole drawing) is refused.
        assertThatThrownBy(() -> tx.executeWithoutResult(s ->
                security.as("alice", () -> reports.generate(id, "client-summary", null))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("outside any transaction");
    }
}
