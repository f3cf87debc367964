package com.rotationrisk.risk.engine.evidence;

import com.rotationrisk.risk.engine.Dimension;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;

/**
 * One scored instrument-month of one dimension.
 *
 * @param monthEnd   the instrument's own last bar of the calendar month (not necessarily a global month end)
 * @param composite  the weighted mean of the components before calibration; null when the engine gave none
 * @param points     each configured component's points by key, in configuration order; null values where the
 *                   component was not computed
 * @param closesOnly the month-end bar had no high, low or volume (components needing them could not be computed)
 * @param fwdShort      the forward window over the short horizon (20 sessions)
 * @param fwdLong      the forward window over the long horizon (60 sessions; also the drawdown-event window)
 */
public record Observation(LocalDate monthEnd, String symbol, Dimension dimension, double score, Double composite,
        Map<String, Double> points, boolean closesOnly, Forward fwdShort, Forward fwdLong) {

    public YearMonth month() {
        return YearMonth.from(monthEnd);
    }

    /** The forward window of a horizon of this study. */
    public Forward forward(int horizon) {
        if (horizon == fwdShort.horizon()) {
            return fwdShort;
        }
        if (horizon == fwdLong.horizon()) {
            return fwdLong;
        }
        throw new IllegalArgumentException("no forward window of " + horizon);
    }

    public boolean truncated() {
        return fwdShort.truncated() || fwdLong.truncated();
    }
}
