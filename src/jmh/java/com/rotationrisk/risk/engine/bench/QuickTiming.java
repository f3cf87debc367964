package com.rotationrisk.risk.engine.bench;

/** Ad-hoc wall-clock timing (not a JMH result): java -cp ... QuickTiming [positions] [bars]. */
public class QuickTiming {
    public static void main(String[] args) {
        RiskEngineBenchmark b = new RiskEngineBenchmark();
        b.positions = args.length > 0 ? Integer.parseInt(args[0]) : 500;
        b.bars = args.length > 1 ? Integer.parseInt(args[1]) : 1260;
        b.setUp();
        for (int i = 0; i < 100; i++) {
            long t0 = System.nanoTime();
            b.score();
            long t1 = System.nanoTime();
            if (i % 10 == 9) {
                System.out.printf("iter %d: %.1f ms%n", i, (t1 - t0) / 1e6);
            }
        }
    }
}
