package com.rotationrisk.portfolio.importing;

import com.rotationrisk.base.csv.DelimitedText;
import com.rotationrisk.base.csv.NotText;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Parses and validates a client's holdings (positions): a generic CSV with a ticker / quantity /
 * cost header, a Fidelity or Schwab positions export, or text pasted from a spreadsheet.
 * Nothing is stored: the result is a {@link HoldingsPreview} for the user to confirm.
 * Stateless and thread-safe.
 */
public final class HoldingsFileParser {

    public static final int MAX_BYTES = 2 * 1024 * 1024;
    /** Rows that are positions (valid or not), skipped lines not counted. */
    public static final int MAX_ROWS = 5_000;
    /** Non-blank lines looked at for the header (Schwab puts a title line before it). */
    static final int MAX_LINES_BEFORE_HEADER = 10;

    /** CSV file: Fidelity, Schwab or generic, detected from the header. A header row is required. */
    public HoldingsPreview parse(byte[] content) {
        Objects.requireNonNull(content, "content");
        checkSize(content.length, "file");
        NotText.refusal(content).ifPresent(refusal -> {
            throw new HoldingsFileException(refusal);
        });
        return read(DelimitedText.decode(content), false);
    }

    /**
     * Text pasted from a spreadsheet (tab-separated; comma or semicolon also accepted). A header row
     * is optional: when the first row's second cell is a number, columns are ticker, quantity, [cost].
     */
    public HoldingsPreview parsePasted(String text) {
        Objects.requireNonNull(text, "text");
        if (text.length() > MAX_BYTES) {
            checkSize(text.length(), "pasted text");
        }
        checkSize(text.getBytes(StandardCharsets.UTF_8).length, "pasted text");
        return read(DelimitedText.stripBom(text), true);
    }

    private static void checkSize(long bytes, String what) {
        if (bytes > MAX_BYTES) {
            throw new HoldingsFileException(String.format(Locale.ROOT, "The %s is %.1f MB; the limit is %d MB.",
                    what, bytes / 1048576.0, MAX_BYTES / 1048576));
        }
    }

    private HoldingsPreview read(String text, boolean pasted) {
        if (text.isBlank()) {
            throw new HoldingsFileException(pasted ? "Nothing to import: the pasted text is empty."
                    : "The file is empty.");
        }
        TextSource source = new TextSource(text);
        HeaderSearch header = findHeader(source, pasted);
        Layout layout = header.layout;
        List<String> notes = new ArrayList<>(header.notes);
        HoldingsCollector collector = new HoldingsCollector(
                layout.format() == HoldingsFileFormat.FIDELITY || layout.format() == HoldingsFileFormat.SCHWAB);
        header.skipped.forEach(s -> collector.skip(s.lineNumber(), s.reason()));
        RowReader reader = switch (layout.format()) {
            case FIDELITY -> new FidelityRowReader(layout);
            case SCHWAB -> new SchwabRowReader(layout);
            case GENERIC -> new GenericRowReader(layout, header.delimiter, false);
            case PASTED -> new GenericRowReader(layout, header.delimiter, true);
        };
        Iterator<Row> rows = source.rowsAfter(header.rowsAfterLine, header.delimiter);
        while (rows.hasNext()) {
            Row row = rows.next();
            RowOutcome outcome = reader.read(row);
            if (!(outcome instanceof RowOutcome.Skipped) && collector.positionRows() >= MAX_ROWS) {
                throw new HoldingsFileException(String.format(Locale.ROOT,
                        "The file has more than %,d holdings; split it into smaller files.", MAX_ROWS));
            }
            collector.add(row.lineNumber(), outcome);
        }
        if (collector.dataLines() == 0) {
            throw new HoldingsFileException("The " + (pasted ? "pasted text" : "file")
                    + " has a header but no holdings below it.");
        }
        if (reader instanceof FidelityRowReader fidelity && fidelity.accounts().size() > 1) {
            notes.add("Positions from " + fidelity.accounts().size() + " accounts ("
                    + String.join(", ", fidelity.accounts()) + ") are imported together.");
        }
        LocalDate fileAsOf = pasted ? null : FileDate.find(source).orElse(null);
        if (fileAsOf != null) {
            notes.add("The file's prices are as of " + fileAsOf + ".");
        }
        return collector.build(layout.format(), notes, fileAsOf);
    }

    /** Where the data starts, with which layout and delimiter. */
    private record HeaderSearch(Layout layout, char delimiter, int rowsAfterLine, List<SkippedLine> skipped,
                                List<String> notes) {
    }

    private static HeaderSearch findHeader(TextSource source, boolean pasted) {
        List<SkippedLine> skipped = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        List<String> firstCells = null;
        int examined = 0;
        for (int line = 1; line <= source.lineCount() && examined < MAX_LINES_BEFORE_HEADER; line++) {
            String text = source.line(line);
            if (text.isBlank()) {
                continue;
            }
            examined++;
            char delimiter = pasted && text.indexOf('\t') >= 0 ? '\t' : DelimitedText.detectDelimiter(text);
            List<String> cells = withoutTrailingBlanks(DelimitedText.cellsOf(text, delimiter));
            if (cells.stream().allMatch(String::isEmpty)) {
                continue; // a line of only delimiters
            }
            Optional<Layout> layout = LayoutDetector.detect(cells, pasted);
            if (layout.isPresent()) {
                if (!layout.get().ignored().isEmpty()) {
                    notes.add("Columns not used: " + String.join(", ", layout.get().ignored()) + ".");
                }
                return new HeaderSearch(layout.get(), delimiter, line, skipped, notes);
            }
            if (examined == 1 && looksLikeData(cells)) {
                if (pasted) {
                    if (cells.size() > 3) {
                        throw new HoldingsFileException("Without a header row the pasted text must have 2 or 3"
                                + " columns (ticker, quantity, cost per share); line " + line + " has "
                                + cells.size() + ". Add a header row naming the columns.");
                    }
                    notes.add(cells.size() >= 3
                            ? "No header row: columns read as ticker, quantity, cost per share."
                            : "No header row: columns read as ticker, quantity.");
                    return new HeaderSearch(LayoutDetector.headerless(cells.size()), delimiter, line - 1,
                            skipped, notes);
                }
                throw new HoldingsFileException("The file has no header row: line " + line + " ("
                        + String.join(", ", cells) + ") looks like data. Add a first line naming the columns,"
                        + " e.g. \"Ticker,Quantity,Cost\". Expected " + LayoutDetector.EXPECTED_COLUMNS + ".");
            }
            if (firstCells == null) {
                firstCells = cells;
            }
            if (!isTitle(cells, text)) {
                break;
            }
            skipped.add(new SkippedLine(line, "title line before the header"));
            notes.add("File title: " + String.join(", ", cells));
        }
        throw new HoldingsFileException("The header doesn't match a known holdings layout. Expected "
                + LayoutDetector.EXPECTED_COLUMNS + ", or an unchanged Fidelity or Schwab positions export."
                + (firstCells == null ? "" : " The file starts with: " + String.join(", ", firstCells) + "."));
    }

    /** A line with one cell ("Positions for account Individual ...1234 as of ..."). */
    private static boolean isTitle(List<String> cells, String text) {
        long nonBlank = cells.stream().filter(c -> !c.isEmpty()).count();
        return nonBlank == 1 || text.strip().replace("\"", "").toLowerCase(Locale.ROOT).startsWith("positions for");
    }

    /** Two or more cells and the second one is a number: a data row, not a header. */
    private static boolean looksLikeData(List<String> cells) {
        if (cells.size() < 2 || Amounts.isMissing(cells.get(1))) {
            return false;
        }
        BigDecimal value = Amounts.parse(cells.get(1), ',');
        return value != null;
    }

    private static List<String> withoutTrailingBlanks(List<String> cells) {
        int end = cells.size();
        while (end > 1 && cells.get(end - 1).isEmpty()) {
            end--;
        }
        return List.copyOf(cells.subList(0, end));
    }
}
