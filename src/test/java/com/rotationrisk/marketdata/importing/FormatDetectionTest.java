package com.rotationrisk.marketdata.importing;

import static com.rotationrisk.marketdata.importing.TestFiles.TODAY;
import static com.rotationrisk.marketdata.importing.TestFiles.csv;
import static com.rotationrisk.marketdata.importing.TestFiles.fixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class FormatDetectionTest {

    private final PriceFileParser parser = new PriceFileParser();

    @ParameterizedTest
    @CsvSource({
            "yahoo_AAPL.csv, YAHOO",
            "yahoo_with_null_row.csv, YAHOO",
            "stooq_spx_d.csv, STOOQ",
            "stooq_msft_us_d.csv, STOOQ",
            "stooq_kgh_d_pl.csv, STOOQ",
            "stooq_bulk_aapl.us.txt, STOOQ_BULK"
    })
    void detectsKnownLayouts(String file, PriceFileFormat expected) {
        assertThat(parser.parse(fixture(file), TODAY).format()).isEqualTo(expected);
    }

    @Test
    void headerMatchingIgnoresCaseSpacingAndColumnOrder() {
        PriceFilePreview p = parser.parse(csv("date, close ,OPEN,high,Low,adj close,VOLUME",
                "2024-03-01,10.5,10,11,9.5,10.4,100"), TODAY);
        assertThat(p.format()).isEqualTo(PriceFileFormat.YAHOO);
        assertThat(p.bars().get(0).close()).isEqualTo(10.5);
        assertThat(p.bars().get(0).open()).isEqualTo(10.0);
    }

    @Test
    void unknownHeaderThrowsWithHeadersForTheMappingStep() {
        assertThatThrownBy(() -> parser.parse(fixture("generic_investing_quoted.csv"), TODAY))
                .isInstanceOf(PriceFileException.class)
                .hasMessage("The header doesn't match a known layout (Yahoo, Stooq). Map the columns yourself.")
                .satisfies(e -> assertThat(((PriceFileException) e).headers())
                        .containsExactly("Date", "Price", "Open", "High", "Low", "Vol.", "Change %"));
    }

    @Test
    void extraColumnIsNotAKnownLayout() {
        assertThatThrownBy(() -> parser.parse(csv("Date,Open,High,Low,Close,Volume,Dividends",
                "2024-03-01,1,2,0.5,1.5,100,0"), TODAY))
                .isInstanceOf(PriceFileException.class)
                .hasMessageContaining("Map the columns yourself");
    }

    @Test
    void duplicateHeaderNamesAreNotAKnownLayout() {
        assertThatThrownBy(() -> parser.parse(csv("Date,Open,High,Low,Close,Close",
                "2024-03-01,1,2,0.5,1.5,1.5"), TODAY))
                .isInstanceOf(PriceFileException.class)
                .hasMessageContaining("Map the columns yourself");
    }
}
