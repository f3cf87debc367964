package com.rotationrisk.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.rotationrisk.IntegrationTest;
import com.rotationrisk.SecurityTestSupport;
import com.rotationrisk.portfolio.PortfolioService;
import com.rotationrisk.portfolio.PortfolioSummary;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;

/** #13: generating a report, and downloading or regenerating an archived one, are in the audit trail. */
@IntegrationTest
class ReportAuditTest {

    @Autowired ReportService reports;
    @Autowired PortfolioService portfolios;
    @Autowired JdbcTemplate jdbc;
    @Autowired UserDetailsService userDetails;
    @Autowired SecurityContextHolderStrategy securityContextStrategy;
    SecurityTestSupport security;

    @BeforeEach
    void setUp() {
        security = new SecurityTestSupport(userDetails, securityContextStrategy);
    }

    private Map<String, Object> entry(String action, long archiveId) {
        return jdbc.queryForMap("select * from audit_event where action = ? and detail like ?", action,
                "%archive id " + archiveId + "%");
    }

    @Test
    void generatingDownloadingAndRegeneratingAreRecordedWithTemplateAsOfAndArchiveId() {
        long harrison = security.as("alice", () -> portfolios.myPortfolios("Harrison")).stream()
                .mapToLong(PortfolioSummary::id).findFirst().orElseThrow();
        GeneratedReport report = security.as("alice", () -> reports.generate(harrison, "client-summary", null));
        long archiveId = report.archived().id();
        security.as("alice", () -> reports.download(archiveId));
        security.as("alice", () -> reports.regenerate(archiveId));

        String where = "template client-summary, as of " + report.archived().asOf() + ", archive id " + archiveId;
        assertThat(entry("REPORT_GENERATED", archiveId)).satisfies(e -> {
            assertThat(e.get("ACTOR_USERNAME")).isEqualTo("alice");
            assertThat(e.get("PORTFOLIO_ID")).isEqualTo(harrison);
            assertThat((String) e.get("DETAIL")).contains(where);
        });
        assertThat(entry("REPORT_DOWNLOADED", archiveId).get("ACTOR_USERNAME")).isEqualTo("alice");
        assertThat((String) entry("REPORT_REGENERATED", archiveId).get("DETAIL")).contains(where,
                "identical to the archived PDF: yes");
    }
}
