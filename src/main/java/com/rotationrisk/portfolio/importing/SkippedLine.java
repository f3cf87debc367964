package com.rotationrisk.portfolio.importing;

/**
 * A line that is deliberately not a position (broker title, totals, pending activity, disclaimer
 * footer...). Not an error: shown to the user only as "n lines skipped" with these reasons.
 */
public record SkippedLine(int lineNumber, String reason) {

    @Override
    public String toString() {
        return "line " + lineNumber + ": " + reason;
    }
}
