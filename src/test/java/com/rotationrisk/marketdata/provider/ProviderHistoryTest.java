package com.rotationrisk.marketdata.provider;

import static org.assertj.core.api.Assertions.assertThat;

import com.rotationrisk.marketdata.importing.PriceFileFormat;
import com.rotationrisk.marketdata.importing.PriceFileParser;
import com.rotationrisk.marketdata.importing.PriceFilePreview;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProviderHistoryTest {

    private static final ProviderHistory HISTORY = new ProviderHistory("IBM", "Alpha Vantage", List.of(
            new ProviderBar(LocalDate.of(2024, 3, 5), 195.75, 197.4, 192.7, 193.1, 4_670_282L),
            new ProviderBar(LocalDate.of(2024, 3, 4), 187.71, 197.0, 187.43, 196.5, null)),
            List.of(), List.of(), Instant.parse("2026-03-02T10:00:00Z"));

    @Test
    void barsAreSortedByDate() {
        assertThat(HISTORY.bars()).extracting(ProviderBar::date)
                .containsExactly(LocalDate.of(2024, 3, 4), LocalDate.of(2024, 3, 5));
    }

    @Test
    void theCsvBridgeIsReadByThePriceFileParserAsTheSameBars() {
        String csv = new String(HISTORY.toCsv(), StandardCharsets.UTF_8);
        assertThat(csv).isEqualTo("Date,Open,High,Low,Close,Volume\n2024-03-04,187.71,197,187.43,196.5,\n"
                + "2024-03-05,195.75,197.4,192.7,193.1,4670282\n");

        PriceFilePreview preview = new PriceFileParser().parse(HISTORY.toCsv(), LocalDate.of(2026, 3, 2));

        assertThat(preview.format()).isEqualTo(PriceFileFormat.STOOQ);
        assertThat(preview.problems()).isEmpty();
        assertThat(preview.bars()).hasSize(2);
        assertThat(preview.bars().get(1).close()).isEqualTo(193.1);
        assertThat(preview.bars().get(1).volume()).isEqualTo(4_670_282L);
        assertThat(preview.bars().get(0).volume()).isNull();
    }
}
