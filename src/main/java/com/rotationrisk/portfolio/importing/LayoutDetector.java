package com.rotationrisk.portfolio.importing;

import com.rotationrisk.base.csv.HeaderKeys;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Recognises the Fidelity and Schwab headers and the generic ticker / quantity / cost header. */
final class LayoutDetector {

    static final List<String> TICKER_ALIASES = List.of("symbol", "ticker", "instrument", "ticker symbol");
    static final List<String> QUANTITY_ALIASES = List.of("quantity", "qty", "shares", "units");
    static final List<String> COST_ALIASES = List.of("cost per share", "cost basis per share", "avg cost",
            "average cost", "average cost basis", "avg cost basis", "unit cost", "price paid", "cost basis", "cost");

    static final String EXPECTED_COLUMNS = "a ticker column (symbol, ticker or instrument), a quantity column"
            + " (quantity, qty, shares or units) and optionally a cost-per-share column (cost, cost basis,"
            + " avg cost, average cost, price paid or cost per share)";

    private static final Set<String> FIDELITY = Set.of("accountnumber", "symbol", "quantity", "currentvalue");
    private static final Set<String> FIDELITY_COST = Set.of("averagecostbasis", "costbasistotal");
    private static final List<String> SCHWAB_QTY = List.of("qtyquantity", "quantity", "qty");
    private static final List<String> SCHWAB_VALUE = List.of("mktvalmarketvalue", "marketvalue", "mktval");
    /** A Schwab export has one of these beside the common names (a generic file with "cost basis" must not match). */
    private static final Set<String> SCHWAB_MARKERS = Set.of("qtyquantity", "mktvalmarketvalue", "securitytype",
            "pricechngpricechange", "reinvestdividends");

    private LayoutDetector() {
    }

    /** Fidelity, then Schwab, then generic; {@code pasted} only allows the generic names. */
    static Optional<Layout> detect(List<String> headers, boolean pasted) {
        List<String> keys = HeaderKeys.keys(headers);
        Set<String> set = new HashSet<>(keys);
        if (!pasted && set.containsAll(FIDELITY) && FIDELITY_COST.stream().anyMatch(set::contains)) {
            return Optional.of(new Layout(HoldingsFileFormat.FIDELITY, headers, keys.indexOf("symbol"),
                    keys.indexOf("quantity"), keys.indexOf("averagecostbasis"), keys.indexOf("currentvalue"),
                    keys.indexOf("lastprice"), keys.indexOf("costbasistotal"), keys.indexOf("description"), keys.indexOf("accountnumber"),
                    List.of()));
        }
        int schwabQty = first(keys, SCHWAB_QTY);
        int schwabValue = first(keys, SCHWAB_VALUE);
        if (!pasted && set.contains("symbol") && set.contains("costbasis") && schwabQty >= 0 && schwabValue >= 0
                && SCHWAB_MARKERS.stream().anyMatch(set::contains)) {
            return Optional.of(new Layout(HoldingsFileFormat.SCHWAB, headers, keys.indexOf("symbol"), schwabQty,
                    Layout.ABSENT, schwabValue, keys.indexOf("price"), keys.indexOf("costbasis"), keys.indexOf("description"),
                    Layout.ABSENT, List.of()));
        }
        int ticker = first(keys, keysOf(TICKER_ALIASES));
        int quantity = first(keys, keysOf(QUANTITY_ALIASES));
        if (ticker < 0 || quantity < 0) {
            return Optional.empty();
        }
        int cost = first(keys, keysOf(COST_ALIASES));
        List<String> ignored = new ArrayList<>();
        for (int i = 0; i < headers.size(); i++) {
            if (i != ticker && i != quantity && i != cost && !headers.get(i).isBlank()) {
                ignored.add(headers.get(i));
            }
        }
        return Optional.of(new Layout(pasted ? HoldingsFileFormat.PASTED : HoldingsFileFormat.GENERIC, headers,
                ticker, quantity, cost, Layout.ABSENT, Layout.ABSENT, Layout.ABSENT, Layout.ABSENT, Layout.ABSENT,
                ignored));
    }

    /** Layout for a pasted block without header: ticker, quantity and (when present) cost. */
    static Layout headerless(int columns) {
        List<String> labels = columns >= 3 ? List.of("ticker", "quantity", "cost") : List.of("ticker", "quantity");
        return new Layout(HoldingsFileFormat.PASTED, labels, 0, 1, columns >= 3 ? 2 : Layout.ABSENT,
                Layout.ABSENT, Layout.ABSENT, Layout.ABSENT, Layout.ABSENT, Layout.ABSENT, List.of());
    }

    /** A Fidelity/Schwab header seen again (Schwab "all accounts" export repeats it per account). */
    static boolean isSameHeader(Layout layout, Row row) {
        return HeaderKeys.keys(row.cells().subList(0, row.width())).equals(HeaderKeys.keys(layout.headers()));
    }

    private static int first(List<String> keys, List<String> wanted) {
        for (String w : wanted) {
            int i = keys.indexOf(w);
            if (i >= 0) {
                return i;
            }
        }
        return -1;
    }

    private static List<String> keysOf(List<String> names) {
        return names.stream().map(HeaderKeys::key).toList();
    }
}
