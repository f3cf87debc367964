package com.rotationrisk.portfolio;

import java.util.List;

/** What the editor sends to be saved; validated by {@link PortfolioService}. */
public record PortfolioDraft(String clientName, String baseCurrency, String notes, List<HoldingInput> holdings) {

    public PortfolioDraft {
        holdings = holdings == null ? List.of() : List.copyOf(holdings);
    }
}
