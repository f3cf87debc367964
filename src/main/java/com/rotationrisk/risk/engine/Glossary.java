package com.rotationrisk.risk.engine;

import static com.rotationrisk.risk.engine.ComponentKeys.*;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Plain-language explanations of every figure the product shows, written so an advisor can read them to a client.
 * The one home of these words: tooltips, help lines, the glossary page and the reports all read them here.
 */
public final class Glossary {

    public static final String OVERALL_GRADE = "overall_grade";
    public static final String WORST_CASE = "worst_case";
    public static final String COVERAGE = "coverage";
    public static final String CONCENTRATION = "concentration";
    public static final String COMOMENTUM = "comomentum";
    public static final String MARKET_REGIME = "market_regime";
    public static final String ROTATION_SPREAD = "rotation_spread";
    public static final String SCENARIO = "scenario";
    public static final String NOT_ASSESSED = "not_assessed";
    public static final String INSUFFICIENT_DATA = "insufficient_data";

    /** Term and explanation, in reading order. */
    public record Entry(String key, String term, String explanation) {
    }

    private static final Map<String, Entry> ENTRIES = new LinkedHashMap<>();

    static {
        ModelConfig cfg = ModelConfig.defaults();
        ModelConfig.Windows w = cfg.windows();
        add(OVERALL_GRADE, "Overall grade", "One word for how exposed the portfolio is if a crowded rally turns: Low, "
                + "Moderate, Elevated, High or Severe. It combines the three risk scores and how concentrated the "
                + "portfolio is, and it is never more than one step milder than its worst part.");
        add(key(Dimension.MOMENTUM_CROWDING), "Momentum crowding", "How far the holdings have run up together with "
                + "the crowd: overbought readings, unusual runs, heavy buying and moving in step with the rotation. "
                + "0 is calm; " + Formats.score(cfg.grade().severeFrom()) + " or more (Severe) is more stretched than "
                + "almost every past month-end reading.");
        add(key(Dimension.REVERSAL_RISK), "Reversal risk", "How likely recent winners are to give back gains: prices "
                + "stretched above their bands and trend, momentum fading, swings widening, and sensitivity to the "
                + "rotation reversing.");
        add(key(Dimension.POLICY_SHOCK_EXPOSURE), "Policy-shock exposure", "How much the holdings would be expected "
                + "to lose in the worst of the policy scenarios (such as tariffs or a rate cap); the larger the loss, "
                + "the higher the score.");
        add(WORST_CASE, "Worst case", "The largest loss the portfolio would take in any of the scenarios in its "
                + "scenario set, in percent and in money. Scenarios are estimates, not forecasts.");
        add(COVERAGE, "Coverage", "How much of the portfolio's value a figure is based on. Below "
                + Formats.percent(cfg.scoring().minCoverage() * 100, 0) + " a figure is shown as not assessed rather than as a number that would describe only part of the portfolio.");
        add(CONCENTRATION, "Concentration", "How much rests on a few holdings: the largest holding's share and the "
                + "five largest holdings' share. A portfolio that is mostly one stock can fall with that one stock.");
        add(COMOMENTUM, "Comomentum", "Whether the portfolio's recent winners move together beyond what the market "
                + "explains, a sign that many investors hold the same trade.");
        add(MARKET_REGIME, "Market regime", "Whether the market is calm, falling, or rebounding from a panic. In a "
                + "rebound from a panic, crowded winners have tended to lag, so reversal risk is raised.");
        add(ROTATION_SPREAD, "Rotation spread", "The daily return of the index money is rotating into minus that of "
                + "the broad market. Holdings that move with it gain while the rotation runs and lose if it unwinds.");
        add(SCENARIO, "Scenario", "A named, dated set of shocks (by company, industry, sector, size and market) "
                + "applied to each holding through its measured sensitivity. Numbers are illustrative estimates.");
        add(NOT_ASSESSED, "Not assessed", "Too little of the portfolio's value has the data this figure needs, so no "
                + "number is shown: a number would describe only part of the portfolio.");
        add(INSUFFICIENT_DATA, "Insufficient data", "Too few of a score's parts could be computed for this holding "
                + "(for example, too short a price history), so no score is shown.");
        add(OVERBOUGHT, "Overbought (RSI)", "Whether recent gains have far outweighed recent losses; above 70 a rally "
                + "often pauses.");
        add(EXTENSION, "Extension", "How far the price is above its " + ModelConfig.period(w.smaShort())
                + " average, measured in typical daily moves.");
        add(UNUSUAL_RUN, "Unusual run", "How unusual the last " + ModelConfig.span(w.runReturn()) + "' return is compared "
                + "with this holding's own returns over the previous " + ModelConfig.span(w.runHistory()) + ".");
        add(RELATIVE_STRENGTH, "Lead over the market", "How many percentage points the holding has gained more than "
                + "the broad market over the last " + ModelConfig.span(w.relativeStrength()) + ".");
        add(FLOW_SURGE, "Buying flow surge", "How heavy trading has been on the days the price rose, compared with "
                + "usual volume: a crowd buying in.");
        add(HERD_STREAK, "Herd streak", "On how many of the last " + w.herdWindow()
                + " days the holding beat the market.");
        add(CROWD_COMOVEMENT, "Crowd co-movement", "How closely the holding's daily moves follow the rotation trade.");
        add(NEAR_HIGHS, "Near the " + ModelConfig.period(w.high52w()) + " high", "How close the price is to its "
                + "highest close of the last " + ModelConfig.span(w.high52w()) + "; "
                + "shown for context only, since research finds such stocks tend to keep rising.");
        add(STRETCHED_BAND, "Stretched band", "Where the price sits in its usual " + ModelConfig.period(w.bollinger())
                + " range; above 1 it is beyond "
                + "the upper band.");
        add(BEARISH_DIVERGENCE, "Bearish divergence", "The price makes a new high while buying pressure weakens.");
        add(ROLLING_OVER, "Momentum rolling over", "Up over the last " + ModelConfig.span(w.rocLong())
                + " but falling over the last " + ModelConfig.span(w.rocShort()) + ".");
        add(ROTATION_BETA, "Rotation beta", "How much the holding moves for each 1 % move of the rotation spread; it "
                + "would fall with the rotation if it unwinds.");
        add(VOLATILITY_EXPANSION, "Volatility expansion", "Whether daily price swings have widened compared with "
                + "their recent norm.");
        add(ABOVE_TREND, "Distance above trend", "How far the price is above its " + ModelConfig.period(w.smaLong())
                + " average, in percent.");
    }

    private Glossary() {
    }

    private static void add(String key, String term, String explanation) {
        ENTRIES.put(key, new Entry(key, term, explanation));
    }

    public static String key(Dimension d) {
        return d.name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The explanation of a key; the key itself never reaches a reader, so an unknown key is a programming error. */
    public static String text(String key) {
        Entry e = ENTRIES.get(key);
        if (e == null) {
            throw new IllegalArgumentException("no glossary entry " + key);
        }
        return e.explanation();
    }

    public static java.util.Collection<Entry> entries() {
        return ENTRIES.values();
    }
}
