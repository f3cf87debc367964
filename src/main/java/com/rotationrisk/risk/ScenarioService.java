package com.rotationrisk.risk;

import com.rotationrisk.risk.engine.scenario.Scenario;
import com.rotationrisk.risk.engine.scenario.Shock;
import com.rotationrisk.security.CurrentUser;
import com.rotationrisk.security.SignedInUser;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stress scenarios. Everyone reads the built-in ones; an advisor's own copies are visible to their
 * team and editable only by them. Every method checks the caller; built-ins are never edited in place.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class ScenarioService {

    static final int MAX_SHOCKS = 200;

    private final StoredScenarioRepository scenarios;
    private final CurrentUser currentUser;

    ScenarioService(StoredScenarioRepository scenarios, CurrentUser currentUser) {
        this.scenarios = scenarios;
        this.currentUser = currentUser;
    }

    @Transactional(readOnly = true)
    public List<ScenarioView> visibleScenarios() {
        SignedInUser me = currentUser.require();
        List<StoredScenario> visible = scenarios.findVisible(currentUser.teamMemberIds());
        Map<Long, String> owners = currentUser.displayNames(visible.stream()
                .map(StoredScenario::getOwnerId).filter(Objects::nonNull).distinct().toList());
        return visible.stream().map(s -> view(s, me, owners)).toList();
    }

    @Transactional(readOnly = true)
    public ScenarioView get(long id) {
        SignedInUser me = currentUser.require();
        StoredScenario s = readable(id, me);
        return view(s, me, currentUser.displayNames(s.getOwnerId() == null ? List.of() : List.of(s.getOwnerId())));
    }

    /** The scenarios a portfolio is stressed under: the built-ins and the caller's own. */
    @Transactional(readOnly = true)
    public List<Scenario> activeScenarios() {
        SignedInUser me = currentUser.require();
        return scenarios.findVisible(List.of(me.id())).stream().map(StoredScenario::toEngine).toList();
    }

    @Transactional
    public ScenarioView copy(long id, String newName) {
        SignedInUser me = currentUser.require();
        StoredScenario source = readable(id, me);
        String name = requireName(newName == null || newName.isBlank() ? "Copy of " + source.draft().name() : newName);
        String code = "user-" + UUID.randomUUID().toString().substring(0, 8);
        StoredScenario copy = scenarios.save(StoredScenario.copyOf(source, code, name, me.id()));
        return view(copy, me, Map.of(me.id(), me.displayName()));
    }

    /**
     * Saves new content. {@code expectedVersion} is the version the editor started from: if someone
     * saved in between, nothing is written and the caller is told.
     */
    @Transactional
    public ScenarioView update(long id, ScenarioDraft draft, int expectedVersion) {
        SignedInUser me = currentUser.require();
        StoredScenario s = readable(id, me);
        requireEditable(s, me);
        if (s.getVersion() != expectedVersion) {
            throw new InvalidScenarioException("version", "This scenario was changed meanwhile (now version "
                    + s.getVersion() + "). Reload it and apply your change again.");
        }
        s.edit(validate(draft));
        return view(s, me, Map.of(me.id(), me.displayName()));
    }

    @Transactional
    public void delete(long id) {
        SignedInUser me = currentUser.require();
        StoredScenario s = readable(id, me);
        requireEditable(s, me);
        scenarios.delete(s);
    }

    private StoredScenario readable(long id, SignedInUser me) {
        StoredScenario s = scenarios.findById(id).orElseThrow(() -> new AccessDeniedException("No such scenario"));
        if (!s.isBuiltIn() && !currentUser.teamMemberIds().contains(s.getOwnerId())) {
            // Same answer as for a missing id: do not reveal other teams' scenarios.
            throw new AccessDeniedException("No such scenario");
        }
        return s;
    }

    private static void requireEditable(StoredScenario s, SignedInUser me) {
        if (s.isBuiltIn()) {
            throw new InvalidScenarioException("builtIn", "Built-in scenarios are read-only. Copy it to change it.");
        }
        if (s.getOwnerId() == null || s.getOwnerId() != me.id()) {
            throw new AccessDeniedException("Only the scenario's owner may change it");
        }
    }

    static ScenarioDraft validate(ScenarioDraft d) {
        String name = requireName(d.name());
        if (d.description() != null && d.description().length() > 2000) {
            throw new InvalidScenarioException("description", "The description must be at most 2,000 characters.");
        }
        if ((d.analogStart() == null) != (d.analogEnd() == null)) {
            throw new InvalidScenarioException("analogEnd", "Give both ends of the analog window, or neither.");
        }
        if (d.analogStart() != null && d.analogStart().isAfter(d.analogEnd())) {
            throw new InvalidScenarioException("analogEnd", "The analog window must end on or after its start.");
        }
        requirePct("marketShockPct", "The market shock", d.marketShockPct());
        requirePct("spreadShockPct", "The spread shock", d.spreadShockPct());
        if (d.shocks().size() > MAX_SHOCKS) {
            throw new InvalidScenarioException("shocks", "A scenario has at most " + MAX_SHOCKS + " direct shocks.");
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < d.shocks().size(); i++) {
            Shock s = d.shocks().get(i);
            String where = "Shock " + (i + 1);
            if (s.target() == null) {
                throw new InvalidScenarioException("shocks", where + ": choose what it applies to.");
            }
            if (s.key() == null || s.key().isBlank() || s.key().length() > 150) {
                throw new InvalidScenarioException("shocks", where + ": name the " + label(s) + " (at most 150 characters).");
            }
            requirePct("shocks", where, s.pct());
            if (!seen.add(s.target() + "|" + s.key().trim().toLowerCase(Locale.ROOT))) {
                throw new InvalidScenarioException("shocks", where + ": " + label(s) + " '" + s.key().trim()
                        + "' is shocked twice.");
            }
        }
        List<Shock> shocks = d.shocks().stream().map(s -> new Shock(s.target(), s.key().trim(), s.pct())).toList();
        return new ScenarioDraft(name, d.description() == null ? null : d.description().trim(), d.analogStart(),
                d.analogEnd(), d.marketShockPct(), d.spreadShockPct(), d.spreadGivesBackYtd(), d.policyScenario(),
                shocks);
    }

    private static String label(Shock s) {
        return s.target().name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private static void requirePct(String field, String what, double pct) {
        if (!Double.isFinite(pct) || pct < -100 || pct > 100) {
            throw new InvalidScenarioException(field, what + " must be a percentage between -100 and 100.");
        }
    }

    private static String requireName(String raw) {
        String name = raw == null ? "" : raw.trim();
        if (name.isEmpty()) {
            throw new InvalidScenarioException("name", "Give the scenario a name.");
        }
        if (name.length() > 120) {
            throw new InvalidScenarioException("name", "The name must be at most 120 characters.");
        }
        return name;
    }

    private static ScenarioView view(StoredScenario s, SignedInUser me, Map<Long, String> owners) {
        boolean editable = !s.isBuiltIn() && s.getOwnerId() != null && s.getOwnerId() == me.id();
        return new ScenarioView(s.getId(), s.getCode(), s.getVersion(), s.isBuiltIn(),
                s.getOwnerId() == null ? "built-in" : owners.getOrDefault(s.getOwnerId(), "unknown"),
                s.getBasedOnCode(), s.getUpdatedAt(), editable, s.draft());
    }
}
