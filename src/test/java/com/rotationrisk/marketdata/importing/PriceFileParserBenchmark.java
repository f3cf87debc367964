package com.rotationrisk.marketdata.importing;

import java.time.LocalDate;
import java.util.Arrays;

/**
 * Plain timing loop (no JMH): parses a generated 100,000-row Yahoo file after a warm-up.
 * Run: mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt && \
 *      java -cp target/classes:target/test-classes:$(cat target/cp.txt) \
 *      com.rotationrisk.marketdata.importing.PriceFileParserBenchmark
 */
public final class PriceFileParserBenchmark {

    public static void main(String[] args) {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        byte[] content = TestFiles.generatedYahoo(rows);
        PriceFileParser parser = new PriceFileParser();
        LocalDate today = LocalDate.of(9999, 12, 31); // generated dates run past 2024 beyond ~118k rows

        long cold = time(parser, content, today);
        for (int i = 0; i < 5; i++) {
            time(parser, content, today);
        }
        long[] runs = new long[10];
        for (int i = 0; i < runs.length; i++) {
            runs[i] = time(parser, content, today);
        }
        Arrays.sort(runs);
        System.out.printf("rows=%,d size=%,d KiB cold=%d ms warm: min=%d median=%d max=%d ms%n",
                rows, content.length / 1024, cold, runs[0], runs[runs.length / 2], runs[runs.length - 1]);
    }

    private static long time(PriceFileParser parser, byte[] content, LocalDate today) {
        long start = System.nanoTime();
        PriceFilePreview p = parser.parse(content, today);
        long ms = (System.nanoTime() - start) / 1_000_000;
        if (p.validCount() != p.dataLines()) {
            throw new IllegalStateException("unexpected problems: " + p.problems().subList(0, 3));
        }
        return ms;
    }
}
