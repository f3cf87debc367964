package com.rotationrisk.report;

import com.rotationrisk.proposal.StoredProposal;
import com.rotationrisk.proposal.Trade;
import com.rotationrisk.risk.engine.scenario.Scenario;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything a report was made from, stored as JSON with the PDF: holdings, as-of date, the exact
 * scenario definitions and versions, the model version, the template and the people. Regenerating
 * from these gives the same bytes as long as the stored prices up to {@code asOf} are unchanged.
 * {@code rotationSpread} names the spread used (null in archives from before it was recorded: the
 * firm's default then). {@code scenarioSet} names the portfolio's scenario set whose (published) scenarios
 * {@code scenarios} holds (null in archives from before scenario sets). {@code proposal} is the proposal the report
 * printed, as it was then (null: none, and in archives from before proposals), so a regenerated report prints the
 * same trades however the proposal changed since.
 */
record ReportInputs(int format, String templateId, String clientName, String notes, String portfolioOwner,
                    String generatedBy, Instant generatedAt, LocalDate asOf, String modelVersion,
                    List<Holding> holdings, List<Scenario> scenarios, String rotationSpread,
                    String scenarioSet, Proposal proposal) {

    /** {@code filePrice}/{@code filePriceDate}: a broker file's price for an unpriced holding (null in older archives). */
    record Holding(String ticker, double quantity, Double costBasisPerShare, Double filePrice,
                   LocalDate filePriceDate) {
    }

    record Proposal(long id, String name, StoredProposal.Status status, long version, List<ProposalTrade> trades) {
    }

    /** One trade as archived: its own record, so the archive's format does not follow changes to {@link Trade}. */
    record ProposalTrade(Trade.Kind kind, String ticker, String toTicker, Trade.AmountKind amountKind,
                         BigDecimal amount) {

        static ProposalTrade of(Trade t) {
            return new ProposalTrade(t.kind(), t.ticker(), t.toTicker(), t.amountKind(), t.amount());
        }

        Trade trade() {
            return new Trade(kind, ticker, toTicker, amountKind, amount);
        }
    }
}
