package com.rotationrisk.marketdata.importing;

import com.rotationrisk.base.csv.HeaderKeys;
import com.rotationrisk.base.csv.NotText;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Parses and validates daily price-history CSV files (Yahoo, Stooq, Stooq bulk, or any layout
 * with a caller-supplied {@link ColumnMapping}). Stateless and thread-safe.
 */
public final class PriceFileParser {

    public static final int MAX_BYTES = 50 * 1024 * 1024;
    public static final int MAX_DATA_LINES = 1_000_000;
    /** The preview keeps at most this many problems; {@link PriceFilePreview#rejectedCount()} has the total. */
    public static final int MAX_REPORTED_PROBLEMS = 1_000;
    /** Data rows sampled by {@link #suggestMapping(byte[])} to guess the date pattern. */
    private static final int DATE_SAMPLE_ROWS = 50;

    static final String UNKNOWN_LAYOUT =
            "The header doesn't match a known layout (Yahoo, Stooq). Map the columns yourself.";

    /** Auto-detects Yahoo / Stooq / Stooq bulk; otherwise throws with the headers for the mapping step. */
    public PriceFilePreview parse(byte[] content, LocalDate today) {
        CsvSource source = open(content);
        Layout layout = LayoutDetector.detect(source.headers())
                .orElseThrow(() -> new PriceFileException(UNKNOWN_LAYOUT, source.headers()));
        return read(source, layout, today);
    }

    /** Parses any layout with the caller's mapping; the result's format is {@link PriceFileFormat#GENERIC}. */
    public PriceFilePreview parse(byte[] content, ColumnMapping mapping, LocalDate today) {
        CsvSource source = open(content);
        return read(source, LayoutDetector.fromMapping(source.headers(), mapping), today);
    }

    /** The header names as written in the file (trimmed, BOM removed). */
    public List<String> readHeaders(byte[] content) {
        return open(content).headers();
    }

    /** Best guess from header names alone; date pattern defaults to yyyy-MM-dd. */
    public ColumnMapping suggestMapping(List<String> headers) {
        return MappingSuggester.suggest(headers);
    }

    /** Like {@link #suggestMapping(List)} but also guesses the date pattern from the first rows. */
    public ColumnMapping suggestMapping(byte[] content) {
        CsvSource source = open(content);
        ColumnMapping mapping = MappingSuggester.suggest(source.headers());
        int dateColumn = mapping.date() == null ? -1 : HeaderKeys.indexOf(source.headers(), mapping.date());
        if (dateColumn < 0) {
            return mapping;
        }
        List<String> samples = new ArrayList<>();
        Iterator<CsvRow> rows = source.rows();
        while (rows.hasNext() && samples.size() < DATE_SAMPLE_ROWS) {
            List<String> cells = rows.next().cells();
            if (dateColumn < cells.size()) {
                samples.add(cells.get(dateColumn));
            }
        }
        return DatePatterns.guess(samples).map(mapping::withDatePattern).orElse(mapping);
    }

    private static CsvSource open(byte[] content) {
        Objects.requireNonNull(content, "content");
        if (content.length > MAX_BYTES) {
            throw new PriceFileException(String.format(Locale.ROOT,
                    "The file is %.1f MB; the limit is %d MB.", content.length / 1048576.0, MAX_BYTES / 1048576));
        }
        NotText.refusal(content).ifPresent(refusal -> {
            throw new PriceFileException(refusal);
        });
        return CsvSource.open(content);
    }

    private static PriceFilePreview read(CsvSource source, Layout layout, LocalDate today) {
        Objects.requireNonNull(today, "today");
        RowReader reader = new RowReader(layout, today, source.delimiter());
        PreviewCollector collector = new PreviewCollector(MAX_REPORTED_PROBLEMS);
        Iterator<CsvRow> rows = source.rows();
        while (rows.hasNext()) {
            CsvRow row = rows.next();
            if (collector.dataLines() >= MAX_DATA_LINES) {
                throw new PriceFileException("The file has more than " + String.format(Locale.ROOT, "%,d",
                        MAX_DATA_LINES) + " data rows; split it into smaller files.", source.headers());
            }
            collector.add(row.lineNumber(), reader.read(row));
        }
        if (collector.dataLines() == 0) {
            throw new PriceFileException("The file has a header but no data rows.", source.headers());
        }
        return collector.build(layout.format(), source.headers(), symbol(reader.ticker()));
    }

    /** Stooq bulk tickers look like AAPL.US; the app wants AAPL. Other markets keep their suffix. */
    static String symbol(String ticker) {
        if (ticker == null || ticker.isBlank()) {
            return null;
        }
        String t = ticker.strip().toUpperCase(Locale.ROOT);
        return t.endsWith(".US") ? t.substring(0, t.length() - 3) : t;
    }
}
