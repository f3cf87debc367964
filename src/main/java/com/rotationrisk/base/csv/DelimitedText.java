package com.rotationrisk.base.csv;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The decoded text of an imported file or paste, shared by the price and holdings importers:
 * decoding (UTF-8 with or without BOM, UTF-16 by its BOM), delimiter detection, physical lines, and
 * the non-blank CSV records (commons-csv, RFC 4180 quoting) with the physical line each starts on.
 * Cells are trimmed, also of non-breaking spaces. Rows that are blank (only whitespace or only
 * delimiters) are skipped.
 */
public final class DelimitedText {

    private static final char[] DELIMITERS = {',', ';', '\t'};
    private static final int MAX_LINES_FOR_DELIMITER = 1000;

    /** One non-blank record; {@code afterBlank} is true when a blank row came right before it. */
    public record Record(int lineNumber, List<String> cells, boolean afterBlank) {
    }

    /** The text is not valid CSV (an unclosed quote); {@code lastLine} is the last good record's line. */
    public static final class MalformedException extends RuntimeException {

        private final int lastLine;

        MalformedException(int lastLine, Throwable cause) {
            super(rootMessage(cause), cause);
            this.lastLine = lastLine;
        }

        public int lastLine() {
            return lastLine;
        }
    }

    private final String text;
    private final LineIndex lines;

    public DelimitedText(String text) {
        this.text = text;
        this.lines = new LineIndex(text);
    }

    /** UTF-8 (with or without BOM); UTF-16 when it starts with a UTF-16 BOM (Excel "Unicode text"). */
    public static String decode(byte[] content) {
        Charset charset = StandardCharsets.UTF_8;
        int skip = 0;
        if (content.length >= 2 && (content[0] & 0xFF) == 0xFF && (content[1] & 0xFF) == 0xFE) {
            charset = StandardCharsets.UTF_16LE;
            skip = 2;
        } else if (content.length >= 2 && (content[0] & 0xFF) == 0xFE && (content[1] & 0xFF) == 0xFF) {
            charset = StandardCharsets.UTF_16BE;
            skip = 2;
        }
        return stripBom(new String(content, skip, content.length - skip, charset));
    }

    public static String stripBom(String text) {
        return !text.isEmpty() && text.charAt(0) == '\uFEFF' ? text.substring(1) : text;
    }

    /**
     * The delimiter (',', ';' or tab) occurring most often outside quotes in the first non-blank line
     * of {@code text}; ',' when none occurs (earlier in the list wins a tie).
     */
    public static char detectDelimiter(String text) {
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

    /** Occurrences of {@code delimiter} in {@code line} that are not between double quotes. */
    public static int countOutsideQuotes(String line, char delimiter) {
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

    /** Cells of one physical line (quotes honoured, cells cleaned); a plain split when a quote is unclosed. */
    public static List<String> cellsOf(String line, char delimiter) {
        try (CSVParser parser = CSVParser.parse(new StringReader(line), format(delimiter))) {
            Iterator<CSVRecord> it = parser.iterator();
            return it.hasNext() ? clean(it.next().toList()) : List.of("");
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            // an unclosed quote on this line: good enough to look at a header
            List<String> cells = new ArrayList<>();
            for (String cell : line.split(Pattern.quote(String.valueOf(delimiter)), -1)) {
                cells.add(cell.replace("\"", ""));
            }
            return clean(cells);
        }
    }

    public int lineCount() {
        return lines.lineCount();
    }

    /** Text of physical {@code line} (1-based) without its line break. */
    public String line(int line) {
        return lines.line(line);
    }

    /**
     * Non-blank records starting after physical line {@code afterLine} (0 = from the start); single use
     * and lazy: {@code hasNext()} reads the next record and throws {@link MalformedException} on invalid CSV.
     */
    public Iterator<Record> records(int afterLine, char delimiter) {
        int offset = lines.start(afterLine + 1);
        Iterator<CSVRecord> records;
        try {
            records = CSVParser.parse(new StringReader(text.substring(offset)), format(delimiter)).iterator();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // cannot happen with a StringReader
        }
        return new Iterator<>() {
            private int lastLine = afterLine;
            private Record next;
            private boolean fetched;

            @Override
            public boolean hasNext() {
                if (!fetched) {
                    next = advance();
                    fetched = true;
                }
                return next != null;
            }

            @Override
            public Record next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                fetched = false;
                return next;
            }

            private Record advance() {
                boolean blankSeen = false;
                try {
                    while (records.hasNext()) {
                        CSVRecord record = records.next();
                        List<String> cells = clean(record.toList());
                        if (cells.stream().allMatch(String::isEmpty)) {
                            blankSeen = true;
                            continue;
                        }
                        lastLine = lines.lineOf(offset + record.getCharacterPosition());
                        return new Record(lastLine, cells, blankSeen);
                    }
                    return null;
                } catch (UncheckedIOException | IllegalStateException e) {
                    throw new MalformedException(lastLine, e);
                }
            }
        };
    }

    private static CSVFormat format(char delimiter) {
        return CSVFormat.RFC4180.builder()
                .setDelimiter(delimiter)
                .setIgnoreEmptyLines(false) // keeps character positions exact; blanks are skipped above
                .setIgnoreSurroundingSpaces(true)
                .setTrim(true)
                .get();
    }

    private static List<String> clean(List<String> cells) {
        List<String> out = new ArrayList<>(cells.size());
        for (String cell : cells) {
            out.add(cell.replace('\u00A0', ' ').replace('\u202F', ' ').strip());
        }
        return out;
    }

    private static String firstNonBlankLine(String text) {
        int start = 0;
        for (int n = 0; n < MAX_LINES_FOR_DELIMITER && start < text.length(); n++) {
            int end = start;
            while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
                end++;
            }
            String line = text.substring(start, end);
            if (!line.isBlank()) {
                return line;
            }
            start = end < text.length() && text.charAt(end) == '\r' && end + 1 < text.length()
                    && text.charAt(end + 1) == '\n' ? end + 2 : end + 1;
        }
        return "";
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage();
    }
}
