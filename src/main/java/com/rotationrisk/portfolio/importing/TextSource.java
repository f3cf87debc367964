package com.rotationrisk.portfolio.importing;

import com.rotationrisk.base.csv.LineIndex;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The decoded text of a file or paste: physical lines for header detection, then CSV records
 * (commons-csv, RFC 4180 quoting) after a given line, each with its physical line number.
 */
final class TextSource {

    private static final char[] DELIMITERS = {',', ';', '\t'};

    private final String text;
    private final LineIndex lines;

    TextSource(String text) {
        this.text = text;
        this.lines = new LineIndex(text);
    }

    /** UTF-8 (with or without BOM); UTF-16 when it starts with a UTF-16 BOM (Excel "Unicode text"). */
    static String decode(byte[] content) {
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

    static String stripBom(String text) {
        return !text.isEmpty() && text.charAt(0) == '\uFEFF' ? text.substring(1) : text;
    }

    int lineCount() {
        return lines.lineCount();
    }

    String line(int line) {
        return lines.line(line);
    }

    /** Cells of one physical line, split with {@code delimiter} (quotes honoured, cells cleaned). */
    static List<String> cellsOf(String line, char delimiter) {
        try (CSVParser parser = CSVParser.parse(new StringReader(line), format(delimiter))) {
            Iterator<CSVRecord> it = parser.iterator();
            return it.hasNext() ? clean(it.next().toList()) : List.of("");
        } catch (IOException | UncheckedIOException e) {
            // an unclosed quote on this line: fall back to a plain split, good enough to look at a header
            List<String> cells = new ArrayList<>();
            for (String cell : line.split(java.util.regex.Pattern.quote(String.valueOf(delimiter)), -1)) {
                cells.add(cell.replace("\"", ""));
            }
            return clean(cells);
        }
    }

    /** The delimiter occurring most often outside quotes in {@code line}; ',' when none occurs. */
    static char detectDelimiter(String line) {
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

    /** Non-blank records starting after physical line {@code afterLine}. */
    Iterator<Row> rowsAfter(int afterLine, char delimiter) {
        int offset = lines.start(afterLine + 1);
        Iterator<CSVRecord> records;
        try {
            records = CSVParser.parse(new StringReader(text.substring(offset)), format(delimiter)).iterator();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // cannot happen with a StringReader
        }
        return new Iterator<>() {
            private int lastLine = afterLine;
            private Row next = advance();

            @Override
            public boolean hasNext() {
                return next != null;
            }

            @Override
            public Row next() {
                if (next == null) {
                    throw new NoSuchElementException();
                }
                Row current = next;
                next = advance();
                return current;
            }

            private Row advance() {
                boolean blankSeen = false;
                try {
                    while (records.hasNext()) {
                        CSVRecord record = records.next();
                        List<String> cells = clean(record.toList());
                        int line = lines.lineOf(offset + record.getCharacterPosition());
                        if (cells.stream().allMatch(String::isEmpty)) {
                            blankSeen = true;
                            continue;
                        }
                        lastLine = line;
                        return new Row(line, cells, blankSeen);
                    }
                    return null;
                } catch (UncheckedIOException | IllegalStateException e) {
                    throw new HoldingsFileException("The file is not valid CSV after line " + lastLine
                            + " (check for an unclosed quote).", e);
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
}
