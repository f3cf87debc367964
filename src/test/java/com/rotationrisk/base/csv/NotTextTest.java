package com.rotationrisk.base.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

class NotTextTest {

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

    @Test
    void knownBinaryFormatsAreNamed() throws IOException {
        assertThat(NotText.looksLike(PNG)).contains("a PNG image");
        assertThat(NotText.looksLike(new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0})).contains("a JPEG image");
        assertThat(NotText.looksLike("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII))).contains("a PDF document");
        assertThat(NotText.looksLike(new byte[]{(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1,
                0x1A, (byte) 0xE1})).get().asString().contains(".xls");
        assertThat(NotText.looksLike(zip("xl/workbook.xml"))).contains("an Excel workbook (.xlsx)");
        assertThat(NotText.looksLike(zip("notes.txt"))).contains("a ZIP archive");
        assertThat(NotText.refusal(PNG)).hasValueSatisfying(m -> assertThat(m)
                .startsWith("This is not a text file (it looks like a PNG image)."));
    }

    @Test
    void randomBytesAreBinaryData() {
        Random random = new Random(20);
        for (int size : new int[]{256, 1000, 4096, 100_000}) {
            byte[] bytes = new byte[size];
            random.nextBytes(bytes);
            bytes[0] = 'x'; // no accidental signature
            assertThat(NotText.looksLike(bytes)).as("%d random bytes", size).contains("binary data");
        }
    }

    @Test
    void textInItsUsualEncodingsIsText() {
        assertThat(NotText.looksLike("Date,Open,High,Low,Close\n2024-01-02,1,2,0.5,1.5\n".getBytes(StandardCharsets.UTF_8)))
                .isEmpty();
        assertThat(NotText.looksLike("\uFEFFTicker;Menge\nAAPL;10\n".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(NotText.looksLike("Ticker\tQuantity\nNESTLÉ\t10\n".getBytes(StandardCharsets.ISO_8859_1))).isEmpty();
        assertThat(NotText.looksLike("\uFEFFTicker\tQuantity\n".getBytes(StandardCharsets.UTF_16LE))).isEmpty();
        assertThat(NotText.looksLike("PKG,Quantity\nPK,1\n".getBytes(StandardCharsets.US_ASCII)))
                .as("a ticker starting with PK is no ZIP").isEmpty();
        assertThat(NotText.looksLike("a,b\n1,2\u001A".getBytes(StandardCharsets.US_ASCII)))
                .as("an old DOS end-of-file mark").isEmpty();
        assertThat(NotText.looksLike(new byte[0])).isEmpty();
    }

    @Test
    void onlyTheFirstKilobytesAreRead() {
        byte[] big = new byte[NotText.SNIFF_BYTES * 4];
        java.util.Arrays.fill(big, (byte) 'a');
        big[NotText.SNIFF_BYTES + 10] = 0;
        assertThat(NotText.looksLike(big)).isEmpty();
        big[NotText.SNIFF_BYTES - 10] = 0;
        assertThat(NotText.looksLike(big)).contains("binary data");
    }

    private static byte[] zip(String entry) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry(entry));
            zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }
}
