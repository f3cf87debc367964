package com.rotationrisk.faults;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The lines a {@link CrashWorkload} child prints for its parent test, among the application's own log lines.
 * A {@code COMMITTED} line is printed only after the service call returned, i.e. after its transaction committed.
 */
record Protocol(String event, String kind, Map<String, String> values) {

    static final String PREFIX = "CRASHTEST ";
    static final String STARTED = "STARTED";
    static final String BEGIN = "BEGIN";
    static final String COMMITTED = "COMMITTED";
    static final String FAILED = "FAILED";

    /** {@code CRASHTEST <event> <kind> key=value ...}; values contain no spaces. */
    static String line(String event, String kind, Object... keyValues) {
        StringBuilder line = new StringBuilder(PREFIX).append(event).append(' ').append(kind);
        for (int i = 0; i < keyValues.length; i += 2) {
            line.append(' ').append(keyValues[i]).append('=').append(keyValues[i + 1]);
        }
        return line.toString();
    }

    static Protocol parse(String line) {
        String[] parts = line.substring(PREFIX.length()).trim().split(" ");
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 2; i < parts.length; i++) {
            int eq = parts[i].indexOf('=');
            if (eq > 0) {
                values.put(parts[i].substring(0, eq), parts[i].substring(eq + 1));
            }
        }
        return new Protocol(parts[0], parts.length > 1 ? parts[1] : "", values);
    }

    boolean committed(String ofKind) {
        return event.equals(COMMITTED) && kind.equals(ofKind);
    }

    long number(String key) {
        return Long.parseLong(values.get(key));
    }

    String text(String key) {
        return values.get(key);
    }

    @Override
    public String toString() {
        return event + " " + kind + " " + values;
    }
}
