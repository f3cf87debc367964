package com.rotationrisk.watch;

import com.rotationrisk.audit.AuditAction;
import com.rotationrisk.audit.AuditTrail;
import com.rotationrisk.portfolio.PortfolioReaders;
import com.rotationrisk.security.CurrentUser;
import com.rotationrisk.security.SignedInUser;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The alert rules people see and change: an administrator sets the firm's defaults; a portfolio's owner may override
 * them for that portfolio; anyone who may read the portfolio sees what applies to it. Every threshold is checked
 * against its rule's bounds, all at once, and nothing is saved while one is wrong.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class AlertRules {

    private final RuleStore store;
    private final PortfolioReaders readers;
    private final CurrentUser currentUser;
    private final AuditTrail audit;
    private final Clock clock;

    AlertRules(RuleStore store, PortfolioReaders readers, CurrentUser currentUser, AuditTrail audit, Clock clock) {
        this.store = store;
        this.readers = readers;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public RuleSettings firmDefaults() {
        currentUser.require();
        return new RuleSettings(store.defaults());
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void saveFirmDefaults(Map<AlertRule, RuleSettings.Setting> settings) {
        SignedInUser me = currentUser.require();
        validate(settings);
        store.saveDefaults(settings, me.id(), clock.instant());
        audit.record(AuditAction.ALERT_RULES_CHANGED, me.auditActor(), null, "Firm defaults: " + describe(settings));
    }

    /** What applies to a portfolio the caller may read (overridden rules say so). */
    @Transactional(readOnly = true)
    public RuleSettings forPortfolio(long portfolioId) {
        readers.requireRead(portfolioId);
        return store.effective(List.of(portfolioId)).get(portfolioId);
    }

    /** The owner's overrides for one portfolio; rules left out follow the firm's defaults. */
    @Transactional
    public void saveOverrides(long portfolioId, Map<AlertRule, RuleSettings.Setting> overrides) {
        SignedInUser me = currentUser.require();
        readers.requireOwner(portfolioId);
        validate(overrides);
        store.saveOverrides(portfolioId, overrides, me.id(), clock.instant());
        audit.record(AuditAction.ALERT_RULES_CHANGED, me.auditActor(), portfolioId, overrides.isEmpty()
                ? "Follows the firm's alert rules again" : "Overrides: " + describe(overrides));
    }

    private static void validate(Map<AlertRule, RuleSettings.Setting> settings) {
        Map<String, String> problems = new LinkedHashMap<>();
        settings.forEach((rule, s) -> {
            String refusal = s == null ? "Missing setting." : rule.refusal(s.threshold());
            if (refusal != null) {
                problems.put("threshold." + rule.name(), refusal);
            }
        });
        if (!problems.isEmpty()) {
            throw new InvalidAlertSettingsException(problems);
        }
    }

    private static String describe(Map<AlertRule, RuleSettings.Setting> settings) {
        StringBuilder out = new StringBuilder();
        new java.util.TreeMap<>(settings).forEach((rule, s) -> out.append(out.isEmpty() ? "" : "; ").append(rule.name())
                .append(s.enabled() ? " on at " + AlertRule.number(s.threshold()) : " off"));
        return out.toString();
    }
}
