package com.rotationrisk.portfolio;

import com.rotationrisk.marketdata.HeldSymbols;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Tells the daily price refresh which tickers saved portfolios hold (reads no client data beyond tickers). */
@Component
class PortfolioHeldSymbols implements HeldSymbols {

    private final JdbcTemplate jdbc;

    PortfolioHeldSymbols(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<String> heldSymbols() {
        return new TreeSet<>(jdbc.queryForList("select distinct h.ticker from holding h join portfolio p on p.id = h.portfolio_id where p.deleted_at is null", String.class));
    }
}
