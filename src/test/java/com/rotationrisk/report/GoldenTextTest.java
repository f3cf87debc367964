package com.rotationrisk.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.rotationrisk.report.fixtures.Pdfs;
import com.rotationrisk.report.fixtures.TestPortfolios;
import com.rotationrisk.report.template.TemplateCatalog;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The extracted text of a fixed input must equal the committed golden file. After an intended change, regenerate
 * with {@code mvn test -Dtest=GoldenTextTest -Dgolden.update=true} and review the diff.
 */
class GoldenTextTest {

    static final Path GOLDEN = Path.of("src/test/resources/golden/client-summary.txt");

    @Test
    void clientSummaryTextMatchesGolden() throws Exception {
        ReportGenerator gen = new ReportGenerator(TemplateCatalog.load(TestPortfolios.TEMPLATES));
        String text = Pdfs.text(gen.generate(TestPortfolios.request("client-summary", "Maria Example-Client",
                TestPortfolios.standard())));
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(GOLDEN.getParent());
            Files.writeString(GOLDEN, text, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(GOLDEN, StandardCharsets.UTF_8), text);
    }
}
