package com.rotationrisk.marketdata.importing;

/** Why a data row was rejected. {@code lineNumber} is the 1-based physical line (header = 1). */
public record RowProblem(int lineNumber, String reason) {

    @Override
    public String toString() {
        return "line " + lineNumber + ": " + reason;
    }
}
