package com.rotationrisk.marketdata.provider;

import java.time.Duration;

/** Waits; injectable so tests run without real pauses and can check the waits that were asked for. */
@FunctionalInterface
interface Sleeper {

    Sleeper SYSTEM = duration -> {
        if (duration.isPositive()) {
            Thread.sleep(duration);
        }
    };

    void sleep(Duration duration) throws InterruptedException;
}
