package com.rotationrisk.risk;

import com.rotationrisk.marketdata.Gics;
import com.rotationrisk.marketdata.InstrumentCatalog;
import com.rotationrisk.marketdata.Ticker;
import com.rotationrisk.risk.engine.SizeBucket;
import com.rotationrisk.risk.engine.scenario.ShockTarget;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * What a direct shock may name: a GICS sector, a GICS industry or sub-industry ({@link Gics}), a ticker in the
 * instrument universe (or cash), or a size bucket. Scenario validation asks it for the stored spelling of a key, and
 * the scenario editor for its pick lists, so a typo can neither be picked nor saved.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class ShockKeys {

    /** One entry of a pick list: the key a shock stores and how the list shows it. */
    public record Choice(String key, String label) {
    }

    private final InstrumentCatalog catalog;

    ShockKeys(InstrumentCatalog catalog) {
        this.catalog = catalog;
    }

    /** The stored spelling of {@code raw} for that target, or empty when it names nothing a shock can match. */
    public Optional<String> canonical(ShockTarget target, String raw) {
        if (target == null || raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        return switch (target) {
            case SECTOR -> Gics.sector(raw);
            case INDUSTRY -> Gics.industry(raw).map(Gics.Industry::name);
            case TICKER -> {
                String symbol = Ticker.canonical(raw);
                yield Ticker.problem(symbol).isEmpty() && (Ticker.isCash(symbol) || catalog.find(symbol).isPresent())
                        ? Optional.of(symbol) : Optional.empty();
            }
            case SIZE_BUCKET -> Arrays.stream(SizeBucket.values()).map(Enum::name)
                    .filter(b -> b.equals(raw.strip().toUpperCase(Locale.ROOT))).findFirst();
        };
    }

    /** Why {@code raw} is refused for that target, in words for the advisor. */
    public String whyUnknown(ShockTarget target, String raw) {
        String shown = "'" + (raw.length() > 60 ? raw.substring(0, 60) + "…" : raw) + "'";
        return switch (target) {
            case SECTOR -> shown + " is not a GICS sector. Pick one of the " + Gics.sectors().size()
                    + " sectors from the list.";
            case INDUSTRY -> shown + " is not a GICS industry or sub-industry. Pick one from the list.";
            case TICKER -> shown + " is not in the instrument universe. Pick a ticker from the list, or add the "
                    + "instrument on the Instruments page first.";
            case SIZE_BUCKET -> shown + " is not a size bucket: choose LARGE, MID or SMALL.";
        };
    }

    /** The pick list for a target: sectors in GICS order, industries by name, tickers by symbol, buckets by size. */
    public List<Choice> choices(ShockTarget target) {
        return switch (target) {
            case SECTOR -> Gics.sectors().stream().map(s -> new Choice(s, s)).toList();
            case INDUSTRY -> Gics.industries().stream().map(i -> new Choice(i.name(), i.name() + " ("
                    + (i.subIndustry() ? "sub-industry, " : "") + i.sector() + ")")).toList();
            case TICKER -> {
                List<Choice> tickers = new ArrayList<>();
                catalog.names().forEach((symbol, name) -> tickers.add(new Choice(symbol, symbol + " · " + name)));
                tickers.add(new Choice(Ticker.CASH, Ticker.CASH + " · cash"));
                yield tickers;
            }
            case SIZE_BUCKET -> Arrays.stream(SizeBucket.values()).map(b -> new Choice(b.name(),
                    b.name().charAt(0) + b.name().substring(1).toLowerCase(Locale.ROOT) + " caps (" + b.name() + ")"))
                    .toList();
        };
    }
}
