package com.rotationrisk.portfolio;

import com.rotationrisk.risk.VisibleHoldings;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The holdings of the portfolios the caller may see: exactly those {@link PortfolioService} lists as theirs or as
 * shared with them now (so its access rules decide), read in one query; only tickers leave this module.
 */
@Component
class PortfolioVisibleHoldings implements VisibleHoldings {

    private final PortfolioService portfolios;
    private final JdbcTemplate jdbc;

    PortfolioVisibleHoldings(PortfolioService portfolios, JdbcTemplate jdbc) {
        this.portfolios = portfolios;
        this.jdbc = jdbc;
    }

    @Override
    public List<Held> visibleToCaller() {
        List<Long> ids = Stream.concat(portfolios.myPortfolios("").stream(), portfolios.sharedWithMe("").stream())
                .map(PortfolioSummary::id).distinct().toList();
        List<Held> held = new ArrayList<>();
        // chunks keep the IN list within what every database accepts
        for (int from = 0; from < ids.size(); from += 500) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + 500));
            held.addAll(jdbc.query("select portfolio_id, ticker from holding where portfolio_id in ("
                    + String.join(",", Collections.nCopies(chunk.size(), "?")) + ")",
                    (rs, n) -> new Held(rs.getLong(1), rs.getString(2)), chunk.toArray()));
        }
        return held;
    }
}
