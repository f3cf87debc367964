package com.rotationrisk.watch;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The firm's alert rules and the owners' overrides, in plain SQL. */
@Component
class RuleStore {

    private final JdbcTemplate jdbc;

    RuleStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Map<AlertRule, RuleSettings.Setting> defaults() {
        Map<AlertRule, RuleSettings.Setting> out = new EnumMap<>(AlertRule.class);
        jdbc.query("select rule, enabled, threshold from alert_rule_default", rs -> {
            out.put(AlertRule.valueOf(rs.getString(1)), new RuleSettings.Setting(rs.getBoolean(2), rs.getDouble(3),
                    false));
        });
        return out;
    }

    /** Each portfolio's settings: the defaults with its overrides applied. */
    Map<Long, RuleSettings> effective(Collection<Long> portfolioIds) {
        Map<AlertRule, RuleSettings.Setting> defaults = defaults();
        Map<Long, Map<AlertRule, RuleSettings.Setting>> overrides = new HashMap<>();
        List<Long> ids = List.copyOf(portfolioIds);
        for (int from = 0; from < ids.size(); from += 500) {
            List<Long> part = ids.subList(from, Math.min(ids.size(), from + 500));
            jdbc.query("select portfolio_id, rule, enabled, threshold from alert_rule_override where portfolio_id in ("
                    + SnapshotStore.marks(part.size()) + ")", rs -> {
                        overrides.computeIfAbsent(rs.getLong(1), k -> new EnumMap<>(AlertRule.class))
                                .put(AlertRule.valueOf(rs.getString(2)), new RuleSettings.Setting(rs.getBoolean(3),
                                        rs.getDouble(4), true));
                    }, part.toArray());
        }
        Map<Long, RuleSettings> out = new HashMap<>();
        for (long id : ids) {
            Map<AlertRule, RuleSettings.Setting> merged = new EnumMap<>(defaults);
            merged.putAll(overrides.getOrDefault(id, Map.of()));
            out.put(id, new RuleSettings(merged));
        }
        return out;
    }

    void saveDefaults(Map<AlertRule, RuleSettings.Setting> settings, long by, Instant at) {
        settings.forEach((rule, s) -> jdbc.update("update alert_rule_default set enabled = ?, threshold = ?,"
                + " updated_at = ?, updated_by = ? where rule = ?", s.enabled(), s.threshold(), Timestamp.from(at), by,
                rule.name()));
    }

    /** Replaces a portfolio's overrides with {@code overrides} (rules left out follow the firm again). */
    void saveOverrides(long portfolioId, Map<AlertRule, RuleSettings.Setting> overrides, long by, Instant at) {
        jdbc.update("delete from alert_rule_override where portfolio_id = ?", portfolioId);
        List<Object[]> rows = new ArrayList<>();
        overrides.forEach((rule, s) -> rows.add(new Object[] {portfolioId, rule.name(), s.enabled(), s.threshold(),
                Timestamp.from(at), by}));
        jdbc.batchUpdate("insert into alert_rule_override (portfolio_id, rule, enabled, threshold, updated_at,"
                + " updated_by) values (?, ?, ?, ?, ?, ?)", rows);
    }
}
