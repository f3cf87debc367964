package com.rotationrisk.marketdata.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** 100,000 rows must parse; the time is printed, never asserted. */
class PerformanceSanityTest {

    @Test
    void hundredThousandYahooRowsParse() {
        byte[] content = TestFiles.generatedYahoo(100_000);
        long start = System.nanoTime();
        PriceFilePreview p = new PriceFileParser().parse(content, LocalDate.of(2024, 6, 28));
        long ms = (System.nanoTime() - start) / 1_000_000;
        System.out.println("[perf] parsed 100,000 Yahoo rows (" + content.length / 1024 + " KiB) in " + ms + " ms");

        assertThat(p.problems()).isEmpty();
        assertThat(p.validCount()).isEqualTo(100_000);
        assertThat(p.bars().get(99_999).lineNumber()).isEqualTo(100_001);
    }
}
