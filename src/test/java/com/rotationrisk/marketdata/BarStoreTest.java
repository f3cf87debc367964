package com.rotationrisk.marketdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.rotationrisk.IntegrationTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.test.context.support.WithMockUser;

@IntegrationTest
@WithMockUser(username = "bob", roles = "ADVISOR")
class BarStoreTest {

    @Autowired BarStore store;
    @Autowired InstrumentCatalog catalog;
    @Autowired org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate jdbc;

    @Test
    void barsUpToADateNeverIncludeLaterBars() {
        LocalDate asOf = LocalDate.of(2016, 6, 15);
        PriceHistory aapl = store.barsUpTo("AAPL", asOf);
        assertThat(aapl.lastDate()).isBeforeOrEqualTo(asOf);
        assertThat(aapl.dates()).allSatisfy(d -> assertThat(d).isBeforeOrEqualTo(asOf));
        PriceHistory full = store.barsUpTo("AAPL", LocalDate.MAX);
        int expected = (int) java.util.Arrays.stream(full.dates()).filter(d -> !d.isAfter(asOf)).count();
        assertThat(aapl.size()).isEqualTo(expected);
    }

    @Test
    void aWeekendAsOfDateGivesTheLastTradingDayBefore() {
        PriceHistory gspc = store.barsUpTo("GSPC", LocalDate.of(2020, 3, 22)); // a Sunday
        assertThat(gspc.lastDate()).isEqualTo(LocalDate.of(2020, 3, 20));
    }

    @Test
    void anAsOfDateBeforeAllDataGivesAnEmptyHistory() {
        assertThat(store.barsUpTo("AAPL", LocalDate.of(2000, 1, 1)).isEmpty()).isTrue();
    }

    @Test
    void unknownSymbolsAreAbsentNotInvented() {
        Map<String, PriceHistory> bars = store.barsUpTo(List.of("AAPL", "NOPE"), LocalDate.MAX);
        assertThat(bars).containsKey("AAPL").doesNotContainKey("NOPE");
    }

    @Test
    void theBundledUniverseIsRealDataWithItsGapsStated() {
        List<InstrumentSummary> all = catalog.search("");
        assertThat(all).hasSizeGreaterThanOrEqualTo(33);
        InstrumentSummary gspc = all.stream().filter(s -> s.symbol().equals("GSPC")).findFirst().orElseThrow();
        assertThat(gspc.firstDate()).isEqualTo(LocalDate.of(2000, 1, 3));
        assertThat(gspc.lastDate()).isEqualTo(LocalDate.of(2020, 4, 17));
        assertThat(store.barsUpTo("GSPC", LocalDate.of(2020, 3, 16)).lastClose()).isEqualTo(2386.13, org.assertj.core.data.Offset.offset(0.005));
        InstrumentSummary ibm = all.stream().filter(s -> s.symbol().equals("IBM")).findFirst().orElseThrow();
        assertThat(ibm.fullBars()).isFalse();
        assertThat(catalog.benchmarks().largeCapSymbol()).isEqualTo("GSPC");
        // the bundled pair the real series support: Nasdaq-100 minus S&P 500 (docs/data.md)
        assertThat(catalog.benchmarks().smallCapSymbol()).isEqualTo("NDX");
        assertThat(catalog.benchmarks().hasRotationSpread()).isTrue();
        assertThat(catalog.benchmarks("Small caps minus large caps (IWM − SPY)").smallCapSymbol()).isEqualTo("IWM");
    }

    @Test
    @org.springframework.security.test.context.support.WithAnonymousUser
    void anonymousCallersCannotReadPrices() {
        assertThatThrownBy(() -> store.barsUpTo("AAPL", LocalDate.MAX))
                .isInstanceOfAny(AuthenticationCredentialsNotFoundException.class,
                        org.springframework.security.access.AccessDeniedException.class);
    }

    @Test
    void theCacheHoldsNoMoreBarsThanItsBoundAndStillAnswersInFull() {
        BarStore small = new BarStore(jdbc, new MarketDataSettings(true, 10_000L));
        java.util.List<String> symbols = jdbc.getJdbcTemplate().queryForList("select symbol from instrument",
                String.class);
        java.util.Map<String, PriceHistory> all = small.barsUpTo(symbols, java.time.LocalDate.of(2001, 1, 2));
        assertThat(all).hasSize(symbols.size());
        long answered = all.values().stream().mapToLong(h -> h.dates().length).sum();
        assertThat(answered).as("the bundled history is far more than the bound").isGreaterThan(50_000);
        assertThat(small.cachedBars()).isPositive().isLessThanOrEqualTo(10_000);
    }
}
