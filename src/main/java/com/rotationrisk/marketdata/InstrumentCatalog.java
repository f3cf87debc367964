package com.rotationrisk.marketdata;

import com.rotationrisk.audit.AuditAction;
import com.rotationrisk.security.CurrentUser;
import com.rotationrisk.security.SignedInUser;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The instrument universe: search, details, data range, and the benchmark pair. */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class InstrumentCatalog {

    private final InstrumentRepository instruments;
    private final BenchmarkPairRepository benchmarkPairs;
    private final BarStore barStore;
    private final CurrentUser currentUser;
    private final ReferenceData referenceData;
    private final JdbcTemplate jdbc;

    InstrumentCatalog(InstrumentRepository instruments, BenchmarkPairRepository benchmarkPairs, BarStore barStore,
                      CurrentUser currentUser, JdbcTemplate jdbc, ReferenceData referenceData) {
        this.referenceData = referenceData;
        this.jdbc = jdbc;
        this.instruments = instruments;
        this.benchmarkPairs = benchmarkPairs;
        this.barStore = barStore;
        this.currentUser = currentUser;
    }

    /** Instruments whose symbol or name contains the text (all when blank), by symbol. */
    public List<InstrumentSummary> search(String text) {
        String needle = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        List<Instrument> matches = instruments.findAllByOrderBySymbolAsc().stream()
                .filter(i -> needle.isEmpty() || i.getSymbol().toLowerCase(Locale.ROOT).contains(needle)
                        || i.getName().toLowerCase(Locale.ROOT).contains(needle))
                .toList();
        Map<String, PriceHistory> histories = barStore.barsUpTo(matches.stream().map(Instrument::getSymbol).toList(),
                LocalDate.MAX);
        List<InstrumentSummary> result = new ArrayList<>(matches.size());
        for (Instrument i : matches) {
            PriceHistory h = histories.getOrDefault(i.getSymbol(), PriceHistory.empty(i.getSymbol()));
            result.add(new InstrumentSummary(i.details(), h.firstDate(), h.lastDate(), h.size(), h.lastClose(),
                    h.hasFullBars(), i.getSource(), i.getPriceBasis()));
        }
        return result;
    }

    /** Symbol → name of every instrument, by symbol; reads no price history (for pickers). */
    public Map<String, String> names() {
        Map<String, String> names = new LinkedHashMap<>();
        instruments.findAllByOrderBySymbolAsc().forEach(i -> names.put(i.getSymbol(), i.getName()));
        return names;
    }

    public Optional<InstrumentDetails> find(String symbol) {
        return instruments.findBySymbol(InstrumentDetails.normalizeSymbol(symbol)).map(Instrument::details);
    }

    public Map<String, InstrumentDetails> findAll(List<String> symbols) {
        Map<String, InstrumentDetails> found = new HashMap<>();
        instruments.findBySymbolIn(symbols.stream().map(InstrumentDetails::normalizeSymbol).toList())
                .forEach(i -> found.put(i.getSymbol(), i.details()));
        return found;
    }

    /**
     * Adds an instrument without prices to the universe (an unpriced holding the advisor describes), so
     * that its prices can then be fetched or imported. Shared reference data: the firm-wide permission; audited.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'REFERENCE_DATA')")
    @Transactional
    public InstrumentDetails addInstrument(InstrumentDetails details) {
        String symbol = Ticker.canonical(details == null ? null : details.symbol());
        Ticker.problem(symbol).ifPresent(problem -> {
            throw new InvalidImportException("symbol", Character.toUpperCase(problem.charAt(0)) + problem.substring(1)
                    + ".");
        });
        if (Ticker.isCash(symbol)) {
            throw new InvalidImportException("symbol", symbol + " is cash, which needs no instrument.");
        }
        if (instruments.findBySymbol(symbol).isPresent()) {
            throw new InvalidImportException("symbol", symbol + " is already in the instrument universe.");
        }
        SignedInUser me = currentUser.require();
        referenceData.requireMayChange(me, symbol);
        InstrumentDetails valid = NewInstrumentRule.require(symbol, details);
        instruments.save(new Instrument(valid, "added by " + me.username(), "as fetched or imported"));
        referenceData.audit(me.auditActor(), AuditAction.INSTRUMENT_ADDED, symbol + ": " + valid.name() + ", " + valid.assetType());
        return valid;
    }

    /** Where the stored bars of an instrument came from, newest first (one line per source and fetch). */
    public List<BarSource> barSources(String symbol) {
        return jdbc.query("""
                select b.source, b.fetched_at, count(*), min(b.bar_date), max(b.bar_date)
                from daily_bar b join instrument i on i.id = b.instrument_id
                where i.symbol = ?
                group by b.source, b.fetched_at
                order by max(b.bar_date) desc, b.fetched_at desc""", (rs, n) -> new BarSource(
                rs.getString(1) == null ? "not recorded" : rs.getString(1),
                rs.getTimestamp(2) == null ? null : rs.getTimestamp(2).toInstant(), rs.getInt(3),
                rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class)),
                InstrumentDetails.normalizeSymbol(symbol));
    }

    /** Those of the symbols that are in the universe and have at least one stored bar. */
    public Set<String> withPriceHistory(List<String> symbols) {
        Set<String> priced = new HashSet<>();
        barStore.barsUpTo(symbols.stream().map(InstrumentDetails::normalizeSymbol).toList(), LocalDate.MAX)
                .forEach((symbol, history) -> {
                    if (!history.isEmpty()) {
                        priced.add(symbol);
                    }
                });
        return priced;
    }

    /** The firm's default rotation spread (settings: {@link RotationSpreadSettings}). */
    public Benchmarks benchmarks() {
        return benchmarkPairs.findFirstByDefaultPairTrue().map(InstrumentCatalog::toBenchmarks)
                .orElse(new Benchmarks("none configured", null, null));
    }

    /** The spread of that name, or the default one when the name is blank or unknown. */
    public Benchmarks benchmarks(String pairName) {
        if (pairName == null || pairName.isBlank()) {
            return benchmarks();
        }
        return benchmarkPairs.findByName(pairName).map(InstrumentCatalog::toBenchmarks).orElseGet(this::benchmarks);
    }

    /** Every configured spread, the default first: the analysis view's per-analysis choice. */
    public List<Benchmarks> benchmarkPairs() {
        return benchmarkPairs.findAllByOrderByDefaultPairDescNameAsc().stream().map(InstrumentCatalog::toBenchmarks)
                .toList();
    }

    private static Benchmarks toBenchmarks(BenchmarkPair p) {
        return new Benchmarks(p.getName(), p.getLargeCapSymbol(), p.getSmallCapSymbol());
    }
}
