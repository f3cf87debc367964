package com.rotationrisk.portfolio.importing;

import static com.rotationrisk.portfolio.importing.TestFiles.bd;
import static com.rotationrisk.portfolio.importing.TestFiles.csv;
import static com.rotationrisk.portfolio.importing.TestFiles.fixture;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SchwabTest {

    static final String HEADER = "\"Symbol\",\"Description\",\"Qty (Quantity)\",\"Price\",\"Price Chng % (Price Change %)\","
            + "\"Price Chng $ (Price Change $)\",\"Mkt Val (Market Value)\",\"Day Chng % (Day Change %)\","
            + "\"Day Chng $ (Day Change $)\",\"Cost Basis\",\"Gain % (Gain/Loss %)\",\"Gain $ (Gain/Loss $)\","
            + "\"Ratings\",\"Reinvest Dividends?\",\"Capital Gains?\",\"% Of Acct (% of Account)\",\"Security Type\",";

    private final HoldingsFileParser parser = new HoldingsFileParser();

    @Test
    void readsTheExportWithCostPerShareAndCash() {
        HoldingsPreview preview = parser.parse(fixture("schwab_positions.csv"));

        assertThat(preview.format()).isEqualTo(HoldingsFileFormat.SCHWAB);
        assertThat(preview.problems()).isEmpty();
        assertThat(preview.holdings()).containsExactly(
                new ImportedHolding(4, "AAPL", bd("100"), bd("150.25")),
                new ImportedHolding(5, "SCHD", bd("300"), bd("70")),
                new ImportedHolding(6, "BRK.B", bd("10"), null),
                new ImportedHolding(7, "CASH", bd("1842.17"), null));
        assertThat(preview.skippedLines()).containsExactly(
                new SkippedLine(1, "title line before the header"),
                new SkippedLine(8, "account total row"));
        assertThat(preview.dataLines()).isEqualTo(5);
        assertThat(preview.notes()).containsExactly(
                "File title: Positions for account Individual ...1234 as of 09:41 AM ET, 2024/05/01",
                "The file's prices are as of 2024-05-01.");
    }

    @Test
    void allAccountsExportRepeatsTitleAndHeaderAndIsMerged() {
        HoldingsPreview preview = parser.parse(csv(
                "\"Positions for All-Accounts as of 09:41 AM ET, 2024/05/01\"",
                "",
                "\"Individual ...1234\"",
                HEADER,
                "\"AAPL\",\"APPLE INC\",\"10\",\"$169.30\",\"--\",\"--\",\"$1,693.00\",\"--\",\"--\",\"$1,000.00\",\"--\",\"--\",\"--\",\"No\",\"N/A\",\"--\",\"Equity\",",
                "\"Account Total\",\"--\",\"--\",\"--\",\"--\",\"--\",\"$1,693.00\",\"--\",\"--\",\"--\",\"--\",\"--\",\"--\",\"--\",\"--\",\"--\",\"--\",",
                "",
                "\"Roth IRA ...5678\"",
                HEADER,
                "\"AAPL\",\"APPLE INC\",\"30\",\"$169.30\",\"--\",\"--\",\"$5,079.00\",\"--\",\"--\",\"$6,000.00\",\"--\",\"--\",\"--\",\"No\",\"N/A\",\"--\",\"Equity\","));

        assertThat(preview.problems()).isEmpty();
        assertThat(preview.holdings()).containsExactly(new ImportedHolding(5, "AAPL", bd("40"), bd("175")));
        assertThat(preview.skippedLines()).extracting(SkippedLine::lineNumber).containsExactly(1, 3, 6, 8, 9);
    }

    @Test
    void badRowsAndZeroCash() {
        HoldingsPreview preview = parser.parse(csv(HEADER,
                "\"TSLA\",\"TESLA\",\"-5\",\"--\",\"--\",\"--\",\"--\",\"--\",\"--\",\"--\",\"--\",\"--\",\"--\",\"--\",\"--\",\"--\",\"Equity\",",
                "\"AAPL 06/21/2024 200.00 C\",\"CALL\",\"1\",\"--\",\"--\",\"--\",\"--\",\"--\",\"--\",\"$500.00\",\"--\",\"--\",\"--\",\"--\",\"--\",\"--\",\"Option\",",
                "\"NVDA\",\"NVIDIA\",\"2\",\"--\",\"--\",\"--\",\"--\",\"--\",\"--\",\"($10.00)\",\"--\",\"--\",\"--\",\"--\",\"--\",\"--\",\"Equity\",",
                "\"Cash & Cash Investments\",\"--\",\"--\",\"--\",\"--\",\"--\",\"$0.00\",\"--\",\"--\",\"--\",\"--\",\"--\",\"--\",\"--\",\"--\",\"--\",\"Cash and Money Market\","));

        assertThat(preview.problems()).containsExactly(
                new HoldingProblem(2, "quantity is negative (-5): short positions are not supported"),
                new HoldingProblem(3, "ticker 'AAPL 06/21/2024 200.00 C' has invalid characters (allowed: letters, digits, '.', '-', '_' and '^')"),
                new HoldingProblem(4, "cost basis is negative (-10)"));
        assertThat(preview.skippedLines()).containsExactly(new SkippedLine(5, "cash with a zero balance"));
    }
}
