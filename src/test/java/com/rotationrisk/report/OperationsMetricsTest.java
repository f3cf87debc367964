package com.rotationrisk.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.rotationrisk.IntegrationTest;
import com.rotationrisk.SecurityTestSupport;
import com.rotationrisk.marketdata.ImportRequest;
import com.rotationrisk.marketdata.InvalidImportException;
import com.rotationrisk.marketdata.PriceImportService;
import com.rotationrisk.portfolio.PortfolioService;
import com.rotationrisk.portfolio.PortfolioSummary;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The application's own meters (docs/operations.md) count real work. */
@IntegrationTest
class OperationsMetricsTest {

    @Autowired SecurityContextHolderStrategy securityContextStrategy;
    @Autowired UserDetailsService users;
    @Autowired MeterRegistry meters;
    @Autowired PortfolioService portfolios;
    @Autowired ReportService reports;
    @Autowired PriceImportService priceImports;
    @LocalServerPort int port;
    SecurityTestSupport security;

    @BeforeEach
    void setUp() {
        security = new SecurityTestSupport(users, securityContextStrategy);
    }

    private long timerCount(String name) {
        Timer timer = meters.find(name).timer();
        return timer == null ? 0 : timer.count();
    }

    @Test
    void scoringAndReportRenderingAreTimed() {
        long scoredBefore = timerCount("rotationrisk.scoring");
        long renderedBefore = timerCount("rotationrisk.report.render");
        long id = security.as("alice", () -> portfolios.myPortfolios("Harrison")).stream()
                .mapToLong(PortfolioSummary::id).findFirst().orElseThrow();

        security.as("alice", () -> portfolios.analyse(id, LocalDate.of(2001, 1, 2)));
        byte[] pdf = security.as("alice", () -> reports.preview(id, "client-summary", null));

        assertThat(pdf).isNotEmpty();
        assertThat(timerCount("rotationrisk.scoring")).isGreaterThanOrEqualTo(scoredBefore + 2); // analysis + report
        assertThat(timerCount("rotationrisk.report.render")).isEqualTo(renderedBefore + 1);
        assertThat(meters.find("rotationrisk.report.render").timer().totalTime(TimeUnit.MILLISECONDS))
                .isPositive();
    }

    @Test
    void aRejectedPriceImportIsCountedAsSuch() {
        Counter rejected = meters.counter("rotationrisk.imports", "kind", "prices", "outcome", "rejected");
        double before = rejected.count();

        assertThatThrownBy(() -> security.as("alice",
                () -> priceImports.commit(new ImportRequest("IBM", null, "test", false, null))))
                .isInstanceOf(InvalidImportException.class);

        assertThat(rejected.count()).isEqualTo(before + 1);
    }

    @Test
    void aNewSessionIsCountedAsActive() throws Exception {
        HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"))
                .build(), HttpResponse.BodyHandlers.discarding());
        assertThat(meters.find("rotationrisk.sessions.active").gauge().value()).isGreaterThanOrEqualTo(1);
    }
}
