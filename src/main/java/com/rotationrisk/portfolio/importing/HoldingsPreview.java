package com.rotationrisk.portfolio.importing;

import java.util.List;

/**
 * Result of reading a holdings file, for the import preview.
 *
 * @param format       detected layout
 * @param holdings     valid positions in file order (positions held in several broker accounts merged)
 * @param problems     rejected rows in file order; one entry per reason, so a row can appear twice
 * @param notes        information for the user (merged positions, ignored columns...), not errors
 * @param dataLines    non-blank lines after the header (for headerless pastes: all non-blank lines),
 *                     skipped lines included
 * @param skippedLines lines deliberately ignored (broker totals, pending activity, disclaimer text...)
 */
public record HoldingsPreview(HoldingsFileFormat format, List<ImportedHolding> holdings,
                              List<HoldingProblem> problems, List<String> notes, int dataLines,
                              List<SkippedLine> skippedLines) {

    public HoldingsPreview {
        holdings = List.copyOf(holdings);
        problems = List.copyOf(problems);
        notes = List.copyOf(notes);
        skippedLines = List.copyOf(skippedLines);
    }

    public HoldingsPreview(HoldingsFileFormat format, List<ImportedHolding> holdings,
                           List<HoldingProblem> problems, List<String> notes, int dataLines) {
        this(format, holdings, problems, notes, dataLines, List.of());
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }
}
