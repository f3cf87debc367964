package com.rotationrisk.portfolio;

/** A portfolio in an administrator's reassignment list: whose it is, no client content. */
public record OwnedPortfolio(long id, String clientName, long ownerId, String ownerName) {
}
