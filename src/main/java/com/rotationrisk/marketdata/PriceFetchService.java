package com.rotationrisk.marketdata;

import com.rotationrisk.audit.AuditAction;
import com.rotationrisk.audit.AuditActor;
import com.rotationrisk.marketdata.provider.PriceProvider;
import com.rotationrisk.marketdata.provider.PriceProviderException;
import com.rotationrisk.marketdata.provider.ProviderBar;
import com.rotationrisk.marketdata.provider.ProviderBatch;
import com.rotationrisk.marketdata.provider.ProviderHistory;
import com.rotationrisk.marketdata.provider.ProviderProfile;
import com.rotationrisk.marketdata.provider.ProviderSplit;
import com.rotationrisk.security.CurrentUser;
import com.rotationrisk.security.SignedInUser;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fetches daily bars from the configured online provider into the store: for the unpriced holdings
 * of a portfolio (an advisor with the price-import permission), or for every held instrument and the
 * benchmarks (the daily refresh). Each symbol is fetched, checked by the {@link BarQualityGate} and
 * written in its own transaction, so a failure costs only that symbol and never half-writes it;
 * each outcome is recorded with its run.
 */
@Service
public class PriceFetchService {

    /** What happened to one symbol. */
    public enum Outcome {
        UPDATED, NOT_IN_UNIVERSE, UNKNOWN_SYMBOL, RATE_LIMITED, FAILED;

        public boolean failed() {
            return this != UPDATED;
        }
    }

    public record SymbolResult(String symbol, Outcome outcome, int stored, int heldBack, String message) {
    }

    public record RefreshRun(long id, Instant startedAt, Instant finishedAt, String startedBy, String provider,
                             int symbols, int succeeded, int failed) {

        public boolean finished() {
            return finishedAt != null;
        }
    }

    public record HeldBackBar(String symbol, LocalDate date, Double close, String reason, String source,
                              Instant fetchedAt) {
    }

    private final InstrumentRepository instruments;
    private final BenchmarkPairRepository pairs;
    private final BarWriter writer;
    private final HeldBackBars heldBack;
    private final PriceRefreshRuns runs;
    private final PriceImportLog importLog;
    private final ObjectProvider<PriceProvider> provider;
    private final ObjectProvider<HeldSymbols> held;
    private final TransactionTemplate tx;
    private final JdbcTemplate jdbc;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final BarQualityGate gate;
    private final ReferenceData referenceData;
    private final MeterRegistry meters;

    PriceFetchService(InstrumentRepository instruments, BenchmarkPairRepository pairs, BarWriter writer,
                      HeldBackBars heldBack, PriceRefreshRuns runs, PriceImportLog importLog,
                      ObjectProvider<PriceProvider> provider, ObjectProvider<HeldSymbols> held, TransactionTemplate tx,
                      JdbcTemplate jdbc, CurrentUser currentUser, Clock clock, PriceRefreshSettings settings,
                      ReferenceData referenceData, MeterRegistry meters) {
        this.meters = meters;
        this.referenceData = referenceData;
        this.instruments = instruments;
        this.pairs = pairs;
        this.writer = writer;
        this.heldBack = heldBack;
        this.runs = runs;
        this.importLog = importLog;
        this.provider = provider;
        this.held = held;
        this.tx = tx;
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.clock = clock;
        this.gate = new BarQualityGate(settings.maxDailyMove());
    }

    @PreAuthorize("isAuthenticated()")
    public boolean providerAvailable() {
        return provider.getIfAvailable() != null;
    }

    /** The provider's name, or empty when none is configured. */
    @PreAuthorize("isAuthenticated()")
    public Optional<String> providerName() {
        return Optional.ofNullable(provider.getIfAvailable()).map(PriceProvider::name);
    }

    /** Fetches these symbols now (a portfolio's unpriced holdings); results in the order asked. */
    @PreAuthorize("hasAnyRole('ADMIN', 'REFERENCE_DATA')")
    public List<SymbolResult> fetch(Collection<String> symbols) {
        List<String> wanted = symbols.stream().map(Ticker::canonical).filter(s -> !s.isEmpty() && !Ticker.isCash(s))
                .distinct().limit(MAX_SYMBOLS_PER_REQUEST).toList();
        SignedInUser me = currentUser.require();
        return run(me.username(), me.auditActor(), wanted, symbol -> referenceData.refusal(me, symbol));
    }

    /** What the provider says about a symbol (name, type, sector, industry), to fill the new-instrument form. */
    @PreAuthorize("hasAnyRole('ADMIN', 'REFERENCE_DATA')")
    public Optional<ProviderProfile> profile(String symbol) {
        PriceProvider p = provider.getIfAvailable();
        if (p == null) {
            return Optional.empty();
        }
        try {
            return p.profile(Ticker.canonical(symbol));
        } catch (PriceProviderException e) {
            return Optional.empty();
        }
    }

    /**
     * A description of a symbol from the provider's profile data, to prefill the new-instrument form:
     * name, type, sector and industry as the provider gives them, size bucket from market capitalisation
     * (large ≥ $10 bn, mid ≥ $2 bn). Fields the provider does not know are null.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'REFERENCE_DATA')")
    public Optional<InstrumentDetails> suggestedDetails(String symbol) {
        return profile(symbol).map(p -> new InstrumentDetails(Ticker.canonical(symbol), p.name(),
                assetType(p.assetType()), titleCase(p.sector()), titleCase(p.industry()), size(p.marketCapitalization())));
    }

    static AssetType assetType(String providerType) {
        if (providerType == null) {
            return null;
        }
        String t = providerType.toUpperCase(Locale.ROOT);
        return t.contains("ETF") || t.contains("FUND") ? AssetType.ETF : t.contains("STOCK") || t.contains("EQUITY")
                ? AssetType.STOCK : t.contains("INDEX") ? AssetType.INDEX : null;
    }

    static SizeBucket size(Double marketCap) {
        if (marketCap == null || !(marketCap > 0)) {
            return null;
        }
        return marketCap >= 10e9 ? SizeBucket.LARGE : marketCap >= 2e9 ? SizeBucket.MID : SizeBucket.SMALL;
    }

    /** "TECHNOLOGY" → "Technology", "SERVICES-PREPACKAGED SOFTWARE" → "Services-Prepackaged Software". */
    static String titleCase(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        StringBuilder out = new StringBuilder(text.length());
        boolean start = true;
        for (char c : text.strip().toCharArray()) {
            out.append(start ? Character.toUpperCase(c) : Character.toLowerCase(c));
            start = !Character.isLetterOrDigit(c);
        }
        return out.toString();
    }

    @PreAuthorize("hasRole('ADMIN')")
    public List<RefreshRun> recentRuns() {
        return runs.recent(10);
    }

    @PreAuthorize("hasRole('ADMIN')")
    public List<SymbolResult> results(long runId) {
        return runs.results(runId);
    }

    @PreAuthorize("hasRole('ADMIN')")
    public List<HeldBackBar> heldBackBars() {
        return heldBack.recent(200);
    }

    static final int MAX_SYMBOLS_PER_REQUEST = 200;

    /** Every instrument held in a saved portfolio plus both legs of every rotation spread, in the universe. */
    Set<String> refreshUniverse() {
        Set<String> symbols = new TreeSet<>();
        held.orderedStream().forEach(h -> symbols.addAll(h.heldSymbols()));
        pairs.findAll().forEach(p -> {
            symbols.add(p.getLargeCapSymbol());
            if (p.getSmallCapSymbol() != null) {
                symbols.add(p.getSmallCapSymbol());
            }
        });
        symbols.removeIf(Ticker::isCash);
        Set<String> known = instruments.findBySymbolIn(symbols).stream().map(Instrument::getSymbol)
                .collect(Collectors.toCollection(TreeSet::new));
        return known;
    }

    /** A refresh started by an administrator ({@code actor}) or by the scheduler ({@link AuditActor#SYSTEM}). */
    List<SymbolResult> run(String startedBy, AuditActor actor, List<String> symbols) {
        return run(startedBy, actor, symbols, symbol -> null);
    }

    /**
     * Records a run and fetches the symbols one by one; each result is stored as it comes (progress is read back).
     * {@code refusal} says why the starter may not change a symbol's prices (a benchmark, for a non-administrator).
     */
    List<SymbolResult> run(String startedBy, AuditActor actor, List<String> symbols,
                           java.util.function.Function<String, String> refusal) {
        PriceProvider p = provider.getIfAvailable();
        if (p == null) {
            throw new IllegalStateException("No online price provider is configured "
                    + "(rotationrisk.marketdata.online.enabled=false).");
        }
        long runId = tx.execute(s -> runs.start(startedBy, p.name(), symbols.size(), clock.instant()));
        Map<String, Instrument> known = new LinkedHashMap<>();
        instruments.findBySymbolIn(symbols).forEach(i -> known.put(i.getSymbol(), i));
        List<SymbolResult> results = new ArrayList<>(symbols.size());
        List<String> toFetch = new ArrayList<>();
        for (String symbol : symbols) {
            String refused = refusal.apply(symbol);
            if (refused != null) {
                record(runId, new SymbolResult(symbol, Outcome.FAILED, 0, 0, refused), results);
            } else if (!known.containsKey(symbol)) {
                SymbolResult r = new SymbolResult(symbol, Outcome.NOT_IN_UNIVERSE, 0, 0, symbol
                        + " is not in the instrument universe yet: add it (name, type, sector) first.");
                record(runId, r, results);
            } else {
                toFetch.add(symbol);
            }
        }
        for (ProviderBatch.Outcome o : ProviderBatch.fetchAll(p, toFetch)) {
            SymbolResult r = o.succeeded() ? store(runId, actor, known.get(o.symbol()), o.history())
                    : failure(o.symbol(), o.failure());
            if (o.succeeded()) {
                results.add(r); // stored with its bars, in the same transaction
            } else {
                meters.counter("rotationrisk.price.fetch.failures", "outcome", r.outcome().name()).increment();
                record(runId, r, results);
            }
        }
        tx.executeWithoutResult(s -> runs.finish(runId, clock.instant()));
        return results;
    }

    private void record(long runId, SymbolResult r, List<SymbolResult> results) {
        tx.executeWithoutResult(s -> runs.result(runId, r));
        results.add(r);
    }

    /** One symbol, one transaction: its accepted bars, its held-back bars and its result row, or none of them. */
    private SymbolResult store(long runId, AuditActor actor, Instrument instrument, ProviderHistory history) {
        return tx.execute(s -> {
            List<BarQualityGate.Candidate> candidates = history.bars().stream().map(PriceFetchService::candidate)
                    .toList();
            PreviousBar previous = candidates.isEmpty() ? null : previousBar(instrument.getId(),
                    candidates.getFirst().date());
            Set<LocalDate> splits = history.splits().stream().map(ProviderSplit::date).collect(Collectors.toSet());
            BarQualityGate.Result checked = gate.check(candidates, previous == null ? null : previous.date(),
                    previous == null ? null : previous.close(), splits);
            if (!checked.accepted().isEmpty()) {
                writer.write(instrument.getId(), checked.accepted(), history.providerName(), history.fetchedAt());
                importLog.record(instrument.getId(), "price-fetch", history.providerName(), "PROVIDER",
                        checked.accepted().size(), checked.accepted().getFirst().date(),
                        checked.accepted().getLast().date());
                referenceData.audit(actor, AuditAction.PRICES_FETCHED, instrument.getSymbol() + ": "
                        + checked.accepted().size() + " bars " + checked.accepted().getFirst().date() + " to "
                        + checked.accepted().getLast().date() + " from " + history.providerName());
            }
            if (!checked.heldBack().isEmpty()) {
                heldBack.store(instrument.getId(), checked.heldBack(), history.providerName(), history.fetchedAt());
            }
            String message = checked.accepted().size() + " bars stored"
                    + (checked.heldBack().isEmpty() ? "" : ", " + checked.heldBack().size()
                    + " held back for review (first: " + checked.heldBack().getFirst().bar().date() + ", "
                    + checked.heldBack().getFirst().reason() + ")")
                    + (history.malformedRows().isEmpty() ? "" : ", " + history.malformedRows().size()
                    + " unreadable rows skipped (" + history.malformedRows().getFirst() + ")");
            SymbolResult r = new SymbolResult(instrument.getSymbol(), Outcome.UPDATED, checked.accepted().size(),
                    checked.heldBack().size(), message);
            runs.result(runId, r);
            return r;
        });
    }

    private record PreviousBar(LocalDate date, double close) {
    }

    private PreviousBar previousBar(long instrumentId, LocalDate before) {
        List<PreviousBar> bars = jdbc.query("select bar_date, close_price from daily_bar where instrument_id = ? and"
                + " bar_date < ? order by bar_date desc fetch first 1 rows only",
                (rs, n) -> new PreviousBar(rs.getObject(1, LocalDate.class), rs.getDouble(2)), instrumentId, before);
        return bars.isEmpty() ? null : bars.getFirst();
    }

    private static BarQualityGate.Candidate candidate(ProviderBar b) {
        return new BarQualityGate.Candidate(b.date(), b.open(), b.high(), b.low(), b.close(), b.volume());
    }

    private static SymbolResult failure(String symbol, PriceProviderException e) {
        Outcome outcome = switch (e.kind()) {
            case UNKNOWN_SYMBOL -> Outcome.UNKNOWN_SYMBOL;
            case RATE_LIMITED -> Outcome.RATE_LIMITED;
            default -> Outcome.FAILED;
        };
        return new SymbolResult(symbol, outcome, 0, 0, e.getMessage());
    }
}
