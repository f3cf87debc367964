package com.rotationrisk.risk.engine.evidence;

import com.rotationrisk.risk.engine.Dimension;
import com.rotationrisk.risk.engine.OverallGrade;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * The result of an evidence study, as data: the UI, the model validation report and {@link #markdown()} all read it.
 * Numbers that do not exist are NaN (never a made-up zero). Returns and drawdowns are in %, shares are fractions.
 */
public record EvidenceReport(String modelVersion, Settings settings, Universe universe,
        List<DimensionResult> dimensions, Diagnostics diagnostics, List<String> caveats) {

    public EvidenceReport {
        dimensions = List.copyOf(dimensions);
        caveats = List.copyOf(caveats);
    }

    /**
     * How the study was run.
     *
     * @param shortHorizon       forward window in sessions (return table)
     * @param longHorizon        forward window in sessions (return table and drawdown event)
     * @param drawdownEventPct   an event is a forward long-horizon maximum drawdown above this
     * @param topFrom            top quintile: percentile rank at or above this
     * @param bottomTo           bottom quintile: percentile rank at or below this
     * @param tieBreakSeed       seed of the random tie-breaking of each month's ranking
     * @param bootstrapSeed      seed of the block bootstraps
     * @param blockMonths        bootstrap block length in months
     * @param resamples          bootstrap resamples
     */
    public record Settings(int shortHorizon, int longHorizon, double drawdownEventPct, double topFrom,
            double bottomTo, long tieBreakSeed, long bootstrapSeed, int blockMonths, int resamples) {
    }

    /**
     * The data used.
     *
     * @param instrumentMonths   instrument month ends scored (at least one dimension may be absent)
     * @param observations       dimension observations (a scored dimension of an instrument-month)
     * @param truncatedShort     instrument-months whose short forward window had fewer bars than the horizon
     * @param truncatedLong      same for the long window
     * @param months             calendar months with at least one observation
     * @param closesOnly         instrument-months whose month-end bar had only a close
     * @param largeCapFrom       first bar of the large-cap benchmark (null when there is none)
     */
    public record Universe(int instruments, List<String> symbols, LocalDate firstDate, LocalDate lastDate,
            int instrumentMonths, int observations, int truncatedShort, int truncatedLong, int months, int closesOnly,
            String largeCap, LocalDate largeCapFrom, String smallCap, LocalDate smallCapFrom, String spreadName) {

        public Universe {
            symbols = List.copyOf(symbols);
        }
    }

    /**
     * The evidence for one dimension.
     *
     * @param observations        observations of this dimension (all of them feed the pooled bands and the AUC)
     * @param months              months with an observation
     * @param rankedMonths        months with at least two instruments scored (the cross-sections)
     * @param rankedObservations  observations in those months
     * @param quintileMonths      ranked months with both a top and a bottom quintile member (the spread series)
     * @param quintileFirst       first month of the spread series (null when there is none)
     * @param quintileLast        last month of the spread series
     */
    public record DimensionResult(Dimension dimension, int observations, int months, int rankedMonths,
            int rankedObservations, int quintileMonths, YearMonth quintileFirst, YearMonth quintileLast,
            List<QuintileRow> quintiles, List<BandRow> bands,
            List<Spread> spreads, Classification classification, List<Period> periods, List<YearRow> years) {

        public DimensionResult {
            quintiles = List.copyOf(quintiles);
            bands = List.copyOf(bands);
            spreads = List.copyOf(spreads);
            periods = List.copyOf(periods);
            years = List.copyOf(years);
        }
    }

    /** Top or bottom quintile of the monthly cross-sections, pooled. {@code eventShare}: long drawdown events. */
    public record QuintileRow(String quintile, int n, double meanScore, double meanReturnShort,
            double medianReturnShort, double meanReturnLong, double medianReturnLong, double meanDrawdownLong,
            double eventShare) {
    }

    /** Pooled observations in one grade band of the score. */
    public record BandRow(OverallGrade.Grade band, int n, double meanReturnShort, double meanReturnLong,
            double medianReturnLong, double meanDrawdownLong, double eventShare) {
    }

    /** The kinds of spread series. */
    public enum Measure {
        RETURN("forward return"), MAX_DRAWDOWN("forward max drawdown");

        private final String label;

        Measure(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * The monthly top-minus-bottom quintile spread of a measure over a horizon: the mean with its Newey-West standard
     * error, t-statistic and 95 % interval, and the moving-block bootstrap 95 % interval of the same mean.
     */
    public record Spread(Measure measure, int horizon, NeweyWest.Estimate estimate, BlockBootstrap.Interval bootstrap) {
    }

    /**
     * Does the score rank the drawdown events? {@code auc} of the raw score over all observations (pooled), with a
     * month-block bootstrap interval; hit rates are the event shares in the top and bottom quintiles against the base
     * rate.
     */
    public record Classification(int observations, int events, double baseRate, double auc,
            BlockBootstrap.Interval aucInterval, int topN, double topEventShare, int bottomN,
            double bottomEventShare) {
    }

    /**
     * One half of the months, split at the median month-end date of the observations (in-sample: up to and including
     * that month; out-of-sample: after it).
     */
    public record Period(String name, LocalDate from, LocalDate to, int months, int observations,
            Spread returnShort, Spread returnLong, double auc, int events) {
    }

    /** One calendar year: the mean monthly top-minus-bottom spreads and the AUC within the year. */
    public record YearRow(int year, int observations, int months, double meanSpreadShort, double meanSpreadLong,
            double auc, int events) {
    }

    /**
     * For the modeller: the pooled, pairwise-complete Pearson correlations of the component points (both dimensions,
     * same instrument-month), the correlation of the crowding and reversal scores, and the quantiles of each
     * dimension's composite and score.
     */
    public record Diagnostics(List<String> componentKeys, List<String> componentLabels,
            List<List<Double>> correlations, List<List<Integer>> pairs, double crowdingReversalCorrelation,
            int crowdingReversalPairs, List<Quantiles> quantiles) {

        public Diagnostics {
            componentKeys = List.copyOf(componentKeys);
            componentLabels = List.copyOf(componentLabels);
            correlations = correlations.stream().map(row -> java.util.Collections.unmodifiableList(
                    new java.util.ArrayList<>(row))).toList();
            pairs = pairs.stream().map(List::copyOf).toList();
            quantiles = List.copyOf(quantiles);
        }

        /** The quantiles of one measure of one dimension. */
        public Quantiles quantiles(Dimension dimension, String measure) {
            return quantiles.stream().filter(q -> q.dimension() == dimension && q.measure().equals(measure))
                    .findFirst().orElse(null);
        }
    }

    /** Measures of {@link Quantiles}. */
    public static final String COMPOSITE = "composite";
    public static final String SCORE = "score";

    /** Quantiles (type 7) of a measure ({@link #COMPOSITE} or {@link #SCORE}) of one dimension. */
    public record Quantiles(Dimension dimension, String measure, int n, double p50, double p80, double p95,
            double p99, double max) {
    }

    public DimensionResult dimension(Dimension d) {
        return dimensions.stream().filter(r -> r.dimension() == d).findFirst().orElse(null);
    }

    /** The data used, as one paragraph (every figure from {@link #universe()}). */
    public String dataText() {
        return EvidenceMarkdown.universe(universe, settings);
    }

    /** How the study ranks, tests and classifies, as one paragraph (every figure from {@link #settings()}). */
    public String methodText() {
        return EvidenceMarkdown.method(settings);
    }

    /** The report as markdown (tables and the caveats). */
    public String markdown() {
        return EvidenceMarkdown.render(this);
    }
}
