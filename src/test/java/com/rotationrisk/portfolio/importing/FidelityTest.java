package com.rotationrisk.portfolio.importing;

import static com.rotationrisk.portfolio.importing.TestFiles.bd;
import static com.rotationrisk.portfolio.importing.TestFiles.csv;
import static com.rotationrisk.portfolio.importing.TestFiles.fixture;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FidelityTest {

    static final String HEADER = "Account Number,Account Name,Symbol,Description,Quantity,Last Price,"
            + "Last Price Change,Current Value,Today's Gain/Loss Dollar,Today's Gain/Loss Percent,"
            + "Total Gain/Loss Dollar,Total Gain/Loss Percent,Percent Of Account,Cost Basis Total,"
            + "Average Cost Basis,Type";

    private final HoldingsFileParser parser = new HoldingsFileParser();

    @Test
    void readsTheExportMergingAccountsAndMoneyMarketAsCash() {
        HoldingsPreview preview = parser.parse(fixture("fidelity_positions.csv"));

        assertThat(preview.format()).isEqualTo(HoldingsFileFormat.FIDELITY);
        assertThat(preview.problems()).isEmpty();
        assertThat(preview.holdings()).containsExactly(
                new ImportedHolding(2, "CASH", bd("3500.15"), null),
                new ImportedHolding(3, "AAPL", bd("150"), bd("160")),
                new ImportedHolding(4, "MSFT", bd("25.5"), bd("300.00")),
                new ImportedHolding(8, "VTI", bd("1200"), null));
        assertThat(preview.skippedLines()).containsExactly(
                new SkippedLine(5, "pending activity (not a position yet)"),
                new SkippedLine(10, "disclaimer text after the positions"),
                new SkippedLine(12, "disclaimer text after the positions"),
                new SkippedLine(14, "disclaimer text after the positions"));
        assertThat(preview.dataLines()).isEqualTo(10);
        assertThat(preview.notes()).containsExactly(
                "Positions from 2 accounts (Z12345678, Y87654321) are imported together.",
                "The file's prices are as of 2024-05-01.",
                "Cash appears on lines 2, 6 (several accounts or lots): merged into 3500.15.",
                "AAPL appears on lines 3, 7 (several accounts or lots): merged into 150, weighted average cost 160.");
    }

    @Test
    void averageCostFallsBackToCostBasisTotal() {
        HoldingsPreview preview = parser.parse(csv(HEADER,
                "Z1,Individual,VOO,VANGUARD S&P 500,3,$480.00,,$1440.00,,,,,,$1000.00,--,Cash,"));

        assertThat(preview.holdings().get(0).costBasisPerShare()).isEqualByComparingTo("333.333333");
    }

    @Test
    void mergeWithAnUnknownCostHasNoAverage() {
        HoldingsPreview preview = parser.parse(csv(HEADER,
                "Z1,Individual,AAPL,APPLE INC,10,,,,,,,,,$1000.00,$100.00,Cash,",
                "Z1,Individual,AAPL,APPLE INC,5,,,,,,,,,--,--,Margin,"));

        assertThat(preview.holdings()).containsExactly(new ImportedHolding(2, "AAPL", bd("15"), null));
        assertThat(preview.notes()).singleElement().asString().contains("cost unknown");
    }

    @Test
    void badRowsAreReportedWithLineNumbers() {
        HoldingsPreview preview = parser.parse(csv(HEADER,
                "Z1,Individual,AAPL,APPLE INC,-10,,,,,,,,,,,Cash,",
                "Z1,Individual,,NO SYMBOL,10,,,,,,,,,,,Cash,",
                "Z1,Individual,MSFT,MICROSOFT,abc,,,,,,,,,,,Cash,",
                "Z1,Individual,SPAXX**,HELD IN MONEY MARKET,,,,,,,,,,,,Cash,",
                "Z1,Individual,NVDA,NVIDIA,1,,,,,,,,,,-$5.00,Cash,",
                "Z1,Individual,AMD,AMD"));

        assertThat(preview.problems()).containsExactly(
                new HoldingProblem(2, "quantity is negative (-10): short positions are not supported"),
                new HoldingProblem(3, "missing ticker"),
                new HoldingProblem(4, "quantity 'abc' is not a number"),
                new HoldingProblem(5, "money market position without a current value"),
                new HoldingProblem(6, "average cost basis is negative (-5)"),
                new HoldingProblem(7, "wrong number of columns (4, expected 16)"));
    }

    @Test
    void moneyMarketWithAQuantityStillUsesCurrentValue() {
        HoldingsPreview preview = parser.parse(csv(HEADER,
                "Z1,Individual,FDRXX**,FIDELITY GOVERNMENT CASH RESERVES,1200.5,$1.00,,\"$1,200.50\",,,,,,,,Cash,"));

        assertThat(preview.holdings()).containsExactly(new ImportedHolding(2, "CASH", bd("1200.50"), null));
    }
}
