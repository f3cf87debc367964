package com.rotationrisk.marketdata.importing;

import static com.rotationrisk.marketdata.importing.TestFiles.TODAY;
import static com.rotationrisk.marketdata.importing.TestFiles.YAHOO_HEADER;
import static com.rotationrisk.marketdata.importing.TestFiles.csv;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Every row-level rejection, with the physical line number it is reported on. */
class RowValidationTest {

    private static final String GOOD = "2024-02-29,10,11,9,10.5,10.4,1000";
    private static final String STOOQ_BULK_HEADER =
            "<TICKER>,<PER>,<DATE>,<TIME>,<OPEN>,<HIGH>,<LOW>,<CLOSE>,<VOL>,<OPENINT>";

    private final PriceFileParser parser = new PriceFileParser();

    private PriceFilePreview yahoo(String... rows) {
        String[] lines = new String[rows.length + 2];
        lines[0] = YAHOO_HEADER;
        lines[1] = GOOD;
        System.arraycopy(rows, 0, lines, 2, rows.length);
        return parser.parse(csv(lines), TODAY);
    }

    /** Asserts the single bad row (line 3, after one good row) was rejected for exactly these reasons. */
    private void assertRejected(String row, String... reasons) {
        PriceFilePreview p = yahoo(row);
        assertThat(p.problems()).extracting(RowProblem::lineNumber).containsOnly(3);
        assertThat(p.problems()).extracting(RowProblem::reason).containsExactly(reasons);
        assertThat(p.validCount()).isEqualTo(1);
        assertThat(p.dataLines()).isEqualTo(2);
    }

    @Test
    void badDate() {
        assertRejected("2024-13-01,10,11,9,10.5,10.4,1000", "bad date '2024-13-01' (expected yyyy-MM-dd)");
    }

    @Test
    void impossibleDayIsABadDate() {
        assertRejected("2023-02-29,10,11,9,10.5,10.4,1000", "bad date '2023-02-29' (expected yyyy-MM-dd)");
    }

    @Test
    void missingDate() {
        assertRejected(",10,11,9,10.5,10.4,1000", "missing value for Date");
    }

    @Test
    void negativePrice() {
        assertRejected("2024-03-01,10,11,9,-3.2,10.4,1000", "negative price in Close (-3.2)");
    }

    @Test
    void zeroPrice() {
        assertRejected("2024-03-01,0,11,9,10.5,10.4,1000", "zero price in Open");
    }

    @Test
    void highBelowLow() {
        assertRejected("2024-03-01,11,10.5,11.2,11,11,1000", "high 10.5 is below low 11.2");
    }

    @Test
    void closeOutsideRange() {
        assertRejected("2024-03-01,11,11.9,10.5,12,12,1000", "close 12 is outside the day's range 10.5–11.9");
    }

    @Test
    void openOutsideRange() {
        assertRejected("2024-03-01,9,11.9,10.5,11,11,1000", "open 9 is outside the day's range 10.5–11.9");
    }

    @Test
    void missingClose() {
        assertRejected("2024-03-01,10,11,9,,10.4,1000", "missing value for Close");
    }

    @Test
    void missingOpenWhenTheColumnExists() {
        assertRejected("2024-03-01,,11,9,10.5,10.4,1000", "missing value for Open");
    }

    @Test
    void notANumberInVolume() {
        assertRejected("2024-03-01,10,11,9,10.5,10.4,abc", "not a number in Volume ('abc')");
    }

    @Test
    void notANumberInPrice() {
        assertRejected("2024-03-01,10,11,9,10.5x,10.4,1000", "not a number in Close ('10.5x')");
    }

    @Test
    void negativeVolume() {
        assertRejected("2024-03-01,10,11,9,10.5,10.4,-100", "negative volume (-100)");
    }

    @Test
    void wrongNumberOfColumns() {
        assertRejected("2024-03-01,10,11,9,10.5", "wrong number of columns (5, expected 7)");
    }

    @Test
    void dateInTheFuture() {
        assertRejected("2024-06-29,10,11,9,10.5,10.4,1000", "date in the future (2024-06-29)");
    }

    @Test
    void todayIsNotTheFuture() {
        assertThat(yahoo("2024-06-28,10,11,9,10.5,10.4,1000").hasProblems()).isFalse();
    }

    @Test
    void severalCellProblemsInOneRowAreAllReported() {
        assertRejected("2024-02-30,10,11,9,,10.4,abc",
                "bad date '2024-02-30' (expected yyyy-MM-dd)", "missing value for Close", "not a number in Volume ('abc')");
    }

    @Test
    void duplicateDateKeepsTheFirstRow() {
        PriceFilePreview p = yahoo("2024-03-01,10,11,9,10.5,10.4,1000", "2024-03-01,10,11,9,10.7,10.6,1000");
        assertThat(p.problems()).containsExactly(
                new RowProblem(4, "duplicate date 2024-03-01 (first seen on line 3)"));
        assertThat(p.bars()).extracting(ParsedBar::close).containsExactly(10.5, 10.5);
        assertThat(p.bars()).extracting(ParsedBar::lineNumber).containsExactly(2, 3);
    }

    @Test
    void duplicateOfARejectedRowIsAccepted() {
        PriceFilePreview p = yahoo("2024-03-01,10,11,9,-1,10.4,1000", "2024-03-01,10,11,9,10.7,10.6,1000");
        assertThat(p.problems()).containsExactly(new RowProblem(3, "negative price in Close (-1)"));
        assertThat(p.bars()).extracting(ParsedBar::lineNumber).containsExactly(2, 4);
    }

    @Test
    void emptyVolumeIsNullNotAnError() {
        PriceFilePreview p = yahoo("2024-03-01,10,11,9,10.5,10.4,");
        assertThat(p.hasProblems()).isFalse();
        assertThat(p.bars().get(1).volume()).isNull();
    }

    @Test
    void tinyRoundingOverTheHighIsTolerated() {
        assertThat(yahoo("2024-03-01,10,11.000000000001,9,11.000000000005,10.4,1000").hasProblems()).isFalse();
    }

    @Test
    void lineNumbersCountBlankLinesAndMultiLineQuotedCells() {
        PriceFilePreview p = parser.parse(csv(
                "Date,Open,High,Low,Close,Volume,Note",                   // 1
                "2024-03-01,10,11,9,10.5,100,ok",                         // 2
                "",                                                       // 3
                "2024-03-04,10,11,9,10.5,100,\"two",                      // 4
                "lines\"",                                                // 5
                "2024-03-05,10,11,9,-1,100,bad"),                         // 6
                new ColumnMapping("Date", "Open", "High", "Low", "Close", "Volume", "yyyy-MM-dd"), TODAY);
        assertThat(p.problems()).containsExactly(new RowProblem(6, "negative price in Close (-1)"));
        assertThat(p.bars()).extracting(ParsedBar::lineNumber).containsExactly(2, 4);
        assertThat(p.dataLines()).isEqualTo(3);
    }

    @Test
    void stooqBulkRejectsNonDailyBars() {
        PriceFilePreview p = parser.parse(csv(STOOQ_BULK_HEADER,
                "AAPL.US,D,20240229,000000,181.27,182.57,179.53,180.75,1.366826e+08,0",
                "AAPL.US,W,20240301,000000,179.55,180.53,177.38,179.66,7.3488e+07,0"), TODAY);
        assertThat(p.problems()).containsExactly(new RowProblem(3, "not a daily bar (period 'W')"));
    }

    @Test
    void stooqBulkRejectsRowsOfASecondTicker() {
        PriceFilePreview p = parser.parse(csv(STOOQ_BULK_HEADER,
                "AAPL.US,D,20240229,000000,181.27,182.57,179.53,180.75,1.366826e+08,0",
                "MSFT.US,D,20240229,000000,408.64,414.2,405.92,413.64,31947300,0",
                "AAPL.US,D,20240301,000000,179.55,180.53,177.38,179.66,7.3488e+07,0",
                "MSFT.US,D,20240301,000000,411.27,415.87,410.88,415.5,17823400,0"), TODAY);
        assertThat(p.detectedSymbol()).isEqualTo("AAPL");
        assertThat(p.problems()).containsExactly(
                new RowProblem(3, "ticker 'MSFT.US' differs from 'AAPL.US' (one ticker per file)"),
                new RowProblem(5, "ticker 'MSFT.US' differs from 'AAPL.US' (one ticker per file)"));
        assertThat(p.bars()).extracting(ParsedBar::date)
                .containsExactly(LocalDate.of(2024, 2, 29), LocalDate.of(2024, 3, 1));
    }

    @Test
    void stooqBulkBadDateNamesItsPattern() {
        PriceFilePreview p = parser.parse(csv(STOOQ_BULK_HEADER,
                "AAPL.US,D,20241301,000000,181.27,182.57,179.53,180.75,1000,0"), TODAY);
        assertThat(p.problems()).containsExactly(new RowProblem(2, "bad date '20241301' (expected yyyyMMdd)"));
        assertThat(p.firstDate()).isNull();
        assertThat(p.lastDate()).isNull();
    }

    @Test
    void problemListIsCappedButCountsStayTrue() {
        String[] lines = new String[PriceFileParser.MAX_REPORTED_PROBLEMS + 501];
        lines[0] = YAHOO_HEADER;
        for (int i = 1; i < lines.length; i++) {
            lines[i] = "not-a-date,10,11,9,10.5,10.4,1000";
        }
        PriceFilePreview p = parser.parse(csv(lines), TODAY);
        assertThat(p.problems()).hasSize(PriceFileParser.MAX_REPORTED_PROBLEMS);
        assertThat(p.rejectedCount()).isEqualTo(PriceFileParser.MAX_REPORTED_PROBLEMS + 500);
        assertThat(p.problems().get(0).lineNumber()).isEqualTo(2);
    }
}
