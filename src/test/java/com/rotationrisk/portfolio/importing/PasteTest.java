package com.rotationrisk.portfolio.importing;

import static com.rotationrisk.portfolio.importing.TestFiles.bd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PasteTest {

    private final HoldingsFileParser parser = new HoldingsFileParser();

    @Test
    void pasteWithHeader() {
        HoldingsPreview preview = parser.parsePasted("Symbol\tShares\tAvg Cost\nAAPL\t100\t$150.25\nMSFT\t\"1,000\"\t300\n");

        assertThat(preview.format()).isEqualTo(HoldingsFileFormat.PASTED);
        assertThat(preview.problems()).isEmpty();
        assertThat(preview.holdings()).containsExactly(
                new ImportedHolding(2, "AAPL", bd("100"), bd("150.25")),
                new ImportedHolding(3, "MSFT", bd("1000"), bd("300")));
        assertThat(preview.dataLines()).isEqualTo(2);
    }

    @Test
    void pasteWithoutHeaderUsesTickerQuantityCost() {
        HoldingsPreview preview = parser.parsePasted("AAPL\t100\t150.25\r\nmsft\t20\r\nVOO\t1,234.5\t\r\n");

        assertThat(preview.format()).isEqualTo(HoldingsFileFormat.PASTED);
        assertThat(preview.problems()).isEmpty();
        assertThat(preview.holdings()).containsExactly(
                new ImportedHolding(1, "AAPL", bd("100"), bd("150.25")),
                new ImportedHolding(2, "MSFT", bd("20"), null),
                new ImportedHolding(3, "VOO", bd("1234.5"), null));
        assertThat(preview.dataLines()).isEqualTo(3);
        assertThat(preview.notes()).containsExactly("No header row: columns read as ticker, quantity, cost per share.");
    }

    @Test
    void headerlessTwoColumnPaste() {
        HoldingsPreview preview = parser.parsePasted("\n\nAAPL\t5\nMSFT\t6");

        assertThat(preview.holdings()).extracting(ImportedHolding::lineNumber).containsExactly(3, 4);
        assertThat(preview.notes()).containsExactly("No header row: columns read as ticker, quantity.");
    }

    @Test
    void headerlessPasteValidatesRows() {
        HoldingsPreview preview = parser.parsePasted("AAPL\t5\nAAPL\t6\n\t7\nTSLA\tten\nNVDA\t1\t2\t3");

        assertThat(preview.problems()).containsExactly(
                new HoldingProblem(2, "AAPL already on line 1 \u2014 merge the lines or remove one"),
                new HoldingProblem(3, "missing ticker"),
                new HoldingProblem(4, "quantity 'ten' is not a number"),
                new HoldingProblem(5, "wrong number of columns (4, expected 2)"));
    }

    @Test
    void headerlessPasteWithTooManyColumnsNeedsAHeader() {
        assertThatThrownBy(() -> parser.parsePasted("AAPL\t5\t1\tApple\tTech"))
                .isInstanceOf(HoldingsFileException.class)
                .hasMessageContaining("2 or 3 columns");
    }

    @Test
    void pasteMayDropTrailingEmptyCostCells() {
        HoldingsPreview preview = parser.parsePasted("Ticker\tQuantity\tCost\nAAPL\t1\nMSFT\n");

        assertThat(preview.holdings()).containsExactly(new ImportedHolding(2, "AAPL", bd("1"), null));
        assertThat(preview.problems()).containsExactly(new HoldingProblem(3, "wrong number of columns (1, expected 3)"));
    }

    @Test
    void pasteOfCommaSeparatedTextAlsoWorks() {
        HoldingsPreview preview = parser.parsePasted("ticker,quantity\nAAPL,2");

        assertThat(preview.holdings()).containsExactly(new ImportedHolding(2, "AAPL", bd("2"), null));
    }

    @Test
    void pasteWithNonBreakingSpacesFromAWebPage() {
        HoldingsPreview preview = parser.parsePasted("AAPL\u00A0\t\u00A010\n");

        assertThat(preview.holdings()).containsExactly(new ImportedHolding(1, "AAPL", bd("10"), null));
    }

    @Test
    void brokerHeadersAreNotDetectedInPastes() {
        assertThatThrownBy(() -> parser.parsePasted("Account Number\tAccount Name\tSymbol\tDescription\n"))
                .isInstanceOf(HoldingsFileException.class)
                .hasMessageContaining("doesn't match");
    }

    @Test
    void emptyPaste() {
        assertThatThrownBy(() -> parser.parsePasted("  \n\t\n"))
                .isInstanceOf(HoldingsFileException.class)
                .hasMessage("Nothing to import: the pasted text is empty.");
    }
}
