package com.rotationrisk.report.pdf;

import java.lang.reflect.Array;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * A text form of a value that is the same in every JVM run: records by component, maps sorted by key (immutable
 * {@code Map.of} maps iterate in a per-run random order, so {@code toString()} cannot be used), arrays element-wise.
 */
final class Canonical {

    private Canonical() {
    }

    static String of(Object value) {
        StringBuilder sb = new StringBuilder(4096);
        write(sb, value);
        return sb.toString();
    }

    private static void write(StringBuilder sb, Object v) {
        if (v == null) {
            sb.append("null");
        } else if (v instanceof Record r) {
            sb.append(r.getClass().getSimpleName()).append('[');
            for (RecordComponent c : r.getClass().getRecordComponents()) {
                Object value = get(c, r);
                if (value == null && c.isAnnotationPresent(OmittedWhenNull.class)) {
                    continue;
                }
                sb.append(c.getName()).append('=');
                write(sb, value);
                sb.append(';');
            }
            sb.append(']');
        } else if (v instanceof Map<?, ?> m) {
            TreeMap<String, Object> sorted = new TreeMap<>();
            m.forEach((k, val) -> sorted.put(String.valueOf(k), val));
            sb.append('{');
            sorted.forEach((k, val) -> {
                sb.append(k).append('=');
                write(sb, val);
                sb.append(';');
            });
            sb.append('}');
        } else if (v instanceof Collection<?> c) {
            sb.append('(');
            c.forEach(e -> {
                write(sb, e);
                sb.append(',');
            });
            sb.append(')');
        } else if (v.getClass().isArray()) {
            sb.append('<');
            for (int i = 0; i < Array.getLength(v); i++) {
                write(sb, Array.get(v, i));
                sb.append(',');
            }
            sb.append('>');
        } else if (v instanceof Optional<?> o) {
            write(sb, o.orElse(null));
        } else if (v instanceof OptionalDouble o) {
            sb.append(o.isPresent() ? Double.toString(o.getAsDouble()) : "empty");
        } else if (v instanceof java.awt.Color c) {
            sb.append(Integer.toHexString(c.getRGB()));
        } else {
            sb.append(v);
        }
    }

    private static Object get(RecordComponent c, Record r) {
        try {
            c.getAccessor().setAccessible(true);
            return c.getAccessor().invoke(r);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + c, e);
        }
    }
}
