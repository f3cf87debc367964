package com.rotationrisk.risk;

import com.rotationrisk.audit.AuditAction;
import com.rotationrisk.audit.AuditTrail;
import com.rotationrisk.risk.engine.scenario.Scenario;
import com.rotationrisk.risk.engine.scenario.Shock;
import com.rotationrisk.security.CurrentUser;
import com.rotationrisk.security.SignedInUser;
import java.util.ArrayList;
import java.util.HashMap;
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
 * Stress scenarios. Published scenarios (every built-in, and what advisors published) are read by everyone and never
 * change; a draft is its author's: readable by the author's team, edited, published or deleted only by the author or
 * an ADMIN. Only published scenarios can be in a portfolio's {@link ScenarioSet}, so a draft never changes numbers
 * anyone else sees, or any client document. Every method checks the caller; every change is in the audit trail.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class ScenarioService {

    static final int MAX_SHOCKS = 200;
    static final String COPY_PREFIX = "Copy of ";

    private final StoredScenarioRepository scenarios;
    private final CurrentUser currentUser;
    private final AuditTrail trail;
    private final ShockKeys shockKeys;

    ScenarioService(StoredScenarioRepository scenarios, CurrentUser currentUser, AuditTrail trail,
                    ShockKeys shockKeys) {
        this.scenarios = scenarios;
        this.currentUser = currentUser;
        this.trail = trail;
        this.shockKeys = shockKeys;
    }

    @Transactional(readOnly = true)
    public List<ScenarioView> visibleScenarios() {
        SignedInUser me = currentUser.require();
        List<StoredScenario> visible = me.isAdmin() ? scenarios.findAllInOrder()
                : scenarios.findVisible(currentUser.teamMemberIds());
        return views(visible, me);
    }

    /** Every published scenario, for choosing what to add to a portfolio's set. */
    @Transactional(readOnly = true)
    public List<ScenarioView> publishedScenarios() {
        SignedInUser me = currentUser.require();
        return views(scenarios.findByStatusInOrder(ScenarioStatus.PUBLISHED), me);
    }

    @Transactional(readOnly = true)
    public ScenarioView get(long id) {
        SignedInUser me = currentUser.require();
        StoredScenario s = readable(id, me);
        return view(s, me, currentUser.displayNames(s.getOwnerId() == null ? List.of() : List.of(s.getOwnerId())));
    }

    /** The firm default set alone: what a portfolio is stressed under when nothing was added to it. */
    @Transactional(readOnly = true)
    public List<Scenario> firmDefaultScenarios() {
        currentUser.require();
        return firmDefault().stream().map(ScenarioSet.Member::scenario).toList();
    }

    /**
     * A portfolio's scenario set: the firm default set plus those of {@code addedIds} that are published and not
     * already firm defaults (in the given order). Who asks makes no difference, so the portfolio module must check
     * that the caller may read the portfolio before it asks.
     */
    @Transactional(readOnly = true)
    public ScenarioSet scenarioSet(List<Long> addedIds) {
        currentUser.requirePersonOrSystem();
        List<ScenarioSet.Member> defaults = firmDefault();
        Map<Long, StoredScenario> byId = new HashMap<>();
        scenarios.findAllById(addedIds).forEach(s -> byId.put(s.getId(), s));
        List<ScenarioSet.Member> added = addedIds.stream().distinct().map(byId::get)
                .filter(s -> s != null && s.isPublished() && !s.isFirmDefault())
                .map(ScenarioService::member).toList();
        return new ScenarioSet(defaults, added);
    }

    /**
     * The scenario a portfolio's owner or editor wants to add to its set: it must be published and not a firm
     * default already; otherwise an {@link InvalidScenarioException} on field {@code scenario} says why.
     */
    @Transactional(readOnly = true)
    public ScenarioSet.Member addable(long id) {
        SignedInUser me = currentUser.require();
        StoredScenario s = readable(id, me);
        if (!s.isPublished()) {
            throw new InvalidScenarioException("scenario", "\"" + s.getName() + "\" is a draft. Only published "
                    + "scenarios can be added to a portfolio's scenario set; its author can publish it first.");
        }
        if (s.isFirmDefault()) {
            throw new InvalidScenarioException("scenario", "\"" + s.getName() + "\" is in the firm default set "
                    + "already, so every portfolio uses it.");
        }
        return member(s);
    }

    /**
     * The content a copy of the scenario would start with ("Copy of …"). Stores nothing: the copy exists only once
     * the user saves it with {@link #saveCopy(long, ScenarioDraft)}, so cancelling the copy dialog leaves no trace.
     */
    @Transactional(readOnly = true)
    public ScenarioDraft prepareCopy(long id) {
        SignedInUser me = currentUser.require();
        ScenarioDraft d = readable(id, me).draft();
        String name = COPY_PREFIX + d.name();
        return new ScenarioDraft(name.length() > 120 ? name.substring(0, 120) : name, d.description(),
                d.analogStart(), d.analogEnd(), d.marketShockPct(), d.spreadShockPct(), d.spreadGivesBackYtd(),
                d.policyScenario(), d.shocks());
    }

    /** Stores a new draft of the caller's: the source's content under {@code newName} ("Copy of …" when blank). */
    @Transactional
    public ScenarioView copy(long id, String newName) {
        ScenarioDraft d = prepareCopy(id);
        String name = newName == null || newName.isBlank() ? d.name() : newName;
        return saveCopy(id, new ScenarioDraft(name, d.description(), d.analogStart(), d.analogEnd(), d.marketShockPct(),
                d.spreadShockPct(), d.spreadGivesBackYtd(), d.policyScenario(), d.shocks()));
    }

    /** Stores a new draft of the caller's with the given content, based on scenario {@code id}. */
    @Transactional
    public ScenarioView saveCopy(long id, ScenarioDraft content) {
        SignedInUser me = currentUser.require();
        StoredScenario source = readable(id, me);
        ScenarioDraft valid = validate(content);
        String code = "user-" + UUID.randomUUID().toString().substring(0, 8);
        StoredScenario copy = scenarios.save(StoredScenario.draftFrom(source, code, valid, me.id()));
        record(me, AuditAction.SCENARIO_CREATED, "Draft " + named(copy) + " created from " + named(source));
        return view(copy, me, Map.of(me.id(), me.displayName()));
    }

    /**
     * Saves new content of a draft. {@code expectedVersion} is the version the editor started from: if someone
     * saved in between, nothing is written and the caller is told.
     */
    @Transactional
    public ScenarioView update(long id, ScenarioDraft draft, int expectedVersion) {
        SignedInUser me = currentUser.require();
        StoredScenario s = readable(id, me);
        requireEditable(s, me);
        requireVersion(s, expectedVersion);
        s.edit(validate(draft));
        record(me, AuditAction.SCENARIO_CHANGED, "Draft " + named(s) + " saved");
        return view(s, me, owners(s, me));
    }

    /** Publishes a draft as it is stored. */
    @Transactional
    public ScenarioView publish(long id, int expectedVersion) {
        SignedInUser me = currentUser.require();
        return publish(id, readable(id, me).draft(), expectedVersion);
    }

    /**
     * Saves {@code content} into the draft and publishes it, or writes nothing: the name must be the scenario's
     * own (not "Copy of …", not the name of another published scenario). From then on the scenario never changes.
     */
    @Transactional
    public ScenarioView publish(long id, ScenarioDraft content, int expectedVersion) {
        SignedInUser me = currentUser.require();
        StoredScenario s = readable(id, me);
        requireEditable(s, me);
        requireVersion(s, expectedVersion);
        ScenarioDraft valid = validate(content);
        requirePublishableName(valid.name(), s.getId());
        if (!valid.equals(s.draft())) {
            s.edit(valid);
        }
        s.publish(me.id());
        record(me, AuditAction.SCENARIO_PUBLISHED, named(s) + " published");
        return view(s, me, owners(s, me));
    }

    /** Puts a published scenario into the firm default set (every portfolio uses it) or takes it out. ADMIN only. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public ScenarioView setFirmDefault(long id, boolean inDefaultSet) {
        SignedInUser me = currentUser.require();
        StoredScenario s = readable(id, me);
        if (s.isBuiltIn()) {
            throw new InvalidScenarioException("firmDefault", "Built-in scenarios are always in the firm default set.");
        }
        if (!s.isPublished()) {
            throw new InvalidScenarioException("firmDefault", "Publish the scenario before it joins the firm default set.");
        }
        if (s.isFirmDefault() != inDefaultSet) {
            record(me, AuditAction.SCENARIO_CHANGED, named(s) + (inDefaultSet ? " added to" : " taken out of")
                    + " the firm default set");
        }
        s.markFirmDefault(inDefaultSet);
        return view(s, me, owners(s, me));
    }

    /** Deletes a draft (its author or an ADMIN); published scenarios stay, since portfolios and reports use them. */
    @Transactional
    public void delete(long id) {
        SignedInUser me = currentUser.require();
        StoredScenario s = readable(id, me);
        requireEditable(s, me);
        record(me, AuditAction.SCENARIO_DELETED, "Draft " + named(s) + " deleted");
        scenarios.delete(s);
    }

    private void record(SignedInUser me, AuditAction action, String detail) {
        trail.record(action, me.auditActor(), null, detail);
    }

    private static String named(StoredScenario s) {
        return "\"" + s.getName() + "\" (id " + s.getId() + ", " + s.getCode() + ")";
    }

    /**
     * A published scenario (built-in or not, in the firm default set or not) to run across a book; a draft is refused
     * with an {@link InvalidScenarioException} on field {@code scenario}.
     */
    @Transactional(readOnly = true)
    public ScenarioSet.Member published(long id) {
        SignedInUser me = currentUser.require();
        StoredScenario s = readable(id, me);
        if (!s.isPublished()) {
            throw new InvalidScenarioException("scenario", "\"" + s.getName() + "\" is a draft. Only published "
                    + "scenarios can be run across a book.");
        }
        return member(s);
    }

    private List<ScenarioSet.Member> firmDefault() {
        return scenarios.findByStatusInOrder(ScenarioStatus.PUBLISHED).stream().filter(StoredScenario::isFirmDefault)
                .map(ScenarioService::member).toList();
    }

    private static ScenarioSet.Member member(StoredScenario s) {
        return new ScenarioSet.Member(s.getId(), s.toEngine());
    }

    private StoredScenario readable(long id, SignedInUser me) {
        StoredScenario s = scenarios.findById(id).orElseThrow(() -> new AccessDeniedException("No such scenario"));
        if (!s.isPublished() && !me.isAdmin() && !currentUser.teamMemberIds().contains(s.getOwnerId())) {
            // Same answer as for a missing id: do not reveal other teams' drafts.
            throw new AccessDeniedException("No such scenario");
        }
        return s;
    }

    private static void requireEditable(StoredScenario s, SignedInUser me) {
        if (s.isBuiltIn()) {
            throw new InvalidScenarioException("builtIn", "Built-in scenarios are read-only. Copy it to change it.");
        }
        if (s.isPublished()) {
            throw new InvalidScenarioException("status", "Published scenarios are read-only: portfolios and client "
                    + "documents use them. Copy it to make a new draft.");
        }
        if (!me.isAdmin() && (s.getOwnerId() == null || s.getOwnerId() != me.id())) {
            throw new AccessDeniedException("Only the scenario's author may change it");
        }
    }

    private static void requireVersion(StoredScenario s, int expectedVersion) {
        if (s.getVersion() != expectedVersion) {
            throw new InvalidScenarioException("version", "This scenario was changed meanwhile (now version "
                    + s.getVersion() + "). Reload it and apply your change again.");
        }
    }

    private void requirePublishableName(String name, long selfId) {
        if (name.regionMatches(true, 0, COPY_PREFIX.trim(), 0, COPY_PREFIX.trim().length())) {
            throw new InvalidScenarioException("name", "Give the scenario a name of its own before publishing: "
                    + "a name starting with \"Copy of\" would reach client documents.");
        }
        String key = nameKey(name);
        scenarios.findByStatusInOrder(ScenarioStatus.PUBLISHED).stream()
                .filter(p -> p.getId() != selfId && nameKey(p.getName()).equals(key)).findFirst()
                .ifPresent(p -> {
                    throw new InvalidScenarioException("name", "A published scenario is already called \""
                            + p.getName() + "\". Choose another name.");
                });
    }

    /** Names compare without case and with runs of spaces as one. */
    private static String nameKey(String name) {
        return name.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private ScenarioDraft validate(ScenarioDraft d) {
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
        List<Shock> shocks = new ArrayList<>(d.shocks().size());
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
            String key = shockKeys.canonical(s.target(), s.key()).orElseThrow(() -> new InvalidScenarioException(
                    "shocks", where + ": " + shockKeys.whyUnknown(s.target(), s.key().strip())));
            if (!seen.add(s.target() + "|" + key.toLowerCase(Locale.ROOT))) {
                throw new InvalidScenarioException("shocks", where + ": " + label(s) + " '" + key
                        + "' is shocked twice.");
            }
            shocks.add(new Shock(s.target(), key, s.pct()));
        }
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

    private List<ScenarioView> views(List<StoredScenario> list, SignedInUser me) {
        Map<Long, String> owners = currentUser.displayNames(list.stream()
                .map(StoredScenario::getOwnerId).filter(Objects::nonNull).distinct().toList());
        return list.stream().map(s -> view(s, me, owners)).toList();
    }

    private Map<Long, String> owners(StoredScenario s, SignedInUser me) {
        if (s.getOwnerId() == null) {
            return Map.of();
        }
        return s.getOwnerId() == me.id() ? Map.of(me.id(), me.displayName())
                : currentUser.displayNames(List.of(s.getOwnerId()));
    }

    private static ScenarioView view(StoredScenario s, SignedInUser me, Map<Long, String> owners) {
        boolean editable = !s.isBuiltIn() && !s.isPublished()
                && (me.isAdmin() || (s.getOwnerId() != null && s.getOwnerId() == me.id()));
        return new ScenarioView(s.getId(), s.getCode(), s.getVersion(), s.isBuiltIn(),
                s.getOwnerId() == null ? "built-in" : owners.getOrDefault(s.getOwnerId(), "unknown"),
                s.getBasedOnCode(), s.getUpdatedAt(), editable, s.draft(), s.getStatus(), s.isFirmDefault());
    }
}
