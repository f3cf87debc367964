package com.rotationrisk.portfolio;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.rotationrisk.IntegrationTest;
import com.rotationrisk.marketdata.PriceImportService;
import com.rotationrisk.marketdata.importing.PriceFileException;
import com.rotationrisk.portfolio.importing.HoldingsFileException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The services that receive an uploaded file's bytes refuse one that is not text as such, before any CSV layout is
 * guessed: "This is not a text file (it looks like …)", never "the header doesn't match a known layout".
 */
@IntegrationTest
@WithMockUser(username = "admin", roles = "ADMIN")
class NonTextUploadsTest {

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

    @Autowired PriceImportService prices;
    @Autowired HoldingsImportService holdings;

    @Test
    void thePriceImportRefusesImagesWorkbooksAndRandomBytesAsNotText() throws IOException {
        assertThatThrownBy(() -> prices.preview(PNG, "AAPL")).isInstanceOf(PriceFileException.class)
                .hasMessageStartingWith("This is not a text file (it looks like a PNG image).");
        assertThatThrownBy(() -> prices.headersOf(xlsx())).isInstanceOf(PriceFileException.class)
                .hasMessageContaining("it looks like an Excel workbook (.xlsx)");
        assertThatThrownBy(() -> prices.suggestMapping(randomBytes())).isInstanceOf(PriceFileException.class)
                .hasMessageContaining("it looks like binary data");
    }

    @Test
    void theHoldingsImportRefusesThemToo() throws IOException {
        assertThatThrownBy(() -> holdings.previewFile(xlsx())).isInstanceOf(HoldingsFileException.class)
                .hasMessageStartingWith("This is not a text file (it looks like an Excel workbook (.xlsx)).");
        assertThatThrownBy(() -> holdings.previewFile(PNG)).isInstanceOf(HoldingsFileException.class)
                .hasMessageContaining("a PNG image");
        assertThatThrownBy(() -> holdings.previewFile(randomBytes())).isInstanceOf(HoldingsFileException.class)
                .hasMessageContaining("binary data");
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[4096];
        new Random(7).nextBytes(bytes);
        bytes[0] = 'D';
        return bytes;
    }

    private static byte[] xlsx() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("xl/workbook.xml"));
            zip.write("<workbook/>".getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }
}
