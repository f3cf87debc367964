package com.rotationrisk.marketdata.importing;

import static com.rotationrisk.marketdata.importing.TestFiles.TODAY;
import static com.rotationrisk.marketdata.importing.TestFiles.csv;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Problems that make the whole file unusable. */
class FileLevelErrorsTest {

    private final PriceFileParser parser = new PriceFileParser();

    @Test
    void emptyFile() {
        assertThatThrownBy(() -> parser.parse(new byte[0], TODAY))
                .isInstanceOf(PriceFileException.class).hasMessage("The file is empty.");
        assertThatThrownBy(() -> parser.parse(csv("", "  ", ""), TODAY))
                .isInstanceOf(PriceFileException.class).hasMessage("The file is empty.");
        assertThatThrownBy(() -> parser.readHeaders(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}))
                .isInstanceOf(PriceFileException.class).hasMessage("The file is empty.");
    }

    @Test
    void headerOnly() {
        assertThatThrownBy(() -> parser.parse(csv("Date,Open,High,Low,Close,Adj Close,Volume", ""), TODAY))
                .isInstanceOf(PriceFileException.class)
                .hasMessage("The file has a header but no data rows.")
                .satisfies(e -> assertThat(((PriceFileException) e).headers()).hasSize(7));
    }

    @Test
    void tooBig() {
        byte[] content = new byte[PriceFileParser.MAX_BYTES + 1];
        assertThatThrownBy(() -> parser.parse(content, TODAY))
                .isInstanceOf(PriceFileException.class)
                .hasMessage("The file is 50.0 MB; the limit is 50 MB.");
    }

    @Test
    void tooManyDataLines() {
        // 1,000,001 one-column rows stay well under the byte limit.
        StringBuilder sb = new StringBuilder(3_100_000).append("Date,Close\n");
        for (int i = 0; i <= PriceFileParser.MAX_DATA_LINES; i++) {
            sb.append("x\n");
        }
        byte[] content = sb.toString().getBytes(StandardCharsets.US_ASCII);
        ColumnMapping mapping = new ColumnMapping("Date", null, null, null, "Close", null, "yyyy-MM-dd");
        assertThatThrownBy(() -> parser.parse(content, mapping, TODAY))
                .isInstanceOf(PriceFileException.class)
                .hasMessage("The file has more than 1,000,000 data rows; split it into smaller files.");
    }

    @Test
    void readHeadersReturnsTheFilesNames() {
        assertThat(parser.readHeaders(csv("\uFEFF Date ;Px;\"Vol, shares\"", "2024-03-01;1;2")))
                .containsExactly("Date", "Px", "Vol, shares");
    }
}
