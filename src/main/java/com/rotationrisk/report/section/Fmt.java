package com.rotationrisk.report.section;

import com.rotationrisk.risk.engine.Formats;

/** Report-only number wording; percentages, money and scores come from {@link Formats}. */
final class Fmt {

    private Fmt() {
    }

    /** Raw component values: small numbers get more decimals. */
    static String raw(Double v) {
        if (v == null) {
            return Formats.NOT_AVAILABLE;
        }
        return Math.abs(v) < 10 ? Formats.fixed(v, 2) : Formats.fixed(v, 1);
    }
}
