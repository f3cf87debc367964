package com.rotationrisk.report.section;

import com.rotationrisk.report.template.Section;
import java.util.EnumMap;
import java.util.Map;

/** The renderer of every {@link Section}. */
public final class Sections {

    private static final Map<Section, SectionRenderer> RENDERERS = new EnumMap<>(Section.class);

    static {
        RENDERERS.put(Section.OVERVIEW, new OverviewSection());
        RENDERERS.put(Section.NOTES, new NotesSection());
        RENDERERS.put(Section.SCORES, new ScoresSection());
        RENDERERS.put(Section.TOP_RISKS, new TopRisksSection());
        RENDERERS.put(Section.SCENARIOS, new ScenariosSection());
        RENDERERS.put(Section.PROPOSED_CHANGES, new ProposedChangesSection());
        RENDERERS.put(Section.BEHAVIOUR, new BehaviourSection());
        RENDERERS.put(Section.POSITIONS, new PositionsSection());
        RENDERERS.put(Section.COMPONENTS, new ComponentsSection());
        RENDERERS.put(Section.ISSUES, new IssuesSection());
        RENDERERS.put(Section.CONCENTRATION, new ConcentrationSection());
        RENDERERS.put(Section.SCORE_CHARTS, new ScoreChartsSection());
        RENDERERS.put(Section.COMOMENTUM, new ComomentumSection());
        RENDERERS.put(Section.REGIME, new RegimeSection());
        RENDERERS.put(Section.SCENARIO_DETAIL, new ScenarioDetailSection());
        RENDERERS.put(Section.PRICE_CHARTS, new PriceChartsSection());
        RENDERERS.put(Section.METHODOLOGY, new MethodologySection());
        RENDERERS.put(Section.DISCLOSURE, new DisclosureSection());
        RENDERERS.put(Section.CHART_DATA, new ChartDataSection());
        RENDERERS.put(Section.PAGE_BREAK, ReportContext::newPage);
    }

    private Sections() {
    }

    public static SectionRenderer of(Section section) {
        return RENDERERS.get(section);
    }
}
