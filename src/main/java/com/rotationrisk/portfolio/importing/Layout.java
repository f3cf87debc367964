package com.rotationrisk.portfolio.importing;

import java.util.List;

/**
 * Resolved column positions (-1 = absent) for one file.
 *
 * @param marketValue Fidelity "Current Value" / Schwab "Mkt Val": the amount for cash rows
 * @param price       Fidelity "Last Price" / Schwab "Price": the file's price per share
 * @param costTotal   Fidelity "Cost Basis Total" / Schwab "Cost Basis" (total cost of the position)
 * @param ignored     header names of columns that are not read (generic layouts only)
 */
record Layout(HoldingsFileFormat format, List<String> headers, int ticker, int quantity, int cost,
              int marketValue, int price, int costTotal, int description, int account, List<String> ignored) {

    static final int ABSENT = -1;

    Layout {
        headers = List.copyOf(headers);
        ignored = List.copyOf(ignored);
    }

    int width() {
        return headers.size();
    }

    String label(int column) {
        return column >= 0 && column < headers.size() ? headers.get(column) : "?";
    }
}
