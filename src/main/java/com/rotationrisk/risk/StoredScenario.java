package com.rotationrisk.risk;

import com.rotationrisk.risk.engine.scenario.Scenario;
import com.rotationrisk.risk.engine.scenario.Shock;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

@Entity
@Table(name = "scenario")
class StoredScenario {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String code;

    /** Bumped by every edit, so a result can cite the exact scenario; also guards against lost updates. */
    private int version;

    private String name;
    private String description;
    private LocalDate analogStart;
    private LocalDate analogEnd;
    private double marketShockPct;
    private double spreadShockPct;
    private boolean spreadGivesBackYtd;
    private boolean policyScenario;
    private boolean builtIn;
    private Long ownerId;
    private String basedOnCode;
    private Instant createdAt;
    private Instant updatedAt;

    @Enumerated(EnumType.STRING)
    private ScenarioStatus status = ScenarioStatus.DRAFT;

    /** Published scenarios an ADMIN put into the firm default set; built-ins are always in it. */
    private boolean firmDefault;
    private Long publishedBy;
    private Instant publishedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "scenario_shock", joinColumns = @JoinColumn(name = "scenario_id"))
    @OrderColumn(name = "position")
    private List<StoredShock> shocks = new ArrayList<>();

    protected StoredScenario() {
    }

    static StoredScenario builtIn(Scenario s) {
        StoredScenario stored = new StoredScenario();
        stored.code = s.id();
        stored.version = s.version();
        stored.builtIn = true;
        stored.apply(ScenarioDraft.of(s));
        stored.createdAt = stored.updatedAt;
        stored.status = ScenarioStatus.PUBLISHED;
        stored.firmDefault = true;
        stored.publishedAt = stored.updatedAt;
        return stored;
    }

    /** A new draft of {@code ownerId}'s with the given (validated) content, based on {@code source}. */
    static StoredScenario draftFrom(StoredScenario source, String code, ScenarioDraft content, long ownerId) {
        StoredScenario copy = new StoredScenario();
        copy.code = code;
        copy.version = 1;
        copy.ownerId = ownerId;
        copy.basedOnCode = source.code;
        copy.status = ScenarioStatus.DRAFT;
        copy.apply(content);
        copy.createdAt = copy.updatedAt;
        return copy;
    }

    void edit(ScenarioDraft draft) {
        if (status != ScenarioStatus.DRAFT) {
            throw new IllegalStateException("A published scenario never changes");
        }
        apply(draft);
        version++;
    }

    void publish(long by) {
        status = ScenarioStatus.PUBLISHED;
        publishedBy = by;
        publishedAt = Instant.now();
    }

    void markFirmDefault(boolean inDefaultSet) {
        if (status != ScenarioStatus.PUBLISHED) {
            throw new IllegalStateException("Only published scenarios can be in the firm default set");
        }
        firmDefault = inDefaultSet;
    }

    private void apply(ScenarioDraft draft) {
        name = draft.name();
        description = draft.description();
        analogStart = draft.analogStart();
        analogEnd = draft.analogEnd();
        marketShockPct = draft.marketShockPct();
        spreadShockPct = draft.spreadShockPct();
        spreadGivesBackYtd = draft.spreadGivesBackYtd();
        policyScenario = draft.policyScenario();
        shocks.clear();
        draft.shocks().forEach(s -> shocks.add(new StoredShock(s.target(), s.key(), s.pct())));
        updatedAt = Instant.now();
    }

    ScenarioDraft draft() {
        return new ScenarioDraft(name, description, analogStart, analogEnd, marketShockPct, spreadShockPct,
                spreadGivesBackYtd, policyScenario,
                shocks.stream().map(s -> new Shock(s.target(), s.key(), s.pct())).toList());
    }

    /** The engine's view; the id carries the code, the version the edit count. */
    Scenario toEngine() {
        return new Scenario(code, name, version, description, analogStart, analogEnd,
                shocks.stream().map(s -> new Shock(s.target(), s.key(), s.pct())).toList(), marketShockPct,
                spreadShockPct, spreadGivesBackYtd, policyScenario);
    }

    Long getId() {
        return id;
    }

    String getCode() {
        return code;
    }

    int getVersion() {
        return version;
    }

    boolean isBuiltIn() {
        return builtIn;
    }

    Long getOwnerId() {
        return ownerId;
    }

    String getBasedOnCode() {
        return basedOnCode;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }

    ScenarioStatus getStatus() {
        return status;
    }

    boolean isPublished() {
        return status == ScenarioStatus.PUBLISHED;
    }

    /** In the firm default set: every built-in, and published scenarios an ADMIN marked. */
    boolean isFirmDefault() {
        return isPublished() && (builtIn || firmDefault);
    }

    String getName() {
        return name;
    }
}
