package com.rotationrisk.marketdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.rotationrisk.IntegrationTest;
import com.rotationrisk.marketdata.importing.ParsedBar;
import com.rotationrisk.marketdata.importing.PriceFilePreview;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

@IntegrationTest
class PriceImportServiceTest {

    private static final InstrumentDetails NEW_STOCK = new InstrumentDetails("IGNORED", "Test Payments Co",
            AssetType.STOCK, "Financials", "Transaction & Payment Processing Services", SizeBucket.MID);

    @Autowired PriceImportService imports;
    @Autowired BarStore barStore;
    @Autowired JdbcTemplate jdbc;

    private int barCount(String symbol) {
        return jdbc.queryForObject("select count(*) from daily_bar b join instrument i on i.id = b.instrument_id "
                + "where i.symbol = ?", Integer.class, symbol);
    }

    private long dataVersion(String symbol) {
        return jdbc.queryForObject("select data_version from instrument where symbol = ?", Long.class, symbol);
    }

    @Test
    @WithMockUser(username = "bob", roles = "ADVISOR")
    void advisorsWithoutTheImportPermissionAreDenied() {
        byte[] csv = MarketDataFixtures.yahooCsv(LocalDate.of(2019, 1, 2), 10, null);
        assertThatThrownBy(() -> imports.preview(csv, "DENY")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> imports.commit(new ImportRequest("DENY", null, "x", false, NEW_STOCK)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(jdbc.queryForObject("select count(*) from instrument where symbol = 'DENY'", Integer.class)).isZero();
    }

    @Test
    @WithMockUser(username = "alice", roles = {"ADVISOR", "REFERENCE_DATA"})
    void previewWritesNothingAndListsTheBadRowWithItsLineNumber() {
        int before = jdbc.queryForObject("select count(*) from daily_bar", Integer.class);
        byte[] csv = MarketDataFixtures.yahooCsv(LocalDate.of(2019, 1, 2), 40, "2019-13-45,1,2,0.5,1,1,100");
        ImportPreview preview = imports.preview(csv, "PREV");
        assertThat(preview.isNewInstrument()).isTrue();
        assertThat(preview.file().validCount()).isEqualTo(40);
        assertThat(preview.file().problems()).singleElement().satisfies(p -> {
            assertThat(p.lineNumber()).isEqualTo(22);
            assertThat(p.reason()).contains("bad date '2019-13-45'");
        });
        assertThat(jdbc.queryForObject("select count(*) from daily_bar", Integer.class)).isEqualTo(before);
    }

    @Test
    @WithMockUser(username = "alice", roles = {"ADVISOR", "REFERENCE_DATA"})
    void aNewSymbolNeedsItsSectorAndSizeAndNothingIsWrittenWithoutThem() {
        byte[] csv = MarketDataFixtures.yahooCsv(LocalDate.of(2019, 1, 2), 30, null);
        ImportPreview preview = imports.preview(csv, "NEWCO");
        InstrumentDetails noSector = new InstrumentDetails("NEWCO", "New Co", AssetType.STOCK, " ", null,
                SizeBucket.SMALL);
        assertThatThrownBy(() -> imports.commit(new ImportRequest("NEWCO", preview.file(), "f.csv", false, noSector)))
                .isInstanceOfSatisfying(InvalidImportException.class, e -> assertThat(e.field()).isEqualTo("sector"));
        InstrumentDetails noSize = new InstrumentDetails("NEWCO", "New Co", AssetType.STOCK, "Energy", null, null);
        assertThatThrownBy(() -> imports.commit(new ImportRequest("NEWCO", preview.file(), "f.csv", false, noSize)))
                .isInstanceOfSatisfying(InvalidImportException.class,
                        e -> assertThat(e.field()).isEqualTo("sizeBucket"));
        assertThat(jdbc.queryForObject("select count(*) from instrument where symbol = 'NEWCO'", Integer.class))
                .isZero();
    }

    @Test
    @WithMockUser(username = "alice", roles = {"ADVISOR", "REFERENCE_DATA"})
    void rejectedRowsMustBeSkippedExplicitly() {
        byte[] csv = MarketDataFixtures.yahooCsv(LocalDate.of(2019, 1, 2), 30, "2019-02-01,5,4,6,5,5,100");
        ImportPreview preview = imports.preview(csv, "SKIPCO");
        assertThat(preview.file().problems()).extracting(p -> p.reason()).anyMatch(r -> r.contains("below low"));
        assertThatThrownBy(() -> imports.commit(new ImportRequest("SKIPCO", preview.file(), "f.csv", false, NEW_STOCK)))
                .isInstanceOfSatisfying(InvalidImportException.class,
                        e -> assertThat(e.field()).isEqualTo("skipRejected"));
        assertThat(jdbc.queryForObject("select count(*) from instrument where symbol = 'SKIPCO'", Integer.class))
                .isZero();

        ImportResult result = imports.commit(new ImportRequest("skipco", preview.file(), "f.csv", true, NEW_STOCK));
        assertThat(result.createdInstrument()).isTrue();
        assertThat(result.barsWritten()).isEqualTo(30);
        assertThat(result.rowsSkipped()).isEqualTo(1);
        assertThat(barCount("SKIPCO")).isEqualTo(30);
    }

    @Test
    @WithMockUser(username = "alice", roles = {"ADVISOR", "REFERENCE_DATA"})
    void aFailureInTheMiddleOfAnImportLeavesTheStoreExactlyAsItWas() {
        String symbol = "AAPL";
        int barsBefore = barCount(symbol);
        long versionBefore = dataVersion(symbol);
        PriceHistory historyBefore = barStore.barsUpTo(symbol, LocalDate.MAX);
        int importsBefore = jdbc.queryForObject("select count(*) from price_import", Integer.class);

        // 1,000 bars that overlap stored AAPL dates, with one in the middle that the database refuses.
        List<ParsedBar> bars = new ArrayList<>();
        LocalDate day = LocalDate.of(2015, 1, 2);
        for (int i = 0; i < 1000; i++) {
            double close = i == 500 ? -1 : 50 + i * 0.01;
            bars.add(new ParsedBar(i + 2, day, null, null, null, close, null, null));
            day = day.plusDays(1);
        }
        PriceFilePreview poisoned = new PriceFilePreview(com.rotationrisk.marketdata.importing.PriceFileFormat.GENERIC,
                List.of("Date", "Close"), null, bars, List.of(), 1000, bars.get(0).date(), bars.get(999).date());

        assertThatThrownBy(() -> imports.commit(new ImportRequest(symbol, poisoned, "poison.csv", false, null)))
                .isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);

        assertThat(barCount(symbol)).isEqualTo(barsBefore);
        assertThat(dataVersion(symbol)).isEqualTo(versionBefore);
        assertThat(jdbc.queryForObject("select count(*) from price_import", Integer.class)).isEqualTo(importsBefore);
        PriceHistory historyAfter = barStore.barsUpTo(symbol, LocalDate.MAX);
        assertThat(historyAfter.close()).containsExactly(historyBefore.close());
    }

    @Test
    @WithMockUser(username = "alice", roles = {"ADVISOR", "REFERENCE_DATA"})
    void reimportingReplacesStoredDatesAndTheStoreSeesItAtOnce() {
        byte[] first = MarketDataFixtures.yahooCsv(LocalDate.of(2019, 1, 2), 20, null);
        imports.commit(new ImportRequest("REPL", imports.preview(first, "REPL").file(), "a.csv", false, NEW_STOCK));
        PriceHistory before = barStore.barsUpTo("REPL", LocalDate.MAX);

        byte[] second = MarketDataFixtures.yahooCsv(LocalDate.of(2019, 1, 2), 30, null);
        ImportPreview preview = imports.preview(second, "REPL");
        assertThat(preview.barsAlreadyStored()).isEqualTo(20);
        ImportResult result = imports.commit(new ImportRequest("REPL", preview.file(), "b.csv", false, null));
        assertThat(result.barsReplaced()).isEqualTo(20);
        assertThat(barCount("REPL")).isEqualTo(30);
        assertThat(barStore.barsUpTo("REPL", LocalDate.MAX).size()).isEqualTo(30);
        assertThat(before.size()).isEqualTo(20);
    }

    @Test
    @WithMockUser(username = "alice", roles = {"ADVISOR", "REFERENCE_DATA"})
    void aBadSymbolIsRefusedAtTheSymbolField() {
        byte[] csv = MarketDataFixtures.yahooCsv(LocalDate.of(2019, 1, 2), 5, null);
        ImportPreview preview = imports.preview(csv, "");
        assertThatThrownBy(() -> imports.commit(new ImportRequest("no spaces!", preview.file(), "f", false, NEW_STOCK)))
                .isInstanceOfSatisfying(InvalidImportException.class, e -> assertThat(e.field()).isEqualTo("symbol"));
        assertThatThrownBy(() -> imports.commit(new ImportRequest(" ", preview.file(), "f", false, NEW_STOCK)))
                .isInstanceOfSatisfying(InvalidImportException.class,
                        e -> assertThat(e.getMessage()).contains("Enter the symbol"));
    }
}
