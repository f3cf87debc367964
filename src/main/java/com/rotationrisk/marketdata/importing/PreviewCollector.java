package com.rotationrisk.marketdata.importing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Accumulates row results: rejects duplicate dates (the first valid row for a date wins),
 * caps the problem list, and builds the sorted {@link PriceFilePreview}.
 */
final class PreviewCollector {

    private final int maxProblems;
    private final List<ParsedBar> bars = new ArrayList<>();
    private final List<RowProblem> problems = new ArrayList<>();
    private final Map<LocalDate, Integer> firstLineByDate = new HashMap<>();
    private int dataLines;

    PreviewCollector(int maxProblems) {
        this.maxProblems = maxProblems;
    }

    int dataLines() {
        return dataLines;
    }

    void add(int lineNumber, RowReader.Result result) {
        dataLines++;
        if (result.bar() == null) {
            result.problems().forEach(reason -> problem(lineNumber, reason));
            return;
        }
        ParsedBar bar = result.bar();
        Integer firstLine = firstLineByDate.putIfAbsent(bar.date(), lineNumber);
        if (firstLine != null) {
            problem(lineNumber, "duplicate date " + bar.date() + " (first seen on line " + firstLine + ")");
            return;
        }
        bars.add(bar);
    }

    PriceFilePreview build(PriceFileFormat format, List<String> headers, String symbol) {
        bars.sort(Comparator.comparing(ParsedBar::date));
        LocalDate first = bars.isEmpty() ? null : bars.get(0).date();
        LocalDate last = bars.isEmpty() ? null : bars.get(bars.size() - 1).date();
        return new PriceFilePreview(format, headers, symbol, bars, problems, dataLines, first, last);
    }

    private void problem(int lineNumber, String reason) {
        if (problems.size() < maxProblems) {
            problems.add(new RowProblem(lineNumber, reason));
        }
    }
}
