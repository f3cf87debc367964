package com.rotationrisk.marketdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.rotationrisk.IntegrationTest;
import com.rotationrisk.SecurityTestSupport;
import com.rotationrisk.security.CurrentUser;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Finding 8: shared reference data needs the firm-wide permission, the rotation benchmarks need an administrator,
 * and every instrument and price change is in audit_event.
 */
@IntegrationTest
class ReferenceDataTest {

    @Autowired
    org.springframework.security.core.context.SecurityContextHolderStrategy securityContextStrategy;

    private static final InstrumentDetails STOCK = new InstrumentDetails("IGNORED", "Audit Test Co", AssetType.STOCK,
            "Financials", "Banks", SizeBucket.MID);

    @Autowired PriceImportService imports;
    @Autowired InstrumentCatalog catalog;
    @Autowired ReferenceData referenceData;
    @Autowired CurrentUser currentUser;
    @Autowired JdbcTemplate jdbc;
    @Autowired UserDetailsService userDetails;
    SecurityTestSupport security;

    @BeforeEach
    void setUp() {
        security = new SecurityTestSupport(userDetails, securityContextStrategy);
    }

    private int audits(String action, String symbol) {
        return jdbc.queryForObject("select count(*) from audit_event where action = ? and detail like ?",
                Integer.class, action, symbol + "%");
    }

    private long idOf(String username) {
        return security.as(username, () -> currentUser.require().id());
    }

    @Test
    void anAdvisorWithThePermissionCannotRewriteABenchmarksPrices() {
        assertThat(referenceData.benchmarkSymbols()).contains("NDX", "GSPC");
        int bars = jdbc.queryForObject("select count(*) from daily_bar b join instrument i on i.id = b.instrument_id"
                + " where i.symbol = 'NDX'", Integer.class);
        byte[] csv = MarketDataFixtures.yahooCsv(LocalDate.of(2019, 1, 2), 10, null);
        assertThatThrownBy(() -> security.run("alice", () -> imports.commit(new ImportRequest("NDX",
                imports.preview(csv, "NDX").file(), "f.csv", false, null))))
                .isInstanceOfSatisfying(InvalidImportException.class, e -> {
                    assertThat(e.field()).isEqualTo("symbol");
                    assertThat(e.getMessage()).contains("benchmark", "administrator");
                });
        assertThat(jdbc.queryForObject("select count(*) from daily_bar b join instrument i on i.id = b.instrument_id"
                + " where i.symbol = 'NDX'", Integer.class)).isEqualTo(bars);
        assertThat(audits("PRICES_IMPORTED", "NDX")).isZero();
    }

    @Test
    void anAdvisorWithThePermissionCannotDefineAMissingBenchmark() {
        String missing = referenceData.benchmarkSymbols().stream()
                .filter(s -> jdbc.queryForObject("select count(*) from instrument where symbol = ?", Integer.class, s) == 0)
                .findFirst().orElseThrow();
        assertThatThrownBy(() -> security.run("alice", () -> catalog.addInstrument(new InstrumentDetails(missing,
                "Not really", AssetType.ETF, "Equity", "Index", SizeBucket.LARGE))))
                .isInstanceOf(InvalidImportException.class).hasMessageContaining("administrator");
        assertThat(jdbc.queryForObject("select count(*) from instrument where symbol = ?", Integer.class, missing))
                .isZero();
    }

    @Test
    void administratorsMayChangeBenchmarksAndAdvisorsWithoutThePermissionNothing() {
        assertThat(security.as("admin", () -> referenceData.refusal(currentUser.require(), "NDX"))).isNull();
        assertThat(security.as("bob", () -> referenceData.refusal(currentUser.require(), "AUDQ")))
                .contains("permission");
        assertThatThrownBy(() -> security.run("bob", () -> catalog.addInstrument(new InstrumentDetails("AUDQ",
                "Q", AssetType.STOCK, "Energy", "Oil, Gas & Consumable Fuels", SizeBucket.SMALL)))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void everyInstrumentAndPriceChangeIsAudited() {
        security.run("alice", () -> catalog.addInstrument(new InstrumentDetails("AUDA", "Audit A", AssetType.STOCK,
                "Energy", "Oil, Gas & Consumable Fuels", SizeBucket.SMALL)));
        assertThat(jdbc.queryForObject("select actor_id from audit_event where action = 'INSTRUMENT_ADDED'"
                + " and detail like 'AUDA%'", Long.class)).isEqualTo(idOf("alice"));

        byte[] csv = MarketDataFixtures.yahooCsv(LocalDate.of(2019, 1, 2), 12, null);
        security.run("alice", () -> imports.commit(new ImportRequest("AUDB", imports.preview(csv, "AUDB").file(),
                "audb.csv", false, STOCK)));
        assertThat(audits("INSTRUMENT_ADDED", "AUDB")).isEqualTo(1);
        assertThat(jdbc.queryForObject("select detail from audit_event where action = 'PRICES_IMPORTED'"
                + " and detail like 'AUDB%'", String.class)).contains("12 bars", "audb.csv");
    }
}
