package com.rotationrisk.proposal;

/** Someone saved, accepted or rejected the proposal after it was opened; nothing was written. */
public class ConcurrentProposalEditException extends RuntimeException {

    private final StoredProposal current;

    public ConcurrentProposalEditException(StoredProposal current) {
        super(current.updatedByName() + " changed this proposal after you opened it (it is now "
                + current.status().label().toLowerCase(java.util.Locale.ROOT) + "). Reopen it to see their version.");
        this.current = current;
    }

    public StoredProposal current() {
        return current;
    }
}
