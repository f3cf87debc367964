package com.rotationrisk.portfolio.importing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

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
 * @param filePrices   the file's own price per share by ticker (broker exports carry one), for valuing
 *                     holdings that have no market price yet
 * @param fileAsOf     the date the file says its prices are from (Schwab's title line, Fidelity's
 *                     "Date downloaded"), {@code null} when it does not say
 */
public record HoldingsPreview(HoldingsFileFormat format, List<ImportedHolding> holdings,
                              List<HoldingProblem> problems, List<String> notes, int dataLines,
                              List<SkippedLine> skippedLines, Map<String, BigDecimal> filePrices,
                              LocalDate fileAsOf) {

    public HoldingsPreview {
        holdings = List.copyOf(holdings);
        problems = List.copyOf(problems);
        notes = List.copyOf(notes);
        skippedLines = List.copyOf(skippedLines);
        filePrices = Map.copyOf(filePrices);
    }

    public HoldingsPreview(HoldingsFileFormat format, List<ImportedHolding> holdings,
                           List<HoldingProblem> problems, List<String> notes, int dataLines,
                           List<SkippedLine> skippedLines) {
        this(format, holdings, problems, notes, dataLines, skippedLines, Map.of(), null);
    }

    public HoldingsPreview(HoldingsFileFormat format, List<ImportedHolding> holdings,
                           List<HoldingProblem> problems, List<String> notes, int dataLines) {
        this(format, holdings, problems, notes, dataLines, List.of());
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }
}
