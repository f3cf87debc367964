package com.rotationrisk.proposal;

import com.rotationrisk.portfolio.PortfolioPurged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** A purged portfolio's proposals go with it, in the purge's transaction (the purge runs as nobody: no access check). */
@Component
class ProposalRetention {

    private final ProposalStore store;

    ProposalRetention(ProposalStore store) {
        this.store = store;
    }

    @EventListener
    void forget(PortfolioPurged purged) {
        store.forget(purged.portfolioId());
    }
}
