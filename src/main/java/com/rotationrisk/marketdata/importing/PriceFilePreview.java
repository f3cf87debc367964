package com.rotationrisk.marketdata.importing;

import java.time.LocalDate;
import java.util.List;

/**
 * Result of parsing a file: the valid bars (ascending by date) and the rejected rows.
 *
 * @param detectedSymbol symbol found in the file (Stooq bulk only), otherwise {@code null}
 * @param problems       rejected rows in file order; capped at
 *                       {@link PriceFileParser#MAX_REPORTED_PROBLEMS} entries
 *                       (use {@link #rejectedCount()} for the true number of rejected rows)
 * @param dataLines      number of non-blank data rows after the header
 * @param firstDate      first valid date, {@code null} when there is no valid bar
 * @param lastDate       last valid date, {@code null} when there is no valid bar
 */
public record PriceFilePreview(PriceFileFormat format, List<String> headers, String detectedSymbol,
                               List<ParsedBar> bars, List<RowProblem> problems, int dataLines,
                               LocalDate firstDate, LocalDate lastDate) {

    public PriceFilePreview {
        headers = List.copyOf(headers);
        bars = List.copyOf(bars);
        problems = List.copyOf(problems);
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }

    public int validCount() {
        return bars.size();
    }

    /** Data rows that did not become a bar (may exceed {@code problems().size()} when capped). */
    public int rejectedCount() {
        return dataLines - bars.size();
    }
}
