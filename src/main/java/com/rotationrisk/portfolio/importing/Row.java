package com.rotationrisk.portfolio.importing;

import java.util.List;

/**
 * One non-blank record with the physical line it starts on (1-based). Cells are trimmed (also of
 * non-breaking spaces). {@code afterBlank} is true when a blank line came right before it.
 */
record Row(int lineNumber, List<String> cells, boolean afterBlank) {

    String cell(int column) {
        return column >= 0 && column < cells.size() ? cells.get(column) : "";
    }

    int nonBlankCount() {
        int n = 0;
        for (String cell : cells) {
            if (!cell.isEmpty()) {
                n++;
            }
        }
        return n;
    }

    /** Number of cells without trailing empty ones (Fidelity ends every data row with a comma). */
    int width() {
        int end = cells.size();
        while (end > 0 && cells.get(end - 1).isEmpty()) {
            end--;
        }
        return end;
    }
}
