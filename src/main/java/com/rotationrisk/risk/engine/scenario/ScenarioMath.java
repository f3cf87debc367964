package com.rotationrisk.risk.engine.scenario;

import com.rotationrisk.risk.engine.AssetType;
import com.rotationrisk.risk.engine.Betas;
import com.rotationrisk.risk.engine.DailyBars;
import com.rotationrisk.risk.engine.Formats;
import com.rotationrisk.risk.engine.InstrumentProfile;
import java.time.LocalDate;
import java.util.Locale;

/** Pure functions applying a scenario to one position. */
public final class ScenarioMath {

    /** The analog window's last bar must lie within this many days of the window end to count as covering it. */
    static final int ANALOG_END_TOLERANCE_DAYS = 7;

    private ScenarioMath() {
    }

    /** Most specific matching direct shock: ticker > industry > sector > size bucket. Cash only matches by ticker. */
    public static Shock mostSpecificShock(Scenario scenario, String ticker, InstrumentProfile profile) {
        Shock best = null;
        for (Shock shock : scenario.directShocks()) {
            if (matches(shock, ticker, profile) && (best == null || shock.target().ordinal() < best.target().ordinal())) {
                best = shock;
            }
        }
        return best;
    }

    /** Whether a direct shock applies to a position at all (ignoring more specific shocks of the same scenario). */
    public static boolean matches(Shock shock, String ticker, InstrumentProfile p) {
        boolean cash = p != null && p.type() == AssetType.CASH;
        return switch (shock.target()) {
            case TICKER -> shock.key().equalsIgnoreCase(ticker);
            case INDUSTRY -> !cash && p != null && p.industry() != null && shock.key().equalsIgnoreCase(p.industry());
            case SECTOR -> !cash && p != null && p.sector() != null && shock.key().equalsIgnoreCase(p.sector());
            case SIZE_BUCKET -> !cash && p != null && p.size() != null && shock.key().equalsIgnoreCase(p.size().name());
        };
    }

    /** The spread shock in %: -max(0, spread YTD) when the scenario gives back the YTD gain; null if unknown. */
    public static Double effectiveSpreadShock(Scenario scenario, Double spreadYtdPct) {
        if (!scenario.spreadGivesBackYtd()) {
            return scenario.spreadShockPct();
        }
        return spreadYtdPct == null ? null : -Math.max(0.0, spreadYtdPct);
    }

    public static ScenarioImpact impact(Scenario scenario, String ticker, InstrumentProfile profile, Betas betas,
            Double spreadShock, Double analogActualPct) {
        Shock shock = mostSpecificShock(scenario, ticker, profile);
        double direct = shock == null ? 0.0 : shock.pct();
        Double marketPart = factorPart(betas.market(), scenario.marketShockPct());
        Double spreadPart = spreadShock == null ? null : factorPart(betas.spread(), spreadShock);
        Double total = marketPart == null || spreadPart == null ? null : direct + marketPart + spreadPart;
        String note;
        if (total == null) {
            note = spreadShock == null ? "Spread shock unknown: the benchmarks' year-to-date spread is missing."
                    : "A beta the scenario needs is missing (benchmark missing or history too short).";
        } else {
            note = (shock == null ? "No direct shock; " : "Matched " + shock.target().name().toLowerCase(Locale.ROOT)
                    + " '" + shock.key() + "': ") + Formats.signedPercent(direct) + " direct, "
                    + Formats.signedPercent(marketPart) + " via the market, " + Formats.signedPercent(spreadPart)
                    + " via the rotation spread.";
        }
        return new ScenarioImpact(scenario.id(), total, shock, direct, marketPart, spreadPart, analogActualPct, note);
    }

    private static Double factorPart(Double beta, double shockPct) {
        if (shockPct == 0.0) {
            return 0.0;
        }
        return beta == null ? null : beta * shockPct;
    }

    /**
     * Actual return (%) from the last close on or before the analog start to the last close on or before the analog
     * end (as-of when open-ended), reading only bars up to {@code end}. Null when the bars do not cover the window.
     */
    public static Double analogActualPct(Scenario scenario, DailyBars bars, int end, LocalDate asOf) {
        if (scenario.analogStart() == null || bars == null) {
            return null;
        }
        LocalDate windowEnd = scenario.analogEnd() != null ? scenario.analogEnd() : asOf;
        if (windowEnd.isAfter(asOf) || bars.dates()[0].isAfter(scenario.analogStart())) {
            return null;
        }
        int s = bars.lastIndexOnOrBefore(scenario.analogStart());
        int e = Math.min(bars.lastIndexOnOrBefore(windowEnd), end);
        if (s < 0 || e <= s || bars.dates()[e].plusDays(ANALOG_END_TOLERANCE_DAYS).isBefore(windowEnd)) {
            return null;
        }
        return (bars.close()[e] / bars.close()[s] - 1.0) * 100.0;
    }
}
