package com.rotationrisk.portfolio.importing;

import static com.rotationrisk.portfolio.importing.TestFiles.bd;
import static com.rotationrisk.portfolio.importing.TestFiles.csv;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RowValidationTest {

    private final HoldingsFileParser parser = new HoldingsFileParser();

    @Test
    void everyBadRowIsReportedWithItsLineAndReason() {
        HoldingsPreview preview = parser.parse(csv(
                "Ticker,Quantity,Cost",          // 1
                ",10,100",                       // 2
                "AA PL,10,1",                    // 3
                "aapl,10,150",                   // 4
                "MSFT,abc,1",                    // 5
                "TSLA,0,1",                      // 6
                "NVDA,-5,1",                     // 7
                "AMD,5,xyz",                     // 8
                "INTC,5,-3",                     // 9
                "AAPL,5,160",                    // 10
                "GOOG,5",                        // 11
                "AMZN,5,1,extra",                // 12
                "ABCDEFGHIJKLMNOPQRSTU,1,1",     // 13
                "META,,1",                       // 14
                "BRK/B,1,1",                     // 15
                "ORCL,1,1"));                    // 16

        assertThat(preview.problems()).containsExactly(
                new HoldingProblem(2, "missing ticker"),
                new HoldingProblem(3, "ticker 'AA PL' has invalid characters (allowed: letters, digits, '.', '-', '_' and '^')"),
                new HoldingProblem(5, "quantity 'abc' is not a number"),
                new HoldingProblem(6, "quantity is zero"),
                new HoldingProblem(7, "quantity is negative (-5): short positions are not supported"),
                new HoldingProblem(8, "cost basis 'xyz' is not a number"),
                new HoldingProblem(9, "cost basis is negative (-3)"),
                new HoldingProblem(10, "AAPL already on line 4 \u2014 merge the lines or remove one"),
                new HoldingProblem(11, "wrong number of columns (2, expected 3)"),
                new HoldingProblem(12, "wrong number of columns (4, expected 3)"),
                new HoldingProblem(13, "ticker 'ABCDEFGHIJKLMNOPQRSTU' is longer than 20 characters"),
                new HoldingProblem(14, "missing quantity"));
        assertThat(preview.hasProblems()).isTrue();
        assertThat(preview.holdings()).containsExactly(
                new ImportedHolding(4, "AAPL", bd("10"), bd("150")),
                new ImportedHolding(15, "BRK.B", bd("1"), bd("1")), // share class written with a slash
                new ImportedHolding(16, "ORCL", bd("1"), bd("1")));
        assertThat(preview.dataLines()).isEqualTo(15);
    }

    @Test
    void aRowWithSeveralProblemsReportsEachOne() {
        HoldingsPreview preview = parser.parse(csv("Ticker,Quantity,Cost", ",abc,-1"));

        assertThat(preview.problems()).extracting(HoldingProblem::reason).containsExactly(
                "missing ticker", "quantity 'abc' is not a number", "cost basis is negative (-1)");
        assertThat(preview.problems()).extracting(HoldingProblem::lineNumber).containsOnly(2);
    }

    @Test
    void duplicatesAreComparedAfterNormalisation() {
        HoldingsPreview preview = parser.parse(csv("Ticker,Quantity", "brk.b,1", "BRK.B,2"));

        assertThat(preview.problems()).containsExactly(
                new HoldingProblem(3, "BRK.B already on line 2 \u2014 merge the lines or remove one"));
        assertThat(preview.holdings()).hasSize(1);
        assertThat(preview.holdings().get(0).quantity()).isEqualByComparingTo("1");
    }

    @Test
    void lineNumbersArePhysicalLinesIncludingBlankAndMultilineRecords() {
        HoldingsPreview preview = parser.parse(csv("Ticker,Quantity,Note", "", "AAPL,1,\"two", "lines\"", "",
                "MSFT,x,"));

        assertThat(preview.problems()).containsExactly(new HoldingProblem(6, "quantity 'x' is not a number"));
        assertThat(preview.holdings().get(0).lineNumber()).isEqualTo(3);
    }

    @Test
    void trailingEmptyCellsAreNotExtraColumns() {
        HoldingsPreview preview = parser.parse(csv("Ticker,Quantity,Cost", "AAPL,1,2,,", "MSFT,1,,"));

        assertThat(preview.problems()).isEmpty();
        assertThat(preview.holdings()).hasSize(2);
    }

    @Test
    void negativeCashIsAMarginDebit() {
        HoldingsPreview preview = parser.parse(csv("Ticker,Quantity", "CASH,-500"));

        assertThat(preview.problems()).containsExactly(
                new HoldingProblem(2, "cash balance is negative (-500): margin debit is not supported"));
    }

    @Test
    void fidelityStarsAreStrippedFromTickers() {
        assertThat(parser.parse(csv("Ticker,Quantity", "fxaix**,3")).holdings().get(0).ticker()).isEqualTo("FXAIX");
    }
}
