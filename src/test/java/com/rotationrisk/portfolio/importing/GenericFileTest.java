package com.rotationrisk.portfolio.importing;

import static com.rotationrisk.portfolio.importing.TestFiles.bd;
import static com.rotationrisk.portfolio.importing.TestFiles.csv;
import static com.rotationrisk.portfolio.importing.TestFiles.fixture;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GenericFileTest {

    private final HoldingsFileParser parser = new HoldingsFileParser();

    @Test
    void readsTheGenericFixture() {
        HoldingsPreview preview = parser.parse(fixture("generic_holdings.csv"));

        assertThat(preview.format()).isEqualTo(HoldingsFileFormat.GENERIC);
        assertThat(preview.problems()).isEmpty();
        assertThat(preview.hasProblems()).isFalse();
        assertThat(preview.dataLines()).isEqualTo(5);
        assertThat(preview.holdings()).extracting(ImportedHolding::ticker)
                .containsExactly("AAPL", "MSFT", "BRK.B", "^GSPC", "CASH");
        ImportedHolding msft = preview.holdings().get(1);
        assertThat(msft.lineNumber()).isEqualTo(3);
        assertThat(msft.quantity()).isEqualByComparingTo("1000");
        assertThat(msft.costBasisPerShare()).isEqualByComparingTo("300.10");
        assertThat(preview.holdings().get(0).costBasisPerShare()).isEqualTo(bd("150.25"));
        assertThat(preview.holdings().get(2).costBasisPerShare()).isNull();
        assertThat(preview.holdings().get(4).isCash()).isTrue();
        assertThat(preview.notes()).containsExactly("Columns not used: Name.");
        assertThat(preview.skippedLines()).isEmpty();
    }

    @Test
    void costColumnIsOptional() {
        HoldingsPreview preview = parser.parse(csv("Symbol,Shares", "AAPL,10", "VOO,2.5"));

        assertThat(preview.holdings()).extracting(ImportedHolding::costBasisPerShare).containsOnlyNulls();
        assertThat(preview.holdings()).extracting(ImportedHolding::quantity)
                .usingElementComparator(java.math.BigDecimal::compareTo).containsExactly(bd("10"), bd("2.5"));
    }

    @Test
    void headerNamesAreCaseSpaceAndPunctuationInsensitive() {
        HoldingsPreview preview = parser.parse(csv("  INSTRUMENT , Units ,Price-Paid", "aapl,1,2"));

        assertThat(preview.holdings()).containsExactly(new ImportedHolding(2, "AAPL", bd("1"), bd("2")));
    }

    @Test
    void everyCostAliasIsRecognised() {
        for (String cost : new String[] {"cost", "Cost Basis", "avg cost", "Average Cost", "price paid",
                "Cost per Share", "Avg. Cost"}) {
            HoldingsPreview preview = parser.parse(csv("ticker,qty," + cost, "AAPL,1,9.5"));
            assertThat(preview.holdings().get(0).costBasisPerShare()).as(cost).isEqualByComparingTo("9.5");
        }
    }

    @Test
    void bomCrlfAndSemicolonsWithDecimalCommas() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        out.writeBytes("Symbol;Quantity;Cost\r\nSAP.DE;10;120,50\r\n\r\nASML.AS;1.250;610,2\r\n"
                .getBytes(StandardCharsets.UTF_8));

        HoldingsPreview preview = parser.parse(out.toByteArray());

        assertThat(preview.problems()).isEmpty();
        assertThat(preview.holdings()).containsExactly(
                new ImportedHolding(2, "SAP.DE", bd("10"), bd("120.50")),
                new ImportedHolding(4, "ASML.AS", bd("1.250"), bd("610.2")));
    }

    @Test
    void tabDelimitedFileIsGenericToo() {
        HoldingsPreview preview = parser.parse(csv("Ticker\tQuantity", "AAPL\t3"));

        assertThat(preview.format()).isEqualTo(HoldingsFileFormat.GENERIC);
        assertThat(preview.holdings()).hasSize(1);
    }

    @Test
    void utf16FromExcelUnicodeText() {
        byte[] body = "Ticker\tShares\r\nAAPL\t7\r\n".getBytes(StandardCharsets.UTF_16LE);
        byte[] content = new byte[body.length + 2];
        content[0] = (byte) 0xFF;
        content[1] = (byte) 0xFE;
        System.arraycopy(body, 0, content, 2, body.length);

        assertThat(parser.parse(content).holdings()).containsExactly(new ImportedHolding(2, "AAPL", bd("7"), null));
    }

    @Test
    void parenthesesAndNotAvailableMarkers() {
        HoldingsPreview preview = parser.parse(csv("Ticker,Quantity,Cost", "AAPL,(5),1", "MSFT,5,N/A", "VOO,5,--"));

        assertThat(preview.problems()).containsExactly(
                new HoldingProblem(2, "quantity is negative (-5): short positions are not supported"));
        assertThat(preview.holdings()).extracting(ImportedHolding::costBasisPerShare).containsOnlyNulls();
    }

    @Test
    void zeroCostIsAllowed() {
        assertThat(parser.parse(csv("Ticker,Quantity,Cost", "AAPL,5,0")).holdings().get(0).costBasisPerShare())
                .isEqualByComparingTo("0");
    }

    /**
     * The separator rule of {@code CsvNumbers}, on a holdings file; {@code marketdata.importing.CsvHandlingTest}
     * has the same table for a price file, so both importers read the same cells as the same numbers.
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
    void sameSeparatorRuleAsPriceFiles(String delimiterName, String cell, String expected) {
        String d = delimiterName.equals("TAB") ? "\t" : delimiterName;
        HoldingsPreview preview = parser.parse(csv(String.join(d, "Ticker", "Quantity", "Cost"),
                String.join(d, "AAPL", cell, cell)));
        assertThat(preview.problems()).isEmpty();
        assertThat(preview.holdings().get(0).quantity()).isEqualByComparingTo(expected);
        assertThat(preview.holdings().get(0).costBasisPerShare()).isEqualByComparingTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "1e400000000|1e400000000|exponent outside \u00B120",
            "1e-500000000|1e-500000000|exponent outside \u00B120",
            "1234567890123456789012345678901|123456789012345678901234\u2026|more than 30 significant digits"})
    void outOfBoundNumbersAreRejectedWithTheirReason(String cell, String shown, String reason) {
        HoldingsPreview preview = parser.parse(csv("Ticker,Quantity,Cost", "AAPL,10,1", "MSFT," + cell + ",1",
                "NVDA,5," + cell));
        assertThat(preview.holdings()).extracting(ImportedHolding::ticker).containsExactly("AAPL");
        assertThat(preview.problems()).containsExactly(
                new HoldingProblem(3, "quantity '" + shown + "' is out of range: " + reason),
                new HoldingProblem(4, "cost basis '" + shown + "' is out of range: " + reason));
    }
}
