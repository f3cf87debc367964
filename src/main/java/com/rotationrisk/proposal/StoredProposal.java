package com.rotationrisk.proposal;

import java.time.Instant;
import java.util.List;

/** A proposal as saved with its portfolio: its trades in order, its state and who did what when. */
public record StoredProposal(long id, long portfolioId, String name, Status status, long version,
                             List<Trade> trades, String updatedByName, Instant updatedAt, String decidedByName,
                             Instant decidedAt) {

    public enum Status {
        DRAFT("Draft"), ACCEPTED("Accepted"), REJECTED("Rejected");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public StoredProposal {
        trades = List.copyOf(trades);
    }
}
