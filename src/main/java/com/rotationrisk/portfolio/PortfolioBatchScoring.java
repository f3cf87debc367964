package com.rotationrisk.portfolio;

import com.rotationrisk.risk.RiskService;
import com.rotationrisk.risk.ScenarioService;
import com.rotationrisk.risk.ScoringRequest;
import com.rotationrisk.risk.engine.PortfolioAssessment;
import com.rotationrisk.risk.engine.scenario.Scenario;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Many portfolios scored in one batch, each at its default valuation date with its own scenario set: the one home of
 * "how a saved portfolio is scored" for the book dashboard and the nightly re-scoring, so both show the numbers the
 * analysis view shows. Callers check access first.
 */
@Component
class PortfolioBatchScoring {

    /** One portfolio's result: the assessment, or why there is none. */
    record Result(LocalDate asOf, PortfolioAssessment assessment, String notScoredReason) {
    }

    private final PortfolioValuationDate valuationDate;
    private final PortfolioScenarios addedScenarios;
    private final ScenarioService scenarios;
    private final RiskService risk;

    PortfolioBatchScoring(PortfolioValuationDate valuationDate, PortfolioScenarios addedScenarios,
                          ScenarioService scenarios, RiskService risk) {
        this.valuationDate = valuationDate;
        this.addedScenarios = addedScenarios;
        this.scenarios = scenarios;
        this.risk = risk;
    }

    /** Each portfolio's default valuation date (null when it has none), in the order of {@code list}. */
    List<LocalDate> dates(List<Portfolio> list) {
        return valuationDate.latestCommonDates(list.stream().map(p -> p.draft().holdings()).toList());
    }

    /** Results in the order of {@code list}. */
    List<Result> score(List<Portfolio> list) {
        List<LocalDate> dates = valuationDate.latestCommonDates(list.stream().map(p -> p.draft().holdings()).toList());
        Map<Long, List<Long>> added = addedScenarios.addedToEach(list.stream().map(Portfolio::getId).toList());
        Map<List<Long>, List<Scenario>> sets = new HashMap<>();
        List<ScoringRequest> requests = new ArrayList<>();
        List<Integer> scoredIndexes = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            Portfolio p = list.get(i);
            if (notScoredReason(p, dates.get(i)) == null) {
                List<Scenario> set = sets.computeIfAbsent(added.getOrDefault(p.getId(), List.of()),
                        ids -> scenarios.scenarioSet(ids).scenarios());
                requests.add(new ScoringRequest(PortfolioService.lines(p.draft()), dates.get(i), set));
                scoredIndexes.add(i);
            }
        }
        Map<Integer, PortfolioAssessment> byIndex = byIndex(scoredIndexes, risk.assessAll(requests));
        List<Result> out = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) {
            out.add(new Result(dates.get(i), byIndex.get(i), notScoredReason(list.get(i), dates.get(i))));
        }
        return out;
    }

    /** The batch's assessments back under the index of the portfolio each was requested for. */
    static Map<Integer, PortfolioAssessment> byIndex(List<Integer> scoredIndexes, List<PortfolioAssessment> assessed) {
        Map<Integer, PortfolioAssessment> byIndex = new HashMap<>();
        for (int k = 0; k < scoredIndexes.size(); k++) {
            byIndex.put(scoredIndexes.get(k), assessed.get(k));
        }
        return byIndex;
    }

    /** Why a saved portfolio cannot be scored at {@code asOf}; null when it can. */
    static String notScoredReason(Portfolio p, LocalDate asOf) {
        if (p.holdingCount() == 0) {
            return "No holdings yet.";
        }
        return asOf == null ? "None of the holdings has prices." : null;
    }
}
