package com.rotationrisk.marketdata.importing;

import static com.rotationrisk.marketdata.importing.TestFiles.TODAY;
import static com.rotationrisk.marketdata.importing.TestFiles.csv;
import static com.rotationrisk.marketdata.importing.TestFiles.fixture;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Happy paths for the auto-detected layouts (fixture prices are illustrative). */
class KnownFormatsTest {

    private final PriceFileParser parser = new PriceFileParser();

    @Test
    void yahooKeepsRawCloseAndAdjCloseSeparately() {
        PriceFilePreview p = parser.parse(fixture("yahoo_AAPL.csv"), TODAY);

        assertThat(p.hasProblems()).isFalse();
        assertThat(p.validCount()).isEqualTo(6);
        assertThat(p.dataLines()).isEqualTo(6);
        assertThat(p.detectedSymbol()).isNull();
        assertThat(p.headers()).containsExactly("Date", "Open", "High", "Low", "Close", "Adj Close", "Volume");
        assertThat(p.firstDate()).isEqualTo(LocalDate.of(2024, 2, 26));
        assertThat(p.lastDate()).isEqualTo(LocalDate.of(2024, 3, 4));
        assertThat(p.bars().get(4)).isEqualTo(new ParsedBar(6, LocalDate.of(2024, 3, 1),
                179.550003, 180.529999, 177.380005, 179.660004, 179.419891, 73_488_000L));
    }

    @Test
    void yahooNullHolidayRowIsReportedAsNoPrices() {
        PriceFilePreview p = parser.parse(fixture("yahoo_with_null_row.csv"), TODAY);

        assertThat(p.problems()).containsExactly(new RowProblem(3, "no prices (null)"));
        assertThat(p.validCount()).isEqualTo(2);
        assertThat(p.dataLines()).isEqualTo(3);
        assertThat(p.rejectedCount()).isEqualTo(1);
    }

    @Test
    void stooqIndexWithoutVolumeHasNullVolume() {
        PriceFilePreview p = parser.parse(fixture("stooq_spx_d.csv"), TODAY);

        assertThat(p.hasProblems()).isFalse();
        assertThat(p.validCount()).isEqualTo(4);
        assertThat(p.bars()).allSatisfy(b -> {
            assertThat(b.volume()).isNull();
            assertThat(b.adjClose()).isNull();
        });
        assertThat(p.bars().get(3).close()).isEqualTo(5137.08);
    }

    @Test
    void stooqWithVolume() {
        PriceFilePreview p = parser.parse(fixture("stooq_msft_us_d.csv"), TODAY);

        assertThat(p.hasProblems()).isFalse();
        assertThat(p.bars().get(2)).isEqualTo(new ParsedBar(4, LocalDate.of(2024, 3, 1),
                411.27, 415.87, 410.88, 415.5, null, 17_823_400L));
    }

    @Test
    void stooqPolishHeaders() {
        PriceFilePreview p = parser.parse(fixture("stooq_kgh_d_pl.csv"), TODAY);

        assertThat(p.format()).isEqualTo(PriceFileFormat.STOOQ);
        assertThat(p.hasProblems()).isFalse();
        assertThat(p.bars().get(0)).isEqualTo(new ParsedBar(2, LocalDate.of(2024, 2, 28),
                113.3, 114.95, 112.5, 114.3, null, 412_887L));
    }

    @Test
    void stooqPolishProblemsUseTheFilesColumnNames() {
        PriceFilePreview p = parser.parse(csv("Data,Otwarcie,Najwyzszy,Najnizszy,Zamkniecie,Wolumen",
                "2024-03-01,1,2,0.5,-1,10"), TODAY);

        assertThat(p.problems()).containsExactly(new RowProblem(2, "negative price in Zamkniecie (-1)"));
    }

    @Test
    void stooqBulkStripsUsSuffixAndParsesScientificVolume() {
        PriceFilePreview p = parser.parse(fixture("stooq_bulk_aapl.us.txt"), TODAY);

        assertThat(p.format()).isEqualTo(PriceFileFormat.STOOQ_BULK);
        assertThat(p.detectedSymbol()).isEqualTo("AAPL");
        assertThat(p.hasProblems()).isFalse();
        assertThat(p.bars().get(2)).isEqualTo(new ParsedBar(4, LocalDate.of(2024, 2, 29),
                181.27, 182.57, 179.53, 180.75, null, 136_682_600L));
    }

    @Test
    void stooqBulkKeepsNonUsSuffix() {
        PriceFilePreview p = parser.parse(csv("<TICKER>,<PER>,<DATE>,<TIME>,<OPEN>,<HIGH>,<LOW>,<CLOSE>,<VOL>,<OPENINT>",
                "VOD.UK,D,20240301,000000,70,71,69,70.5,1000,0"), TODAY);

        assertThat(p.detectedSymbol()).isEqualTo("VOD.UK");
    }
}
