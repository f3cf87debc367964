package com.rotationrisk.report;

import com.rotationrisk.proposal.ProposalComparison;
import com.rotationrisk.proposal.StoredProposal;
import com.rotationrisk.proposal.Trade;
import java.util.List;

/**
 * The proposal a report prints in its {@code proposed-changes} section: as it was when the report was generated
 * (name, status, version, trades) and what its trades do to the report's holdings at the report's date
 * ({@code comparison}), or, when they no longer apply (a regenerated report whose prices changed since),
 * {@code comparison} is null and {@code notComputed} says why.
 */
public record ProposedChanges(long id, String name, StoredProposal.Status status, long version, List<Trade> trades,
                              ProposalComparison comparison, String notComputed) {

    public ProposedChanges {
        trades = List.copyOf(trades);
    }
}
