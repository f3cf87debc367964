/**
 * The advisor's book at a glance: every portfolio a person may see with its figures, triage counts, filters, one
 * scenario across the whole book and bulk actions. What the dashboard computes (bands, staleness, "severe in any
 * dimension", counts, ranking) lives here; the scoring and the access rules stay in {@code portfolio}
 * ({@link com.rotationrisk.portfolio.PortfolioBook}).
 */
package com.rotationrisk.book;
