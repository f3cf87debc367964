package com.rotationrisk.portfolio;

/** Whom a grant gives access to. */
public enum GranteeKind {
    /** One person; while they are in another team than the owner, only if the two teams may share. */
    PERSON,
    /** Whoever is in the owner's team now: it follows the owner when they move or the portfolio changes hands. */
    OWNER_TEAM,
    /** Everyone in another named team, while an administrator allows the two teams to share. */
    TEAM
}
