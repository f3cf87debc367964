package com.rotationrisk.risk;

import java.time.Instant;

/**
 * A scenario as a reader sees it: its content, where it came from, whether it is a draft or published (and in the
 * firm default set), and whether this reader may edit it (a draft, and the reader is its author or an ADMIN).
 */
public record ScenarioView(long id, String code, int version, boolean builtIn, String ownerName, String basedOnCode,
                           Instant updatedAt, boolean editable, ScenarioDraft content, ScenarioStatus status,
                           boolean firmDefault) {

    public String name() {
        return content.name();
    }

    public boolean published() {
        return status == ScenarioStatus.PUBLISHED;
    }
}
