package com.rotationrisk.portfolio.importing;

import java.util.List;

/** What one row turned into. */
sealed interface RowOutcome {

    /** {@code filePrice}: the file's own price per share (broker exports), {@code null} when it has none. */
    record Accepted(ImportedHolding holding, java.math.BigDecimal filePrice) implements RowOutcome {
    }

    record Rejected(List<String> reasons) implements RowOutcome {
        public Rejected {
            reasons = List.copyOf(reasons);
        }
    }

    /** Not a position and not an error (totals, pending activity, disclaimer text...). */
    record Skipped(String reason) implements RowOutcome {
    }

    static RowOutcome of(int line, String ticker, java.math.BigDecimal quantity, java.math.BigDecimal cost,
                         List<String> problems) {
        if (!problems.isEmpty()) {
            return new Rejected(problems);
        }
        return of(line, ticker, quantity, cost, null, problems);
    }

    static RowOutcome of(int line, String ticker, java.math.BigDecimal quantity, java.math.BigDecimal cost,
                         java.math.BigDecimal filePrice, List<String> problems) {
        if (!problems.isEmpty()) {
            return new Rejected(problems);
        }
        return new Accepted(new ImportedHolding(line, ticker, quantity, cost), filePrice);
    }
}
