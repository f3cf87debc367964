package com.rotationrisk.portfolio;

import java.util.List;

/** Who has access to a portfolio, as its readers see it; only the owner ({@code yourRole} OWNER) may change it. */
public record SharingOverview(long portfolioId, String clientName, AccessRole yourRole, boolean viewersMayCopy,
                              List<AccessEntry> entries) {
}
