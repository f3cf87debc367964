package com.rotationrisk.base;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;

/** {@code rotationrisk.sessions.active}: HTTP sessions open in this instance (each signed-in tab's UI lives in one). */
@Component
class ActiveSessionsGauge implements HttpSessionListener {

    private final AtomicInteger active = new AtomicInteger();

    ActiveSessionsGauge(MeterRegistry meters) {
        Gauge.builder("rotationrisk.sessions.active", active, AtomicInteger::get)
                .description("HTTP sessions open in this instance").register(meters);
    }

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        active.incrementAndGet();
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        active.updateAndGet(n -> Math.max(0, n - 1));
    }
}
