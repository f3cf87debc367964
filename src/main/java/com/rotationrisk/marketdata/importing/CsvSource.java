package com.rotationrisk.marketdata.importing;

import com.rotationrisk.base.csv.LineIndex;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Decodes the bytes (UTF-8, optional BOM), detects the delimiter from the header line and
 * hands out the header plus the non-blank data rows with their physical line numbers.
 * Blank rows (only whitespace or only delimiters) are skipped silently.
 */
final class CsvSource {

    private static final char[] DELIMITERS = {',', ';', '\t'};

    private final char delimiter;
    private final LineIndex lines;
    private final Iterator<CSVRecord> records;
    private final List<String> headers;
    private final int headerLine;
    private int lastLine; // line of the last row handed out, for error messages

    private CsvSource(String text) {
        this.delimiter = detectDelimiter(text);
        this.lines = new LineIndex(text);
        CSVFormat format = CSVFormat.RFC4180.builder()
                .setDelimiter(delimiter)
                .setIgnoreEmptyLines(false) // keeps character positions exact; we skip blanks ourselves
                .setIgnoreSurroundingSpaces(true)
                .setTrim(true)
                .get();
        try {
            this.records = CSVParser.parse(new StringReader(text), format).iterator();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // cannot happen with a StringReader
        }
        CsvRow header = nextNonBlank();
        if (header == null) {
            throw new PriceFileException("The file is empty.");
        }
        this.headers = withoutTrailingBlanks(header.cells());
        this.headerLine = header.lineNumber();
    }

    static CsvSource open(byte[] content) {
        String text = new String(content, StandardCharsets.UTF_8);
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        return new CsvSource(text);
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
            private CsvRow next = nextNonBlank();

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
                next = nextNonBlank();
                return current;
            }
        };
    }

    private CsvRow nextNonBlank() {
        try {
            while (records.hasNext()) {
                CSVRecord record = records.next();
                List<String> cells = record.toList();
                if (!allBlank(cells)) {
                    lastLine = lines.lineOf(record.getCharacterPosition());
                    return new CsvRow(lastLine, cells);
                }
            }
            return null;
        } catch (UncheckedIOException e) {
            throw new PriceFileException("The file is not valid CSV after line " + lastLine
                    + " (check for an unclosed quote): " + rootMessage(e), headers == null ? List.of() : headers);
        }
    }

    private static boolean allBlank(List<String> cells) {
        for (String cell : cells) {
            if (!cell.isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static List<String> withoutTrailingBlanks(List<String> cells) {
        int end = cells.size();
        while (end > 1 && cells.get(end - 1).isBlank()) {
            end--;
        }
        return List.copyOf(new ArrayList<>(cells.subList(0, end)));
    }

    /** Picks the delimiter occurring most often (outside quotes) in the first non-blank line. */
    static char detectDelimiter(String text) {
        String line = firstNonBlankLine(text);
        char best = ',';
        int bestCount = 0;
        for (char d : DELIMITERS) {
            int count = countOutsideQuotes(line, d);
            if (count > bestCount) {
                best = d;
                bestCount = count;
            }
        }
        return best;
    }

    private static String firstNonBlankLine(String text) {
        for (String line : text.lines().limit(1000).toList()) {
            if (!line.isBlank()) {
                return line;
            }
        }
        return "";
    }

    private static int countOutsideQuotes(String line, char delimiter) {
        int count = 0;
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == delimiter && !quoted) {
                count++;
            }
        }
        return count;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage();
    }
}
