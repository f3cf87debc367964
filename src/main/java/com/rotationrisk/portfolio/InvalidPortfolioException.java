package com.rotationrisk.portfolio;

import java.util.List;

/**
 * A portfolio that cannot be saved as entered. {@link #field()} names the input; for a holding,
 * {@link #row()} is its 0-based row in the holdings grid (-1 otherwise).
 */
public class InvalidPortfolioException extends IllegalArgumentException {

    private final String field;
    private final int row;
    private final List<PortfolioRules.Problem> problems;

    public InvalidPortfolioException(String field, int row, String message) {
        this(List.of(new PortfolioRules.Problem(field, row, message)));
    }

    /** Every problem of a draft; the message, field and row are the first one's. */
    public InvalidPortfolioException(List<PortfolioRules.Problem> problems) {
        super(problems.getFirst().message());
        this.field = problems.getFirst().field();
        this.row = problems.getFirst().row();
        this.problems = List.copyOf(problems);
    }

    public List<PortfolioRules.Problem> problems() {
        return problems;
    }

    public String field() {
        return field;
    }

    public int row() {
        return row;
    }
}
