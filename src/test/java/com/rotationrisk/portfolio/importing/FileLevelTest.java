package com.rotationrisk.portfolio.importing;

import static com.rotationrisk.portfolio.importing.TestFiles.csv;
import static com.rotationrisk.portfolio.importing.TestFiles.fixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Layout detection and whole-file problems. */
class FileLevelTest {

    private final HoldingsFileParser parser = new HoldingsFileParser();

    @ParameterizedTest
    @CsvSource({
            "generic_holdings.csv, GENERIC",
            "fidelity_positions.csv, FIDELITY",
            "schwab_positions.csv, SCHWAB"})
    void detectsTheLayoutOfEachFixture(String file, HoldingsFileFormat format) {
        assertThat(parser.parse(fixture(file)).format()).isEqualTo(format);
    }

    @Test
    void genericHeaderWithCostBasisIsNotMistakenForSchwab() {
        HoldingsPreview preview = parser.parse(csv("Symbol,Description,Quantity,Market Value,Cost Basis",
                "AAPL,Apple,10,1693,150"));

        assertThat(preview.format()).isEqualTo(HoldingsFileFormat.GENERIC);
        assertThat(preview.holdings().get(0).costBasisPerShare()).isEqualByComparingTo("150");
        assertThat(preview.notes()).containsExactly("Columns not used: Description, Market Value.");
    }

    @Test
    void emptyFile() {
        assertThatThrownBy(() -> parser.parse(new byte[0]))
                .isInstanceOf(HoldingsFileException.class).hasMessage("The file is empty.");
        assertThatThrownBy(() -> parser.parse(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '\r', '\n', ' '}))
                .isInstanceOf(HoldingsFileException.class).hasMessage("The file is empty.");
    }

    @Test
    void headerWithoutRows() {
        assertThatThrownBy(() -> parser.parse(csv("Ticker,Quantity", "", ",,")))
                .isInstanceOf(HoldingsFileException.class)
                .hasMessage("The file has a header but no holdings below it.");
    }

    @Test
    void unknownHeaderSaysWhichColumnsAreExpected() {
        assertThatThrownBy(() -> parser.parse(csv("Name,Amount,Price", "Apple,10,150")))
                .isInstanceOf(HoldingsFileException.class)
                .hasMessageContaining("doesn't match a known holdings layout")
                .hasMessageContaining("a ticker column (symbol, ticker or instrument)")
                .hasMessageContaining("a quantity column (quantity, qty, shares or units)")
                .hasMessageContaining("cost per share")
                .hasMessageContaining("Fidelity or Schwab")
                .hasMessageContaining("The file starts with: Name, Amount, Price.");
    }

    @Test
    void tickerWithoutQuantityColumnIsUnknown() {
        assertThatThrownBy(() -> parser.parse(csv("Ticker,Cost", "AAPL,150")))
                .isInstanceOf(HoldingsFileException.class)
                .hasMessageContaining("a quantity column");
    }

    @Test
    void headerlessFileIsRefusedClearly() {
        assertThatThrownBy(() -> parser.parse(csv("AAPL,100,150.25", "MSFT,20,300")))
                .isInstanceOf(HoldingsFileException.class)
                .hasMessageStartingWith("The file has no header row: line 1 (AAPL, 100, 150.25) looks like data.")
                .hasMessageContaining("\"Ticker,Quantity,Cost\"");
        assertThatThrownBy(() -> parser.parse(csv("AAPL;100")))
                .isInstanceOf(HoldingsFileException.class)
                .hasMessageContaining("no header row");
    }

    @Test
    void fileOverTwoMebibytesIsRefused() {
        byte[] big = new byte[HoldingsFileParser.MAX_BYTES + 1];
        assertThatThrownBy(() -> parser.parse(big))
                .isInstanceOf(HoldingsFileException.class)
                .hasMessage("The file is 2.0 MB; the limit is 2 MB.");
        String pasted = "x".repeat(HoldingsFileParser.MAX_BYTES + 1);
        assertThatThrownBy(() -> parser.parsePasted(pasted))
                .isInstanceOf(HoldingsFileException.class)
                .hasMessageContaining("pasted text");
    }

    @Test
    void atMostMaxRowsHoldings() {
        assertThat(parser.parse(generated(HoldingsFileParser.MAX_ROWS)).holdings())
                .hasSize(HoldingsFileParser.MAX_ROWS);
        assertThatThrownBy(() -> parser.parse(generated(HoldingsFileParser.MAX_ROWS + 1)))
                .isInstanceOf(HoldingsFileException.class)
                .hasMessage("The file has more than 5,000 holdings; split it into smaller files.");
    }

    @Test
    void unclosedQuote() {
        assertThatThrownBy(() -> parser.parse(csv("Ticker,Quantity", "AAPL,1", "\"MSFT,2")))
                .isInstanceOf(HoldingsFileException.class)
                .hasMessageContaining("unclosed quote");
    }

    private static byte[] generated(int rows) {
        StringBuilder sb = new StringBuilder("Ticker,Quantity,Cost\n");
        for (int i = 0; i < rows; i++) {
            sb.append('T').append(i).append(",1,2\n");
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }
}
