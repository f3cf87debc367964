package com.rotationrisk.marketdata.importing;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns one {@link CsvRow} into a {@link ParsedBar} or a list of reasons. Stateful only for
 * Stooq bulk files, where it remembers the first ticker. Duplicate dates are handled by
 * {@link PreviewCollector}.
 */
final class RowReader {

    /** Outcome for one row: exactly one of {@code bar} / non-empty {@code problems}. */
    record Result(ParsedBar bar, List<String> problems) {
    }

    private static final String NULL = "null";

    private final Layout layout;
    private final LocalDate today;
    private final char delimiter;
    private String ticker;

    RowReader(Layout layout, LocalDate today, char delimiter) {
        this.layout = layout;
        this.today = today;
        this.delimiter = delimiter;
    }

    /** First ticker seen in a Stooq bulk file, or {@code null}. */
    String ticker() {
        return ticker;
    }

    Result read(CsvRow row) {
        List<String> cells = row.cells();
        List<String> problems = new ArrayList<>(2);
        int expected = layout.headers().size();
        if (cells.size() != expected && !onlyBlankBeyond(cells, expected)) {
            problems.add("wrong number of columns (" + cells.size() + ", expected " + expected + ")");
            return new Result(null, problems);
        }
        if (layout.format() == PriceFileFormat.STOOQ_BULK && !bulkRowOk(cells, problems)) {
            return new Result(null, problems);
        }
        if (allPricesNull(cells)) {
            problems.add("no prices (null)");
            return new Result(null, problems);
        }
        LocalDate date = date(cells.get(layout.date()), problems);
        Double open = price(cells, layout.open(), true, problems);
        Double high = price(cells, layout.high(), true, problems);
        Double low = price(cells, layout.low(), true, problems);
        Double close = price(cells, layout.close(), true, problems);
        Double adjClose = price(cells, layout.adjClose(), false, problems);
        Long volume = volume(cells, problems);
        if (problems.isEmpty()) {
            PriceChecks.check(layout, open, high, low, close, adjClose, problems);
        }
        if (date != null && date.isAfter(today)) {
            problems.add("date in the future (" + date + ")");
        }
        if (!problems.isEmpty()) {
            return new Result(null, problems);
        }
        return new Result(new ParsedBar(row.lineNumber(), date, open, high, low, close, adjClose, volume), problems);
    }

    private boolean bulkRowOk(List<String> cells, List<String> problems) {
        String rowTicker = cells.get(layout.ticker());
        if (ticker == null) {
            ticker = rowTicker;
        } else if (!ticker.equalsIgnoreCase(rowTicker)) {
            problems.add("ticker '" + rowTicker + "' differs from '" + ticker + "' (one ticker per file)");
            return false;
        }
        String period = cells.get(layout.period());
        if (!period.equalsIgnoreCase("D")) {
            problems.add("not a daily bar (period '" + period + "')");
            return false;
        }
        return true;
    }

    private LocalDate date(String cell, List<String> problems) {
        if (cell.isEmpty()) {
            problems.add("missing value for " + layout.label(layout.date()));
            return null;
        }
        try {
            return LocalDate.parse(cell, layout.dateFormat());
        } catch (DateTimeParseException e) {
            problems.add("bad date '" + cell + "' (expected " + layout.datePattern() + ")");
            return null;
        }
    }

    private Double price(List<String> cells, int column, boolean required, List<String> problems) {
        if (!layout.has(column)) {
            return null;
        }
        String cell = cells.get(column);
        if (cell.isEmpty() || cell.equalsIgnoreCase(NULL)) {
            if (required) {
                problems.add("missing value for " + layout.label(column));
            }
            return null;
        }
        return Numbers.parse(cell, delimiter, layout.label(column), problems);
    }

    private Long volume(List<String> cells, List<String> problems) {
        if (!layout.has(layout.volume())) {
            return null;
        }
        String cell = cells.get(layout.volume());
        if (cell.isEmpty() || cell.equalsIgnoreCase(NULL)) {
            return null;
        }
        Double value = Numbers.parse(cell, delimiter, layout.label(layout.volume()), problems);
        if (value == null) {
            return null;
        }
        if (value < 0) {
            problems.add("negative volume (" + Numbers.format(value) + ")");
            return null;
        }
        return Math.round(value); // Stooq writes some volumes as 9.873e+07 or with decimals
    }

    /** Yahoo's holiday rows: every price cell is the literal "null". */
    private boolean allPricesNull(List<String> cells) {
        boolean sawNull = false;
        for (int column : new int[] {layout.open(), layout.high(), layout.low(), layout.close(), layout.adjClose()}) {
            if (!layout.has(column)) {
                continue;
            }
            String cell = cells.get(column);
            if (cell.equalsIgnoreCase(NULL)) {
                sawNull = true;
            } else if (!cell.isEmpty()) {
                return false;
            }
        }
        return sawNull;
    }

    private static boolean onlyBlankBeyond(List<String> cells, int expected) {
        if (cells.size() < expected) {
            return false;
        }
        for (int i = expected; i < cells.size(); i++) {
            if (!cells.get(i).isBlank()) {
                return false;
            }
        }
        return true;
    }
}
