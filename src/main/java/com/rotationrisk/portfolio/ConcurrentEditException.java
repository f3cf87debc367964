package com.rotationrisk.portfolio;

import java.util.List;

/**
 * Someone saved the portfolio after the editor opened it. Nothing was written; {@link #current()}
 * is what is stored now and {@link #theirChanges()} says, line by line, what that person changed.
 */
public class ConcurrentEditException extends RuntimeException {

    private final PortfolioDetails current;
    private final List<String> theirChanges;

    public ConcurrentEditException(PortfolioDetails current, List<String> theirChanges) {
        super(current.updatedByName() + " saved this portfolio after you opened it");
        this.current = current;
        this.theirChanges = List.copyOf(theirChanges);
    }

    public PortfolioDetails current() {
        return current;
    }

    public List<String> theirChanges() {
        return theirChanges;
    }
}
