package com.rotationrisk.portfolio.importing;

import static com.rotationrisk.portfolio.importing.TestFiles.bd;
import static com.rotationrisk.portfolio.importing.TestFiles.csv;
import static com.rotationrisk.portfolio.importing.TestFiles.fixture;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Broker exports carry their own prices and date: kept to value holdings that have no market price yet. */
class FilePricesTest {

    private final HoldingsFileParser parser = new HoldingsFileParser();

    @Test
    void fidelityLastPriceAndDateDownloadedAreKept() {
        HoldingsPreview preview = parser.parse(fixture("fidelity_positions.csv"));
        assertThat(preview.fileAsOf()).isEqualTo(LocalDate.of(2024, 5, 1));
        assertThat(preview.filePrices()).containsEntry("AAPL", bd("169.30")).containsEntry("VTI", bd("255.20"))
                .doesNotContainKey("CASH");
    }

    @Test
    void schwabPriceTitleDateAndShareClassSpellingAreKept() {
        HoldingsPreview preview = parser.parse(fixture("schwab_positions.csv"));
        assertThat(preview.fileAsOf()).isEqualTo(LocalDate.of(2024, 5, 1));
        assertThat(preview.filePrices()).containsEntry("BRK.B", bd("405.20")).containsEntry("SCHD", bd("78.10"));
    }

    @Test
    void withoutAPriceColumnTheMarketValuePerShareIsUsedAndBrkSlashBIsBrkDotB() {
        HoldingsPreview preview = parser.parse(csv(
                "\"Positions for account Individual ...9 as of 04:00 PM ET, 01/09/2026\"",
                "",
                "\"Symbol\",\"Description\",\"Qty (Quantity)\",\"Mkt Val (Market Value)\",\"Cost Basis\",\"Security Type\"",
                "\"BRK/B\",\"BERKSHIRE HATHAWAY\",\"4\",\"$2,000.00\",\"$1,600.00\",\"Equity\""));
        assertThat(preview.holdings()).extracting(ImportedHolding::ticker).containsExactly("BRK.B");
        assertThat(preview.filePrices().get("BRK.B")).isEqualByComparingTo("500");
        assertThat(preview.fileAsOf()).isEqualTo(LocalDate.of(2026, 1, 9));
    }

    @Test
    void aGenericFileHasNoFilePricesOrDate() {
        HoldingsPreview preview = parser.parse(csv("Ticker,Quantity", "AAPL,10"));
        assertThat(preview.filePrices()).isEmpty();
        assertThat(preview.fileAsOf()).isNull();
    }
}
