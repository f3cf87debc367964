package com.rotationrisk.audit;

/**
 * Everything the audit trail records. The constant's name is what is stored; the first group keeps the names
 * written before this list existed.
 */
public enum AuditAction {
    CREATE("Portfolio created"),
    SAVE("Portfolio changed"),
    DUPLICATE("Portfolio duplicated"),
    DELETE("Portfolio deleted"),
    SHARE("Portfolio shared"),
    ADD_SCENARIO("Scenario added to portfolio"),
    REMOVE_SCENARIO("Scenario removed from portfolio"),
    INSTRUMENT_ADDED("Instrument added"),
    PRICES_IMPORTED("Prices imported"),
    PRICES_FETCHED("Prices fetched"),

    SHARE_ROLE_CHANGED("Share role changed"),
    SHARE_REVOKED("Share revoked"),
    OWNERSHIP_TRANSFERRED("Ownership transferred"),
    COPYING_CHANGED("Copying by viewers allowed or stopped"),
    PORTFOLIO_RESTORED("Deleted portfolio restored"),
    PORTFOLIO_PURGED("Deleted portfolio purged after retention"),

    SIGN_IN("Signed in"),
    SIGN_IN_FAILED("Sign-in failed"),
    SIGN_OUT("Signed out"),
    PASSWORD_CHANGED("Own password changed"),
    PASSWORD_RESET("Password reset by an administrator"),
    USER_CREATED("User created"),
    USER_ENABLED("User enabled"),
    USER_DISABLED("User disabled"),
    USER_ASSIGNED("Role, team or permission changed"),
    TEAM_CREATED("Team created"),
    CROSS_TEAM_SHARING_ALLOWED("Cross-team sharing allowed"),
    CROSS_TEAM_SHARING_WITHDRAWN("Cross-team sharing withdrawn"),

    SCENARIO_CREATED("Scenario created"),
    SCENARIO_CHANGED("Scenario changed"),
    SCENARIO_PUBLISHED("Scenario published"),
    SCENARIO_DELETED("Scenario deleted"),
    INSTRUMENT_CHANGED("Instrument changed"),

    REPORT_GENERATED("Report generated"),
    REPORT_DOWNLOADED("Archived report downloaded"),
    REPORT_REGENERATED("Archived report regenerated"),
    AUDIT_EXPORTED("Audit trail exported"),

    ALERT_RULES_CHANGED("Alert rules changed"),
    ALERT_DELIVERY_CHANGED("Alert e-mail settings changed"),

    PROPOSAL_SAVED("Proposal saved"),
    PROPOSAL_ACCEPTED("Proposal accepted and applied"),
    PROPOSAL_REJECTED("Proposal rejected");

    private final String label;

    AuditAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
