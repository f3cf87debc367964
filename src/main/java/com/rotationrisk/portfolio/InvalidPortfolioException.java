package com.rotationrisk.portfolio;

/**
 * A portfolio that cannot be saved as entered. {@link #field()} names the input; for a holding,
 * {@link #row()} is its 0-based row in the holdings grid (-1 otherwise).
 */
public class InvalidPortfolioException extends IllegalArgumentException {

    private final String field;
    private final int row;

    public InvalidPortfolioException(String field, int row, String message) {
        super(message);
        this.field = field;
        this.row = row;
    }

    public String field() {
        return field;
    }

    public int row() {
        return row;
    }
}
