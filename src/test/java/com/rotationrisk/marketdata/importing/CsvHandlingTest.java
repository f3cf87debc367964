package com.rotationrisk.marketdata.importing;

import static com.rotationrisk.marketdata.importing.TestFiles.TODAY;
import static com.rotationrisk.marketdata.importing.TestFiles.csv;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.rotationrisk.base.csv.DelimitedText;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Delimiters, BOM, CRLF, quotes, blank lines and whitespace. */
class CsvHandlingTest {

    private final PriceFileParser parser = new PriceFileParser();

    private static byte[] raw(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void semicolonDelimiter() {
        PriceFilePreview p = parser.parse(csv("Date;Open;High;Low;Close;Volume", "2024-03-01;10;11;9;10.5;100"), TODAY);
        assertThat(p.format()).isEqualTo(PriceFileFormat.STOOQ);
        assertThat(p.bars().get(0).close()).isEqualTo(10.5);
    }

    @Test
    void semicolonDelimiterWithDecimalCommas() {
        PriceFilePreview p = parser.parse(csv("Date;Open;High;Low;Close;Volume", "2024-03-01;10,25;11;9,5;10,75;1.234"), TODAY);
        assertThat(p.bars().get(0).open()).isEqualTo(10.25);
        assertThat(p.bars().get(0).close()).isEqualTo(10.75);
        assertThat(p.bars().get(0).volume()).isEqualTo(1L); // a single dot is a decimal point: 1.234 -> 1
    }

    @Test
    void tabDelimiter() {
        PriceFilePreview p = parser.parse(csv("Date\tOpen\tHigh\tLow\tClose\tAdj Close\tVolume",
                "2024-03-01\t10\t11\t9\t10.5\t10.4\t100"), TODAY);
        assertThat(p.format()).isEqualTo(PriceFileFormat.YAHOO);
        assertThat(p.bars().get(0).adjClose()).isEqualTo(10.4);
    }

    @Test
    void utf8BomIsIgnored() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = csv("Date,Open,High,Low,Close,Volume", "2024-03-01,10,11,9,10.5,100");
        byte[] content = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, content, 0, bom.length);
        System.arraycopy(body, 0, content, bom.length, body.length);

        PriceFilePreview p = parser.parse(content, TODAY);
        assertThat(p.format()).isEqualTo(PriceFileFormat.STOOQ);
        assertThat(p.headers().get(0)).isEqualTo("Date");
        assertThat(parser.readHeaders(content).get(0)).isEqualTo("Date");
    }

    @Test
    void crlfLineEndingsAndLineNumbers() {
        PriceFilePreview p = parser.parse(raw("Date,Open,High,Low,Close,Volume\r\n"
                + "2024-03-01,10,11,9,10.5,100\r\n"
                + "\r\n"
                + "2024-03-04,10,11,9,-1,100\r\n"), TODAY);
        assertThat(p.validCount()).isEqualTo(1);
        assertThat(p.problems()).containsExactly(new RowProblem(4, "negative price in Close (-1)"));
    }

    @Test
    void oldMacCrLineEndings() {
        PriceFilePreview p = parser.parse(raw("Date,Open,High,Low,Close\r2024-03-01,10,11,9,10.5\r2024-03-04,10,11,9,0\r"), TODAY);
        assertThat(p.problems()).containsExactly(new RowProblem(3, "zero price in Close"));
    }

    @Test
    void blankAndWhitespaceOnlyLinesAreSkippedSilently() {
        PriceFilePreview p = parser.parse(csv("", "Date,Open,High,Low,Close", "", "   ",
                "2024-03-01,10,11,9,10.5", ",,,,", "", "2024-03-04,10,11,9,10.5", "", ""), TODAY);
        assertThat(p.hasProblems()).isFalse();
        assertThat(p.dataLines()).isEqualTo(2);
        assertThat(p.bars()).extracting(ParsedBar::lineNumber).containsExactly(5, 8);
    }

    @Test
    void surroundingAndTrailingWhitespaceIsTrimmed() {
        PriceFilePreview p = parser.parse(csv("Date , Open , High , Low , Close   ",
                "  2024-03-01 , 10 ,11 , 9,10.5   \t"), TODAY);
        assertThat(p.hasProblems()).isFalse();
        assertThat(p.bars().get(0).close()).isEqualTo(10.5);
    }

    @Test
    void trailingDelimiterOnEveryLineIsTolerated() {
        PriceFilePreview p = parser.parse(csv("Date,Open,High,Low,Close,", "2024-03-01,10,11,9,10.5,"), TODAY);
        assertThat(p.format()).isEqualTo(PriceFileFormat.STOOQ);
        assertThat(p.hasProblems()).isFalse();
    }

    @Test
    void quotedFieldsWithThousandsSeparators() {
        PriceFilePreview p = parser.parse(csv("\"Date\",\"Open\",\"High\",\"Low\",\"Close\",\"Volume\"",
                "\"2024-03-01\",\"1,234.5\",\"1,240\",\"1,200.25\",\"1,238.75\",\"12,345,678\""), TODAY);
        ParsedBar bar = p.bars().get(0);
        assertThat(bar.open()).isEqualTo(1234.5);
        assertThat(bar.high()).isEqualTo(1240.0);
        assertThat(bar.low()).isEqualTo(1200.25);
        assertThat(bar.close()).isEqualTo(1238.75);
        assertThat(bar.volume()).isEqualTo(12_345_678L);
    }

    @Test
    void unclosedQuoteFailsTheFileClearly() {
        byte[] content = csv("Date,Open,High,Low,Close", "2024-03-01,10,11,9,\"10.5", "2024-03-04,10,11,9,10.5");
        assertThatThrownBy(() -> parser.parse(content, TODAY))
                .isInstanceOf(PriceFileException.class)
                .hasMessageStartingWith("The file is not valid CSV after line 1 (check for an unclosed quote)");
    }

    @Test
    void delimiterIsDetectedFromTheHeaderIgnoringQuotedCommas() {
        assertThat(DelimitedText.detectDelimiter("\"a,b\";c;d\n1;2;3")).isEqualTo(';');
        assertThat(DelimitedText.detectDelimiter("a\tb\tc")).isEqualTo('\t');
        assertThat(DelimitedText.detectDelimiter("single")).isEqualTo(',');
    }

    @Test
    void outputIsSortedAscendingByDate() {
        PriceFilePreview p = parser.parse(csv("Date,Open,High,Low,Close",
                "2024-03-04,10,11,9,10.5",
                "2024-02-28,10,11,9,10.5",
                "2024-03-01,10,11,9,10.5",
                "2023-12-29,10,11,9,10.5"), TODAY);
        assertThat(p.bars()).extracting(ParsedBar::date).containsExactly(
                LocalDate.of(2023, 12, 29), LocalDate.of(2024, 2, 28), LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 4));
        assertThat(p.bars()).extracting(ParsedBar::lineNumber).containsExactly(5, 3, 4, 2);
        assertThat(p.firstDate()).isEqualTo(LocalDate.of(2023, 12, 29));
        assertThat(p.lastDate()).isEqualTo(LocalDate.of(2024, 3, 4));
    }

    /**
     * The separator rule of {@code CsvNumbers}, on a price file; {@code portfolio.importing.GenericFileTest}
     * has the same table for a holdings file, so both importers read the same cells as the same numbers.
     */
    @ParameterizedTest(name = "{1} in a {0}-delimited file = {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
            "TAB|1,234|1234",
            "TAB|1,234.5|1234.5",
            "TAB|12,5|12.5",
            "TAB|1.234,5|1234.5",
            "TAB|1,234,567|1234567",
            "TAB|1.234|1.234",
            ";|1,234|1.234",
            ";|1,234,567|1234567",
            ";|1.234.567|1234567",
            ";|12,5|12.5",
            ";|1.234,5|1234.5",
            ",|\"1,234\"|1234",
            ",|\"1,234,567\"|1234567",
            ",|\"12,5\"|12.5"})
    void sameSeparatorRuleAsHoldingsFiles(String delimiterName, String cell, String expected) {
        String d = delimiterName.equals("TAB") ? "\t" : delimiterName;
        PriceFilePreview p = parser.parse(csv(String.join(d, "Date", "Open", "High", "Low", "Close", "Volume"),
                String.join(d, "2024-03-01", cell, cell, cell, cell, cell)), TODAY);
        double value = Double.parseDouble(expected);
        assertThat(p.problems()).isEmpty();
        ParsedBar bar = p.bars().get(0);
        assertThat(bar.open()).isEqualTo(value);
        assertThat(bar.close()).isEqualTo(value);
        assertThat(bar.volume()).isEqualTo(Math.round(value));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "1e400000000|1e400000000|exponent outside \u00B120",
            "1e-500000000|1e-500000000|exponent outside \u00B120",
            "1234567890123456789012345678901|123456789012345678901234\u2026|more than 30 significant digits"})
    void outOfBoundNumbersAreRejectedWithTheirReason(String cell, String shown, String reason) {
        PriceFilePreview p = parser.parse(csv("Date,Open,High,Low,Close,Volume",
                "2024-03-01,10,11,9,10.5,100", "2024-03-04,10,11,9," + cell + ",100",
                "2024-03-05,10,11,9,10.5," + cell), TODAY);
        assertThat(p.validCount()).isEqualTo(1);
        assertThat(p.problems()).containsExactly(
                new RowProblem(3, "number out of range in Close ('" + shown + "'): " + reason),
                new RowProblem(4, "number out of range in Volume ('" + shown + "'): " + reason));
    }

    @Test
    void utf16WithBomIsDecoded() {
        byte[] body = "Date\tOpen\tHigh\tLow\tClose\n2024-03-01\t10\t11\t9\t10,5\n".getBytes(StandardCharsets.UTF_16LE);
        byte[] content = new byte[body.length + 2];
        content[0] = (byte) 0xFF;
        content[1] = (byte) 0xFE;
        System.arraycopy(body, 0, content, 2, body.length);
        PriceFilePreview p = parser.parse(content, TODAY);
        assertThat(p.headers().get(0)).isEqualTo("Date");
        assertThat(p.bars().get(0).close()).isEqualTo(10.5);
    }
}
