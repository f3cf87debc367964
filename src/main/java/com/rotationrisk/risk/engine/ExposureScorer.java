package com.rotationrisk.risk.engine;


import com.rotationrisk.risk.engine.scenario.Scenario;
import com.rotationrisk.risk.engine.scenario.ScenarioImpact;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Policy-shock exposure = the worst impact across the active policy scenarios, mapped through the exposure
 * breakpoints. One component per policy scenario; only the worst one contributes (weight 1, others weight 0). When
 * any policy scenario cannot be priced for the holding, the exposure is incomplete: never the worst of the rest.
 */
final class ExposureScorer {

    private ExposureScorer() {
    }

    static DimensionScore score(List<Breakpoint> bps, List<Scenario> scenarios, List<ScenarioImpact> impacts) {
        List<ComponentScore> parts = new ArrayList<>();
        List<String> notPriced = new ArrayList<>();
        int worst = -1;
        double worstPoints = -1;
        for (int i = 0; i < scenarios.size(); i++) {
            Scenario s = scenarios.get(i);
            if (!s.policyScenario()) {
                continue;
            }
            ScenarioImpact impact = impacts.get(i);
            String key = ComponentKeys.SCENARIO_PREFIX + s.id();
            if (impact.impactPct() == null) {
                parts.add(new ComponentScore(key, s.name(), null, bps, null, 0, null,
                        impact.note(), ComponentStatus.NOT_PRICED));
                notPriced.add("'" + s.name() + "'");
                continue;
            }
            double points = PiecewiseLinear.points(bps, impact.impactPct());
            parts.add(new ComponentScore(key, s.name(), impact.impactPct(), bps, points, 0, null,
                    "In the '" + s.name() + "' scenario this holding would move "
                            + Formats.percent(impact.impactPct()) + ".",
                    ComponentStatus.OK));
            if (points > worstPoints) {
                worstPoints = points;
                worst = parts.size() - 1;
            }
        }
        int policy = parts.size();
        if (!notPriced.isEmpty()) {
            // The worst of the other scenarios is not the worst case: the missing one may be worse.
            return DimensionScore.unavailable(Dimension.POLICY_SHOCK_EXPOSURE, parts,
                    (policy - notPriced.size()) / (double) policy,
                    DimensionScore.INCOMPLETE + String.join(", ", notPriced) + " could"
                            + " not be priced for this holding, so its worst policy scenario is unknown.");
        }
        if (worst < 0) {
            return DimensionScore.unavailable(Dimension.POLICY_SHOCK_EXPOSURE, parts, 0,
                    "No policy scenario is active.");
        }
        ComponentScore w = parts.get(worst);
        parts.set(worst, new ComponentScore(w.key(), w.label(), w.rawValue(), w.breakpoints(), w.points(), 1.0,
                w.points(), w.reason() + " This is its worst policy scenario, so it sets the score.", w.status()));
        return new DimensionScore(Dimension.POLICY_SHOCK_EXPOSURE, OptionalDouble.of(worstPoints), parts, 0.0, null,
                OptionalDouble.of(worstPoints), 1.0, null);
    }
}
