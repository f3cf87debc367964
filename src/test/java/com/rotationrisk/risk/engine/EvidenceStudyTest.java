package com.rotationrisk.risk.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.rotationrisk.risk.engine.evidence.EvidenceStudy;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Smoke test of the evidence CLI on SYNTHETIC CSV files. */
class EvidenceStudyTest {

    @Test
    void printsAMarkdownTableOfQuintiles(@TempDir Path dir) throws Exception {
        LocalDate[] dates = Fixtures.weekdays(LocalDate.of(2022, 1, 3), 600);
        for (int s = 0; s < 6; s++) {
            DailyBars b = Fixtures.randomWalk("S" + s, dates, 40 + s, 0.0003, 0.02);
            StringBuilder sb = new StringBuilder("date,open,high,low,close,volume\n");
            for (int i = 0; i < b.size(); i++) {
                sb.append(String.format(Locale.ROOT, "%s,%.6f,%.6f,%.6f,%.6f,%.0f%n", b.dates()[i], b.open()[i],
                        b.high()[i], b.low()[i], b.close()[i], b.volume()[i]));
            }
            Files.writeString(dir.resolve("S" + s + ".csv"), sb.toString());
        }
        PrintStream old = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true));
        try {
            EvidenceStudy.main(new String[] {dir.toString(), "S0", "S1"});
        } finally {
            System.setOut(old);
        }
        String text = out.toString();
        assertThat(text).contains("| Momentum crowding | top (Q5) |").contains("| Reversal risk | bottom (Q1) |");
        assertThat(text).doesNotContain("| 0 | - |");
    }
}
