package com.rotationrisk.risk;

import java.time.Instant;

/** A scenario as a reader sees it: its content, where it came from, and whether this reader may edit it. */
public record ScenarioView(long id, String code, int version, boolean builtIn, String ownerName, String basedOnCode,
                           Instant updatedAt, boolean editable, ScenarioDraft content) {

    public String name() {
        return content.name();
    }
}
