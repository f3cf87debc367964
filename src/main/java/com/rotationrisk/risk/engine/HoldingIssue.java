package com.rotationrisk.risk.engine;

/** A problem with one holding's input, named so an advisor can fix it. */
public record HoldingIssue(String ticker, IssueCode code, String message) {

    public enum IssueCode {
        UNKNOWN_TICKER("Not a known instrument"),
        NO_PRICE_DATA("No price history"),
        DUPLICATE_TICKER("Listed twice"),
        NON_POSITIVE_QUANTITY("Quantity not positive"),
        NO_DATA_BEFORE_AS_OF("No price by this date"),
        AS_OF_NOT_A_TRADING_DAY("Earlier close used"),
        STALE_PRICE("Price too old"),
        BENCHMARK_MISSING("Benchmark missing"),
        INSUFFICIENT_HISTORY("History too short");

        private final String label;

        IssueCode(String label) {
            this.label = label;
        }

        /** Words for readers; the code itself never reaches a screen or a report. */
        public String label() {
            return label;
        }
    }
}
