package com.rotationrisk.marketdata;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Answers "the bars of X up to date D". Histories are read from the database once and kept in
 * memory per instrument together with the instrument's data version; every call checks the
 * versions (one small query), so an import in this or another instance is seen at once.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class BarStore {

    private record Cached(long version, PriceHistory history) {
    }

    private record VersionRow(long id, String symbol, long version) {
    }

    private final NamedParameterJdbcTemplate jdbc;
    // Weighed in bars (about 70 bytes each in memory): a firm that imports thousands of instruments keeps the
    // most recently used histories, not all of them.
    private final Cache<Long, Cached> cache;

    BarStore(NamedParameterJdbcTemplate jdbc, MarketDataSettings settings) {
        this.jdbc = jdbc;
        this.cache = Caffeine.newBuilder().maximumWeight(settings.cacheMaxBars())
                .weigher((Long id, Cached c) -> Math.max(1, c.history().dates().length)).build();
    }

    /** Bars of each known symbol dated on or before {@code asOf}; unknown symbols are absent from the map. */
    public Map<String, PriceHistory> barsUpTo(Collection<String> symbols, LocalDate asOf) {
        Map<String, PriceHistory> result = new HashMap<>();
        if (symbols.isEmpty()) {
            return result;
        }
        List<VersionRow> versions = jdbc.query(
                "select id, symbol, data_version from instrument where symbol in (:symbols)",
                new MapSqlParameterSource("symbols", symbols),
                (rs, i) -> new VersionRow(rs.getLong(1), rs.getString(2), rs.getLong(3)));
        for (VersionRow row : versions) {
            Cached cached = cache.getIfPresent(row.id());
            if (cached == null || cached.version() != row.version()) {
                cached = load(row);
            }
            result.put(row.symbol(), cached.history().upTo(asOf));
        }
        return result;
    }

    public PriceHistory barsUpTo(String symbol, LocalDate asOf) {
        return barsUpTo(List.of(symbol), asOf).getOrDefault(symbol, PriceHistory.empty(symbol));
    }

    /** Forget cached histories; the next read goes to the database. */
    void evictAll() {
        cache.invalidateAll();
    }

    long cachedBars() {
        cache.cleanUp();
        return cache.policy().eviction().flatMap(e -> e.weightedSize().stream().boxed().findFirst()).orElse(0L);
    }

    /** One primary-key range scan per instrument: measured faster on H2 than a single IN-list query with a sort. */
    private Cached load(VersionRow row) {
        Builder builder = new Builder(row.symbol());
        jdbc.getJdbcTemplate().query("""
                select instrument_id, bar_date, open_price, high_price, low_price, close_price, volume
                from daily_bar where instrument_id = ? order by bar_date""", builder::add, row.id());
        Cached loaded = new Cached(row.version(), builder.build());
        cache.put(row.id(), loaded);
        return loaded;
    }

    private static final class Builder {
        private final String symbol;
        private final List<LocalDate> dates = new ArrayList<>(1300);
        private double[] open = new double[1300];
        private double[] high = new double[1300];
        private double[] low = new double[1300];
        private double[] close = new double[1300];
        private double[] volume = new double[1300];

        Builder(String symbol) {
            this.symbol = symbol;
        }

        void add(ResultSet rs) throws SQLException {
            int i = dates.size();
            if (i == close.length) {
                int grown = i * 2;
                open = Arrays.copyOf(open, grown);
                high = Arrays.copyOf(high, grown);
                low = Arrays.copyOf(low, grown);
                close = Arrays.copyOf(close, grown);
                volume = Arrays.copyOf(volume, grown);
            }
            dates.add(rs.getDate(2).toLocalDate());
            open[i] = nullable(rs, 3);
            high[i] = nullable(rs, 4);
            low[i] = nullable(rs, 5);
            close[i] = rs.getDouble(6);
            volume[i] = nullable(rs, 7);
        }

        private static double nullable(ResultSet rs, int column) throws SQLException {
            double value = rs.getDouble(column);
            return rs.wasNull() ? Double.NaN : value;
        }

        PriceHistory build() {
            int n = dates.size();
            return new PriceHistory(symbol, dates.toArray(LocalDate[]::new), Arrays.copyOf(open, n),
                    Arrays.copyOf(high, n), Arrays.copyOf(low, n),
                    Arrays.copyOf(close, n), Arrays.copyOf(volume, n));
        }
    }
}
