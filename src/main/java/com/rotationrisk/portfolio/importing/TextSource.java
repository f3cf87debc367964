package com.rotationrisk.portfolio.importing;

import com.rotationrisk.base.csv.DelimitedText;

import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * A holdings file or paste as {@link DelimitedText}: physical lines for header detection, then the
 * non-blank records after a given line as {@link Row}s. Turns invalid CSV into a {@link HoldingsFileException}.
 */
final class TextSource {

    private final DelimitedText text;

    TextSource(String text) {
        this.text = new DelimitedText(text);
    }

    int lineCount() {
        return text.lineCount();
    }

    String line(int line) {
        return text.line(line);
    }

    /** Non-blank records starting after physical line {@code afterLine}. */
    Iterator<Row> rowsAfter(int afterLine, char delimiter) {
        Iterator<DelimitedText.Record> records = text.records(afterLine, delimiter);
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                try {
                    return records.hasNext();
                } catch (DelimitedText.MalformedException e) {
                    throw new HoldingsFileException("The file is not valid CSV after line " + e.lastLine()
                            + " (check for an unclosed quote).", e);
                }
            }

            @Override
            public Row next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                DelimitedText.Record record = records.next();
                return new Row(record.lineNumber(), record.cells(), record.afterBlank());
            }
        };
    }
}
