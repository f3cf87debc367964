package com.rotationrisk.portfolio;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Describes, in words an advisor reads, how one version of a portfolio differs from another. */
public final class PortfolioChanges {

    private PortfolioChanges() {
    }

    public static List<String> between(PortfolioDraft before, PortfolioDraft after) {
        List<String> changes = new ArrayList<>();
        if (!Objects.equals(before.clientName(), after.clientName())) {
            changes.add("client name: \"" + before.clientName() + "\" → \"" + after.clientName() + "\"");
        }
        if (!Objects.equals(blank(before.notes()), blank(after.notes()))) {
            changes.add("notes changed");
        }
        Map<String, HoldingInput> old = byTicker(before);
        Map<String, HoldingInput> now = byTicker(after);
        for (HoldingInput h : now.values()) {
            HoldingInput was = old.get(h.ticker());
            if (was == null) {
                changes.add("added " + h.ticker() + " (" + plain(h.quantity()) + ")");
            } else if (!same(was.quantity(), h.quantity())) {
                changes.add(h.ticker() + " quantity " + plain(was.quantity()) + " → " + plain(h.quantity()));
            } else if (!same(was.costBasisPerShare(), h.costBasisPerShare())) {
                changes.add(h.ticker() + " cost basis " + plain(was.costBasisPerShare()) + " → "
                        + plain(h.costBasisPerShare()));
            }
        }
        old.keySet().stream().filter(t -> !now.containsKey(t)).forEach(t -> changes.add("removed " + t));
        return changes;
    }

    /** Nothing to store: same name, notes and holdings in the same order, amounts equal whatever their scale. */
    static boolean identical(PortfolioDraft a, PortfolioDraft b) {
        if (!Objects.equals(a.clientName(), b.clientName()) || !Objects.equals(blank(a.notes()), blank(b.notes()))
                || !Objects.equals(a.baseCurrency(), b.baseCurrency()) || a.holdings().size() != b.holdings().size()) {
            return false;
        }
        for (int i = 0; i < a.holdings().size(); i++) {
            HoldingInput x = a.holdings().get(i);
            HoldingInput y = b.holdings().get(i);
            if (!x.ticker().equals(y.ticker()) || !same(x.quantity(), y.quantity())
                    || !same(x.costBasisPerShare(), y.costBasisPerShare()) || !same(x.filePrice(), y.filePrice())
                    || !Objects.equals(x.filePriceDate(), y.filePriceDate())) {
                return false;
            }
        }
        return true;
    }

    private static Map<String, HoldingInput> byTicker(PortfolioDraft draft) {
        Map<String, HoldingInput> map = new LinkedHashMap<>();
        draft.holdings().forEach(h -> map.putIfAbsent(h.ticker(), h));
        return map;
    }

    private static boolean same(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    private static String plain(BigDecimal value) {
        return value == null ? "none" : value.stripTrailingZeros().toPlainString();
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? "" : text.trim();
    }
}
