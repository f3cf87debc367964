package com.rotationrisk.faults;

import com.rotationrisk.portfolio.HoldingInput;
import com.rotationrisk.portfolio.PortfolioDetails;
import com.rotationrisk.portfolio.PortfolioDraft;
import com.rotationrisk.portfolio.PortfolioService;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Saves one portfolio over and over with 200 to 2,000 holdings. Every save describes itself: the note says which
 * save it is and how many holdings it wrote, and every holding's quantity is that save's number, so a mix of two
 * saves or a save cut short is visible in the stored rows alone.
 */
final class HoldingsSaves implements CrashWorkload.Workload {

    static final String KIND = "save";
    static final String TICKER_PREFIX = "ZZ";
    private static final Pattern NOTE = Pattern.compile("crash save (\\d+) with (\\d+) holdings");

    private final PortfolioService portfolios;
    private final String clientName;
    private final Random random;
    private PortfolioDetails current;

    HoldingsSaves(PortfolioService portfolios, String clientName, long seed) {
        this.portfolios = portfolios;
        this.clientName = clientName;
        this.random = new Random(seed);
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public void once() {
        if (current == null) {
            current = portfolios.create(draft(0, 0));
            CrashWorkload.say(Protocol.line(Protocol.COMMITTED, KIND, "portfolio", current.id(), "version",
                    current.version(), "holdings", 0));
            return;
        }
        long save = current.version() + 1;
        int holdings = 200 + random.nextInt(1_801);
        CrashWorkload.say(Protocol.line(Protocol.BEGIN, KIND, "portfolio", current.id(), "version", save,
                "holdings", holdings));
        current = portfolios.save(current.id(), draft(save, holdings), current.version(), null);
        if (current.version() != save) {
            throw new IllegalStateException("Save " + save + " stored version " + current.version()
                    + "; the note no longer names the version");
        }
        CrashWorkload.say(Protocol.line(Protocol.COMMITTED, KIND, "portfolio", current.id(), "version", save,
                "holdings", holdings));
    }

    private PortfolioDraft draft(long save, int holdings) {
        List<HoldingInput> rows = new ArrayList<>(holdings);
        for (int i = 0; i < holdings; i++) {
            // tickers without prices: the save grades nothing, so its time goes into writing rows
            rows.add(new HoldingInput(TICKER_PREFIX + i, BigDecimal.valueOf(save), null));
        }
        return new PortfolioDraft(clientName, "USD", note(save, holdings), rows);
    }

    static String note(long save, int holdings) {
        return "crash save " + save + " with " + holdings + " holdings";
    }

    /** The save number and holding count a stored note claims, or null for a note this class did not write. */
    static long[] parseNote(String note) {
        Matcher m = note == null ? null : NOTE.matcher(note);
        return m != null && m.matches() ? new long[] {Long.parseLong(m.group(1)), Long.parseLong(m.group(2))} : null;
    }
}
