package com.rotationrisk.marketdata.importing;

import com.rotationrisk.base.csv.DelimitedText;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * A price file as {@link DelimitedText}: the header (first non-blank row) plus the non-blank data rows
 * with their physical line numbers, the delimiter detected from the header line. Turns invalid CSV into
 * a {@link PriceFileException}.
 */
final class CsvSource {

    private final char delimiter;
    private final Iterator<DelimitedText.Record> records;
    private final List<String> headers;
    private final int headerLine;

    private CsvSource(String text) {
        this.delimiter = DelimitedText.detectDelimiter(text);
        this.records = new DelimitedText(text).records(0, delimiter);
        CsvRow header = nextRow(List.of());
        if (header == null) {
            throw new PriceFileException("The file is empty.");
        }
        this.headers = withoutTrailingBlanks(header.cells());
        this.headerLine = header.lineNumber();
    }

    static CsvSource open(byte[] content) {
        return new CsvSource(DelimitedText.decode(content));
    }

    List<String> headers() {
        return headers;
    }

    int headerLine() {
        return headerLine;
    }

    char delimiter() {
        return delimiter;
    }

    /** Data rows after the header; single use. */
    Iterator<CsvRow> rows() {
        return new Iterator<>() {
            private CsvRow next = nextRow(headers);

            @Override
            public boolean hasNext() {
                return next != null;
            }

            @Override
            public CsvRow next() {
                if (next == null) {
                    throw new NoSuchElementException();
                }
                CsvRow current = next;
                next = nextRow(headers);
                return current;
            }
        };
    }

    private CsvRow nextRow(List<String> knownHeaders) {
        try {
            if (!records.hasNext()) {
                return null;
            }
            DelimitedText.Record record = records.next();
            return new CsvRow(record.lineNumber(), record.cells());
        } catch (DelimitedText.MalformedException e) {
            throw new PriceFileException("The file is not valid CSV after line " + e.lastLine()
                    + " (check for an unclosed quote): " + e.getMessage(), knownHeaders);
        }
    }

    private static List<String> withoutTrailingBlanks(List<String> cells) {
        int end = cells.size();
        while (end > 1 && cells.get(end - 1).isBlank()) {
            end--;
        }
        return List.copyOf(cells.subList(0, end));
    }
}
