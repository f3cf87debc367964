package com.rotationrisk.spreadsheet;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A grid as it is exported: a name (the sheet's), the column headers and rows of cells. A cell is text, a number, a
 * date or null (empty: a value that is unknown stays empty, never 0).
 */
public record Table(String name, List<String> headers, List<List<Object>> rows) {

    /** At most this many rows are exported (a sheet holds about a million). */
    public static final int MAX_ROWS = 100_000;

    public Table {
        Objects.requireNonNull(name);
        headers = List.copyOf(headers);
        if (rows.size() > MAX_ROWS) {
            throw new IllegalArgumentException("At most " + MAX_ROWS + " rows can be exported, not " + rows.size());
        }
        List<List<Object>> copy = new ArrayList<>(rows.size());
        for (List<Object> row : rows) {
            if (row.size() != headers.size()) {
                throw new IllegalArgumentException("A row has " + row.size() + " cells for " + headers.size()
                        + " columns");
            }
            for (Object cell : row) {
                if (cell != null && !(cell instanceof String) && !(cell instanceof Number)
                        && !(cell instanceof LocalDate)) {
                    throw new IllegalArgumentException("A cell must be text, a number or a date: " + cell.getClass());
                }
            }
            copy.add(Collections.unmodifiableList(new ArrayList<>(row)));
        }
        rows = Collections.unmodifiableList(copy);
    }

    /** Builds a table column by column from a list of items. */
    public static <T> Builder<T> of(String name, List<T> items) {
        return new Builder<>(name, items);
    }

    public static final class Builder<T> {

        private final String name;
        private final List<T> items;
        private final List<String> headers = new ArrayList<>();
        private final List<java.util.function.Function<T, ?>> cells = new ArrayList<>();

        private Builder(String name, List<T> items) {
            this.name = name;
            this.items = items;
        }

        public Builder<T> column(String header, java.util.function.Function<T, ?> cell) {
            headers.add(header);
            cells.add(cell);
            return this;
        }

        public Table build() {
            List<List<Object>> rows = new ArrayList<>(items.size());
            for (T item : items) {
                List<Object> row = new ArrayList<>(cells.size());
                cells.forEach(c -> row.add(c.apply(item)));
                rows.add(row);
            }
            return new Table(name, headers, rows);
        }
    }
}
