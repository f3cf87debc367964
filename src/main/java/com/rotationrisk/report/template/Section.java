package com.rotationrisk.report.template;

import java.util.Arrays;
import java.util.Optional;

/** The building blocks a template lists in {@code sections=}, by their file name (e.g. {@code top-risks}). */
public enum Section {
    OVERVIEW("overview"),
    NOTES("notes"),
    SCORES("scores"),
    TOP_RISKS("top-risks"),
    SCENARIOS("scenarios"),
    /** Printed only when the report is generated with a proposal. */
    PROPOSED_CHANGES("proposed-changes"),
    BEHAVIOUR("behaviour"),
    POSITIONS("positions"),
    COMPONENTS("components"),
    ISSUES("issues"),
    CONCENTRATION("concentration"),
    SCORE_CHARTS("score-charts"),
    COMOMENTUM("comomentum"),
    REGIME("regime"),
    SCENARIO_DETAIL("scenario-detail"),
    PRICE_CHARTS("price-charts"),
    METHODOLOGY("methodology"),
    DISCLOSURE("disclosure"),
    /** Every chart printed before it, as a table of its values. */
    CHART_DATA("chart-data"),
    /** Not content: starts a new page. */
    PAGE_BREAK("page-break");

    private final String id;

    Section(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Optional<Section> byId(String id) {
        return Arrays.stream(values()).filter(s -> s.id.equals(id)).findFirst();
    }
}
