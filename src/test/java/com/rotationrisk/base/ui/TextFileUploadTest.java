package com.rotationrisk.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextFileUploadTest {

    private static final int LIMIT = 1024;

    @Test
    void aFileWithinTheLimitIsAccepted() {
        byte[] csv = "Ticker,Quantity\nAAPL,10\n".getBytes(StandardCharsets.UTF_8);
        assertThat(TextFileUpload.refusal("holdings.csv", csv, LIMIT)).isEmpty();
    }

    @Test
    void aDeclaredOrReadSizeOverTheLimitIsRefusedWithTheLimit() {
        assertThat(TextFileUpload.refusal("big.csv", null, LIMIT))
                .contains("“big.csv” is too large: the limit is 1 KB.");
        assertThat(TextFileUpload.refusal("big.csv", new byte[LIMIT + 1], LIMIT)).isPresent();
        assertThat(TextFileUpload.refusal("edge.csv", "a".repeat(LIMIT).getBytes(StandardCharsets.UTF_8), LIMIT))
                .isEmpty();
    }

    @Test
    void aBinaryFileIsRefusedAsSuchButUtf16TextIsNot() {
        byte[] zip = {'P', 'K', 3, 4, 0, 0, 8, 0};
        assertThat(TextFileUpload.refusal("positions.xlsx", zip, LIMIT))
                .hasValueSatisfying(m -> assertThat(m).startsWith("“positions.xlsx”: This is not a text file (it looks like a ZIP archive)."));
        byte[] utf16 = "\uFEFFTicker\tQuantity\n".getBytes(StandardCharsets.UTF_16LE);
        assertThat(utf16[1]).isEqualTo((byte) 0xFE);
        assertThat(TextFileUpload.refusal("unicode.txt", utf16, LIMIT)).isEmpty();
    }

    @Test
    void theLimitReadsInMegabytesWhenLarge() {
        assertThat(TextFileUpload.limitText(50 * 1024 * 1024)).isEqualTo("the limit is 50 MB");
    }
}
