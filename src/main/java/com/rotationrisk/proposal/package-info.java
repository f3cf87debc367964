/**
 * What-if and de-risking proposals: trades an advisor drafts on a portfolio (sell or trim, buy or add, switch, raise
 * cash), applied to its holdings at the valuation date's prices ({@link com.rotationrisk.proposal.TradePlan}), and
 * the portfolio scored before and after by the same engine, scenario set and date
 * ({@link com.rotationrisk.proposal.ProposalService}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Proposals")
package com.rotationrisk.proposal;
