package com.rotationrisk.risk.engine.evidence;

/**
 * What happened after a month end over a horizon of sessions: the return and the maximum drawdown (peak to trough of
 * the closes, the month-end close counting as the first peak), both in %. {@code sessions} is the number of later bars
 * actually used; {@code truncated} when fewer than the horizon existed (delisting or end of data). The window never
 * requires the instrument to survive the horizon: whatever bars exist are used.
 */
public record Forward(int horizon, int sessions, double returnPct, double maxDrawdownPct, boolean truncated) {

    /** The forward window after bar {@code end}; null when no later bar exists. */
    public static Forward of(double[] close, int end, int horizon) {
        int last = Math.min(close.length - 1, end + horizon);
        if (last <= end) {
            return null;
        }
        double peak = close[end];
        double maxDd = 0;
        for (int i = end + 1; i <= last; i++) {
            peak = Math.max(peak, close[i]);
            maxDd = Math.max(maxDd, 1 - close[i] / peak);
        }
        return new Forward(horizon, last - end, (close[last] / close[end] - 1) * 100, maxDd * 100,
                last - end < horizon);
    }
}
