package com.rotationrisk.risk.engine;

import com.rotationrisk.risk.engine.ModelConfig.Comomentum;
import com.rotationrisk.risk.engine.indicators.BenchmarkSeries;
import com.rotationrisk.risk.engine.indicators.MarketView;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Lou & Polk (2022) comomentum, adapted to one portfolio: the high-momentum positions are the top third of the
 * portfolio's non-cash positions by 12-1 month return (at least 3, at most {@code maxMembers} by weight); residuals
 * come from an OLS regression of each member's last {@code window} daily returns (on the large-cap benchmark's calendar) on the
 * large-cap return and the rotation spread; the value is the mean pairwise correlation of those residuals.
 */
final class ComomentumCalculator {

    private ComomentumCalculator() {
    }

    static ComomentumResult compute(List<PositionAssessment> positions, Map<String, DailyBars> bars, MarketView mv,
            Comomentum cfg) {
        if (!mv.hasSpread()) {
            return empty("Needs both benchmarks to strip the market and the rotation spread.");
        }
        List<PositionAssessment> ranked = new ArrayList<>();
        for (PositionAssessment p : positions) {
            if (p.momentum12m1Pct() != null && p.profile().type() != AssetType.CASH) {
                ranked.add(p);
            }
        }
        ranked.sort(Comparator.comparingDouble(PositionAssessment::momentum12m1Pct).reversed());
        int top = (int) Math.ceil(ranked.size() * cfg.topFraction());
        if (top < cfg.minMembers()) {
            return empty("Fewer than " + cfg.minMembers() + " high-momentum positions (top "
                    + Formats.share(cfg.topFraction()) + " by return over " + ModelConfig.span(cfg.formationDays())
                    + ", skipping the last " + ModelConfig.span(cfg.skipDays()) + ").");
        }
        List<PositionAssessment> members = new ArrayList<>(ranked.subList(0, top));
        if (members.size() > cfg.maxMembers()) {
            members.sort(Comparator.comparingDouble(PositionAssessment::weight).reversed());
            members = members.subList(0, cfg.maxMembers());
        }
        BenchmarkSeries large = mv.largeCap();
        int n = cfg.window();
        if (large.end() < n) {
            return empty("Large-cap benchmark shorter than " + (n + 1) + " bars.");
        }
        long[] days = new long[n + 1];
        for (int k = 0; k <= n; k++) {
            days[k] = large.epochDay(large.end() - n + k);
        }
        double[] mkt = new double[n];
        double[] spr = new double[n];
        for (int k = 0; k < n; k++) {
            mkt[k] = large.returnBetween(days[k], days[k + 1]);
            spr[k] = mv.smallCap().returnBetween(days[k], days[k + 1]) - mkt[k];
            if (Double.isNaN(spr[k])) {
                return empty("Small-cap benchmark lacks a date of the last " + n + " large-cap sessions.");
            }
        }
        double[][] design = Ols.designInverse(mkt, spr);
        List<String> names = new ArrayList<>();
        List<double[]> residuals = new ArrayList<>();
        for (PositionAssessment p : members) {
            double[] y = returnsOn(bars.get(p.ticker()), days);
            if (y == null) {
                continue;
            }
            double[] e = Ols.standardisedResiduals(y, mkt, spr, design);
            if (e != null) {
                names.add(p.ticker());
                residuals.add(e);
            }
        }
        int m = residuals.size();
        if (m < cfg.minMembers()) {
            return empty("Fewer than " + cfg.minMembers() + " high-momentum positions trade on all of the last " + n
                    + " benchmark sessions.");
        }
        double sum = 0;
        int pairs = 0;
        for (int i = 0; i < m; i++) {
            double[] a = residuals.get(i);
            for (int j = i + 1; j < m; j++) {
                double[] b = residuals.get(j);
                double dot = 0;
                for (int k = 0; k < n; k++) {
                    dot += a[k] * b[k];
                }
                sum += dot;
                pairs++;
            }
        }
        double value = sum / pairs;
        return new ComomentumResult(OptionalDouble.of(value), List.copyOf(names), pairs, String.format(
                Locale.ROOT, "Mean pairwise correlation of %s residual returns among %d high-momentum "
                        + "positions (%d pairs): %.2f. High values mean many holdings ride the same trade.",
                ModelConfig.period(n), m, pairs, value));
    }

    private static double[] returnsOn(DailyBars b, long[] days) {
        if (b == null) {
            return null;
        }
        double[] out = new double[days.length - 1];
        int prev = indexOf(b, days[0]);
        if (prev < 0) {
            return null;
        }
        for (int k = 1; k < days.length; k++) {
            int cur = indexOf(b, days[k]);
            if (cur < 0) {
                return null;
            }
            out[k - 1] = b.close()[cur] / b.close()[prev] - 1.0;
            prev = cur;
        }
        return out;
    }

    private static int indexOf(DailyBars b, long epochDay) {
        int i = b.lastIndexOnOrBefore(LocalDate.ofEpochDay(epochDay));
        return i >= 0 && b.dates()[i].toEpochDay() == epochDay ? i : -1;
    }

    private static ComomentumResult empty(String why) {
        return new ComomentumResult(OptionalDouble.empty(), List.of(), 0, why);
    }
}
