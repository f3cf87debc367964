package com.rotationrisk.proposal;

import java.util.List;

/** A proposal whose trades cannot be applied, with every problem by trade (index -1: the proposal as a whole). */
public class InvalidProposalException extends IllegalArgumentException {

    private final List<TradePlan.Problem> problems;

    public InvalidProposalException(List<TradePlan.Problem> problems) {
        super(problems.getFirst().message());
        this.problems = List.copyOf(problems);
    }

    public List<TradePlan.Problem> problems() {
        return problems;
    }
}
