package com.rotationrisk.risk.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The sentences that explain a portfolio's grade, generated from its drivers so that they cannot contradict the
 * numbers printed beside them: each dimension is described in the words of its own band, the strongest part is
 * named, and a calm sentence is only used when every part is calm.
 */
public final class GradeNarrative {

    private GradeNarrative() {
    }

    public static List<String> sentences(PortfolioAssessment a, ModelConfig cfg) {
        ModelConfig.Grade g = cfg.grade();
        OverallGrade grade = a.grade();
        List<String> out = new ArrayList<>();
        if (!grade.graded()) {
            out.add("No grade is given: " + lowerFirst(grade.rule().replaceFirst("^Not graded: ", "")) + ".");
            return out;
        }
        List<Part> parts = new ArrayList<>();
        for (Dimension d : Dimension.values()) {
            PortfolioDimension pd = a.dimensions().get(d);
            parts.add(new Part(d.label(), pd.score().getAsDouble()));
        }
        double concentration = PortfolioRollup.concentrationScore(g, a.concentration());
        parts.add(new Part("Concentration", concentration));
        Part worst = parts.stream().max(Comparator.comparingDouble(Part::score)).orElseThrow();
        OverallGrade.Grade worstBand = OverallGrade.Grade.of(worst.score(), g);
        if (worstBand.ordinal() < OverallGrade.Grade.MODERATE.ordinal()) {
            out.add("The portfolio shows little sign of crowded momentum, stretched prices, sensitivity to the policy "
                    + "scenarios or concentration: every part scores below " + Formats.score(g.moderateFrom()) + ".");
        } else {
            out.add("The main driver is " + lowerFirst(worst.name()) + " at " + Formats.score(worst.score()) + " ("
                    + worstBand.key() + ")" + detail(worst.name(), a) + ".");
            List<String> others = new ArrayList<>();
            for (Part p : parts) {
                if (p != worst && OverallGrade.Grade.of(p.score(), g).ordinal() >= OverallGrade.Grade.ELEVATED.ordinal()) {
                    others.add(lowerFirst(p.name()) + " " + Formats.score(p.score()) + " ("
                            + OverallGrade.Grade.of(p.score(), g).key() + ")");
                }
            }
            if (!others.isEmpty()) {
                out.add("Also high: " + String.join(", ", others) + ".");
            }
        }
        if (grade.rule().contains("Raised to")) {
            out.add("The grade is never more than one band milder than its worst part, so it is raised to "
                    + grade.grade().key() + ".");
        }
        return out;
    }

    private static String detail(String name, PortfolioAssessment a) {
        if (name.equals("Concentration") && a.concentration().largestTicker() != null) {
            return ": " + a.concentration().largestTicker() + " alone is "
                    + Formats.share(a.concentration().largestPosition()) + " of the value";
        }
        if (name.equals(Dimension.POLICY_SHOCK_EXPOSURE.label()) && a.worstCase().isPresent()) {
            WorstCase w = a.worstCase().get();
            return ": in the " + w.scenarioName() + " scenario the portfolio would lose an estimated "
                    + Formats.percent(Math.abs(w.impactPct())) + " (" + Formats.dollars(Math.abs(w.impactCurrency()))
                    + ")";
        }
        PortfolioDimension pd = a.dimensions().values().stream().filter(d -> d.dim().label().equals(name))
                .findFirst().orElse(null);
        if (pd != null && pd.weightAtOrAboveHigh() > 0) {
            return ": " + Formats.share(pd.weightAtOrAboveHigh()) + " of the value is in holdings scoring "
                    + Formats.score(pd.highThreshold()) + " or more";
        }
        return "";
    }

    private record Part(String name, double score) {
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
}
