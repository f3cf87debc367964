package com.rotationrisk.marketdata.importing;

import static com.rotationrisk.marketdata.importing.TestFiles.TODAY;
import static com.rotationrisk.marketdata.importing.TestFiles.csv;
import static com.rotationrisk.marketdata.importing.TestFiles.fixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Caller-supplied column mappings and the mapping suggestion (fixture prices are illustrative). */
class GenericMappingTest {

    private final PriceFileParser parser = new PriceFileParser();

    @Test
    void investingStyleQuotedFileWithUsDatesDescending() {
        ColumnMapping mapping = new ColumnMapping("Date", "Open", "High", "Low", "Price", "Vol.", "MM/dd/yyyy");
        PriceFilePreview p = parser.parse(fixture("generic_investing_quoted.csv"), mapping, TODAY);

        assertThat(p.format()).isEqualTo(PriceFileFormat.GENERIC);
        assertThat(p.hasProblems()).isFalse();
        assertThat(p.bars()).extracting(ParsedBar::date).containsExactly(
                LocalDate.of(2024, 2, 28), LocalDate.of(2024, 2, 29), LocalDate.of(2024, 3, 1));
        assertThat(p.bars().get(2)).isEqualTo(new ParsedBar(2, LocalDate.of(2024, 3, 1),
                5098.51, 5140.33, 5094.16, 5137.08, null, 2_500_000L));
    }

    @Test
    void germanBrokerFileWithSemicolonsAndDecimalCommas() {
        ColumnMapping mapping = new ColumnMapping("Datum", "Eröffnung", "Hoch", "Tief", "Schluss", "Stück", "dd.MM.yyyy");
        PriceFilePreview p = parser.parse(fixture("generic_broker_semicolon.csv"), mapping, TODAY);

        assertThat(p.hasProblems()).isFalse();
        assertThat(p.bars().get(2)).isEqualTo(new ParsedBar(2, LocalDate.of(2024, 3, 1),
                179.55, 180.53, 177.38, 179.66, null, 73_488_000L));
    }

    @Test
    void onlyDateAndCloseAreRequired() {
        PriceFilePreview p = parser.parse(csv("When,Px", "2024-03-01,10.5", "2024-03-04,0"),
                new ColumnMapping("when", null, null, null, "PX", null, "yyyy-MM-dd"), TODAY);
        assertThat(p.bars()).containsExactly(new ParsedBar(2, LocalDate.of(2024, 3, 1), null, null, null, 10.5, null, null));
        assertThat(p.problems()).containsExactly(new RowProblem(3, "zero price in Px"));
    }

    @Test
    void customDatePattern() {
        PriceFilePreview p = parser.parse(csv("Day,Last", "01-Mar-2024,10.5", "2024-03-04,11"),
                new ColumnMapping("Day", null, null, null, "Last", null, "dd-MMM-yyyy"), TODAY);
        assertThat(p.bars()).extracting(ParsedBar::date).containsExactly(LocalDate.of(2024, 3, 1));
        assertThat(p.problems()).containsExactly(new RowProblem(3, "bad date '2024-03-04' (expected dd-MMM-yyyy)"));
    }

    @Test
    void unknownColumnNamesTheAvailableOnes() {
        assertThatThrownBy(() -> parser.parse(csv("Date,Px,Vol", "2024-03-01,10,5"),
                new ColumnMapping("Date", null, null, null, "Closing", null, "yyyy-MM-dd"), TODAY))
                .isInstanceOf(PriceFileException.class)
                .hasMessage("unknown column 'Closing' (the file has: Date, Px, Vol)")
                .satisfies(e -> assertThat(((PriceFileException) e).headers()).containsExactly("Date", "Px", "Vol"));
    }

    @Test
    void mappingWithoutCloseIsRejected() {
        assertThatThrownBy(() -> parser.parse(csv("Date,Px", "2024-03-01,10"),
                new ColumnMapping("Date", null, null, null, null, null, "yyyy-MM-dd"), TODAY))
                .isInstanceOf(PriceFileException.class)
                .hasMessageContaining("date column and a close column");
    }

    @Test
    void invalidDatePatternIsRejected() {
        assertThatThrownBy(() -> parser.parse(csv("Date,Px", "2024-03-01,10"),
                new ColumnMapping("Date", null, null, null, "Px", null, "MM/dd"), TODAY))
                .isInstanceOf(PriceFileException.class)
                .hasMessageContaining("needs a year, a month and a day");
        assertThatThrownBy(() -> parser.parse(csv("Date,Px", "2024-03-01,10"),
                new ColumnMapping("Date", null, null, null, "Px", null, "yyyy-MM-dd{"), TODAY))
                .isInstanceOf(PriceFileException.class)
                .hasMessageStartingWith("invalid date pattern 'yyyy-MM-dd{'");
    }

    @Test
    void mappingAlsoWorksOnKnownLayouts() {
        ColumnMapping mapping = parser.suggestMapping(parser.readHeaders(fixture("yahoo_AAPL.csv")));
        PriceFilePreview p = parser.parse(fixture("yahoo_AAPL.csv"), mapping, TODAY);
        assertThat(p.format()).isEqualTo(PriceFileFormat.GENERIC);
        assertThat(p.validCount()).isEqualTo(6);
        assertThat(p.bars()).allSatisfy(b -> assertThat(b.adjClose()).isNull());
    }

    @Test
    void suggestMappingByCommonNames() {
        assertThat(parser.suggestMapping(List.of("Date", "Price", "Open", "High", "Low", "Vol.", "Change %")))
                .isEqualTo(new ColumnMapping("Date", "Open", "High", "Low", "Price", "Vol.", "yyyy-MM-dd"));
        assertThat(parser.suggestMapping(List.of("TRADE DATE", "Last", "Volume")))
                .isEqualTo(new ColumnMapping("TRADE DATE", null, null, null, "Last", "Volume", "yyyy-MM-dd"));
        assertThat(parser.suggestMapping(List.of("Datum", "Eröffnung", "Hoch", "Tief", "Schluss")))
                .isEqualTo(new ColumnMapping("Datum", null, null, null, null, null, "yyyy-MM-dd"));
    }

    @Test
    void suggestMappingPrefersRawCloseOverAdjClose() {
        assertThat(parser.suggestMapping(List.of("date", "adj close", "close")).close()).isEqualTo("close");
        assertThat(parser.suggestMapping(List.of("date", "Adj Close")).close()).isEqualTo("Adj Close");
    }

    @Test
    void suggestMappingFromContentGuessesTheDatePattern() {
        ColumnMapping mapping = parser.suggestMapping(fixture("generic_investing_quoted.csv"));
        assertThat(mapping).isEqualTo(new ColumnMapping("Date", "Open", "High", "Low", "Price", "Vol.", "MM/dd/yyyy"));
        assertThat(parser.parse(fixture("generic_investing_quoted.csv"), mapping, TODAY).hasProblems()).isFalse();
    }
}
