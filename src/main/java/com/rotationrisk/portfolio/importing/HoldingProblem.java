package com.rotationrisk.portfolio.importing;

/** Why a row was rejected. {@code lineNumber} is the 1-based physical line of the file. */
public record HoldingProblem(int lineNumber, String reason) {

    @Override
    public String toString() {
        return "line " + lineNumber + ": " + reason;
    }
}
