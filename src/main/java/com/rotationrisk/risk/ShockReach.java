package com.rotationrisk.risk;

import com.rotationrisk.marketdata.InstrumentCatalog;
import com.rotationrisk.marketdata.Ticker;
import com.rotationrisk.risk.engine.InstrumentProfile;
import com.rotationrisk.risk.engine.scenario.ScenarioMath;
import com.rotationrisk.risk.engine.scenario.Shock;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * How many holdings of the caller's book a direct shock reaches ("matches 12 holdings in 4 portfolios of your book"),
 * by the engine's own matching rule. The book is what the portfolio module lets the caller see
 * ({@link VisibleHoldings}); an administrator, who sees no client portfolios, has an empty book.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class ShockReach {

    /** The holdings and portfolios a shock matches. */
    public record Reach(int holdings, int portfolios) {

        /** "matches 3 holdings in 2 portfolios of your book", as the scenario editor shows it. */
        public String describe() {
            return holdings == 0 ? "matches no holdings in your book" : "matches " + holdings
                    + (holdings == 1 ? " holding" : " holdings") + " in " + portfolios
                    + (portfolios == 1 ? " portfolio" : " portfolios") + " of your book";
        }
    }

    /** The caller's book as it was read: counts shocks as they are edited without reading it again. */
    public static final class Book {

        private record Position(long portfolioId, String ticker, InstrumentProfile profile) {
        }

        private final List<Position> positions;

        private Book(List<Position> positions) {
            this.positions = positions;
        }

        public Reach of(Shock shock) {
            if (shock == null || shock.target() == null || shock.key() == null || shock.key().isBlank()) {
                return new Reach(0, 0);
            }
            Shock trimmed = new Shock(shock.target(), shock.key().strip(), shock.pct());
            Set<Long> portfolios = new HashSet<>();
            int holdings = 0;
            for (Position p : positions) {
                if (ScenarioMath.matches(trimmed, p.ticker(), p.profile())) {
                    holdings++;
                    portfolios.add(p.portfolioId());
                }
            }
            return new Reach(holdings, portfolios.size());
        }

        public int portfolios() {
            return (int) positions.stream().map(Position::portfolioId).distinct().count();
        }
    }

    private final ObjectProvider<VisibleHoldings> visible;
    private final InstrumentCatalog catalog;

    ShockReach(ObjectProvider<VisibleHoldings> visible, InstrumentCatalog catalog) {
        this.visible = visible;
        this.catalog = catalog;
    }

    /** The caller's book, read once. */
    public Book myBook() {
        List<VisibleHoldings.Held> held = visible.orderedStream().flatMap(v -> v.visibleToCaller().stream()).toList();
        Map<String, InstrumentProfile> profiles = new HashMap<>();
        catalog.findAll(held.stream().map(VisibleHoldings.Held::ticker).distinct().toList())
                .forEach((symbol, details) -> profiles.put(symbol, RiskService.toProfile(details)));
        return new Book(held.stream().map(h -> new Book.Position(h.portfolioId(), h.ticker(),
                Ticker.isCash(h.ticker()) ? InstrumentProfile.cash(h.ticker()) : profiles.get(h.ticker()))).toList());
    }

    /** How far one shock reaches into the caller's book. */
    public Reach inMyBook(Shock shock) {
        return myBook().of(shock);
    }
}
