package com.rotationrisk.spreadsheet;

/**
 * Makes text safe to put in a cell of a file that people open in a spreadsheet (OWASP "CSV injection"): a cell
 * starting with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return would be run as a formula
 * (e.g. {@code =HYPERLINK(...)} that sends data elsewhere), so it gets a leading single quote, which spreadsheets
 * show as text. Quoting the cell for CSV is the CSV writer's job, not this one's.
 */
public final class SpreadsheetSafe {

    static final String FORMULA_STARTS = "=+-@\t\r";

    private SpreadsheetSafe() {
    }

    /** {@code text} with a leading {@code '} when a spreadsheet would read it as a formula; null stays null. */
    public static String cell(String text) {
        if (text == null || text.isEmpty() || FORMULA_STARTS.indexOf(text.charAt(0)) < 0) {
            return text;
        }
        return "'" + text;
    }
}
