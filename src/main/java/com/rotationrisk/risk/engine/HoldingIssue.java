package com.rotationrisk.risk.engine;

/** A problem with one holding's input, named so an advisor can fix it. */
public record HoldingIssue(String ticker, IssueCode code, String message) {

    public enum IssueCode {
        UNKNOWN_TICKER, NO_PRICE_DATA, DUPLICATE_TICKER, NON_POSITIVE_QUANTITY, NO_DATA_BEFORE_AS_OF,
        AS_OF_NOT_A_TRADING_DAY, STALE_PRICE, BENCHMARK_MISSING, INSUFFICIENT_HISTORY
    }
}
