package com.rotationrisk.risk.engine.scenario;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Loads the five built-in scenarios from the versioned resource {@code scenarios-v1.json}. */
public final class BuiltInScenarios {

    public static final String RESOURCE = "/com/rotationrisk/risk/engine/scenarios-v1.json";

    private static final List<Scenario> ALL = load();

    private BuiltInScenarios() {
    }

    /** The built-in scenarios (immutable). */
    public static List<Scenario> all() {
        return ALL;
    }

    public static Scenario byId(String id) {
        return ALL.stream().filter(s -> s.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown scenario " + id));
    }

    /** File layout: {"formatVersion":1, "scenarios":[Scenario...]} with ISO dates. */
    record ScenarioFile(int formatVersion, List<Scenario> scenarios) {
    }

    static List<Scenario> parse(InputStream in) throws IOException {
        JsonMapper mapper = JsonMapper.builder()
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        ScenarioFile file;
        try {
            file = mapper.readValue(in, ScenarioFile.class);
        } catch (JacksonException e) {
            throw new IOException("unreadable scenario file: " + e.getOriginalMessage(), e);
        }
        if (file.formatVersion() != 1) {
            throw new IOException("unsupported scenario file format " + file.formatVersion());
        }
        return List.copyOf(file.scenarios());
    }

    private static List<Scenario> load() {
        try (InputStream in = BuiltInScenarios.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
