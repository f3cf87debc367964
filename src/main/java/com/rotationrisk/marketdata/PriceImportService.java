package com.rotationrisk.marketdata;

import com.rotationrisk.audit.AuditAction;
import com.rotationrisk.marketdata.importing.ColumnMapping;
import com.rotationrisk.marketdata.importing.ParsedBar;
import com.rotationrisk.marketdata.importing.PriceFileParser;
import com.rotationrisk.marketdata.importing.PriceFilePreview;
import com.rotationrisk.marketdata.provider.PriceProvider;
import com.rotationrisk.marketdata.provider.PriceProviderException;
import com.rotationrisk.security.CurrentUser;
import com.rotationrisk.security.SignedInUser;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports price history in two steps: {@link #preview} parses and checks a file and writes nothing;
 * {@link #commit} writes the confirmed bars in one transaction, so a failure leaves the store
 * exactly as it was. Only administrators and holders of the firm-wide reference-data permission may call it;
 * the benchmarks of the rotation spreads only administrators ({@link ReferenceData}). Every import is audited.
 */
@Service
@PreAuthorize("hasAnyRole('ADMIN', 'REFERENCE_DATA')")
public class PriceImportService {

    public static final int MAX_FILE_BYTES = PriceFileParser.MAX_BYTES;

    private final PriceFileParser parser = new PriceFileParser();
    private final InstrumentRepository instruments;
    private final BarWriter writer;
    private final PriceImportLog importLog;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ObjectProvider<PriceProvider> priceProvider;
    private final ReferenceData referenceData;
    private final MeterRegistry meters;

    PriceImportService(InstrumentRepository instruments, BarWriter writer, PriceImportLog importLog,
                       CurrentUser currentUser, Clock clock, ObjectProvider<PriceProvider> priceProvider,
                       ReferenceData referenceData, MeterRegistry meters) {
        this.meters = meters;
        this.referenceData = referenceData;
        this.priceProvider = priceProvider;
        this.instruments = instruments;
        this.writer = writer;
        this.importLog = importLog;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Parses a file in a known layout (Yahoo, Stooq); throws PriceFileException when the columns must be mapped. */
    @Transactional(readOnly = true)
    public ImportPreview preview(byte[] content, String symbolHint) {
        return withTarget(parser.parse(content, today()), symbolHint);
    }

    /** Parses a file with the user's column mapping. */
    @Transactional(readOnly = true)
    public ImportPreview preview(byte[] content, ColumnMapping mapping, String symbolHint) {
        return withTarget(parser.parse(content, mapping, today()), symbolHint);
    }

    /** The same preview aimed at another symbol (what is stored for it, whether it is new). */
    @Transactional(readOnly = true)
    public ImportPreview retarget(PriceFilePreview file, String symbol) {
        return withTarget(file, symbol);
    }

    /** Fetches a symbol's history from the online provider (when one is configured) and previews it. */
    @Transactional(readOnly = true)
    public ImportPreview fetchOnline(String rawSymbol) {
        String symbol = requireSymbol(rawSymbol);
        PriceProvider provider = priceProvider.getIfAvailable();
        if (provider == null) {
            throw new InvalidImportException("symbol", "No online price provider is configured.");
        }
        try {
            return withTarget(parser.parse(provider.fetchDaily(symbol).toCsv(), today()), symbol);
        } catch (PriceProviderException e) {
            throw new InvalidImportException("symbol", e.getMessage());
        }
    }

    public boolean onlineProviderAvailable() {
        return priceProvider.getIfAvailable() != null;
    }

    public List<String> headersOf(byte[] content) {
        return parser.readHeaders(content);
    }

    public ColumnMapping suggestMapping(byte[] content) {
        return parser.suggestMapping(content);
    }

    @Transactional
    public ImportResult commit(ImportRequest request) {
        try {
            ImportResult result = store(request);
            countImport("stored");
            return result;
        } catch (InvalidImportException e) {
            countImport("rejected");
            throw e;
        } catch (RuntimeException e) {
            countImport("failed");
            throw e;
        }
    }

    /** {@code rotationrisk.imports}: outcome stored, rejected (bad input, named to the user) or failed. */
    private void countImport(String outcome) {
        meters.counter("rotationrisk.imports", "kind", "prices", "outcome", outcome).increment();
    }

    private ImportResult store(ImportRequest request) {
        String symbol = requireSymbol(request.symbol());
        SignedInUser me = currentUser.require();
        String username = me.username();
        referenceData.requireMayChange(me, symbol);
        PriceFilePreview file = request.file();
        if (file == null || file.bars().isEmpty()) {
            throw new InvalidImportException("file", "The file has no valid bars to import.");
        }
        if (file.hasProblems() && !request.skipRejectedRows()) {
            throw new InvalidImportException("skipRejected", (file.rejectedCount() == 1 ? "1 row was"
                    : file.rejectedCount() + " rows were")
                    + " rejected. Fix the file, or choose to import the valid rows and skip the rejected ones.");
        }
        Instrument instrument = instruments.findBySymbol(symbol).orElse(null);
        boolean created = instrument == null;
        if (created) {
            instrument = instruments.save(new Instrument(NewInstrumentRule.require(symbol, request.newInstrument()),
                    "imported by " + username, "as imported"));
        }
        List<BarRow> rows = file.bars().stream().map(PriceImportService::toRow).toList();
        int replaced = created ? 0 : writer.countExisting(instrument.getId(), file.firstDate(), file.lastDate(),
                rows.stream().map(BarRow::date).toList());
        writer.write(instrument.getId(), rows, sourceName(request.sourceName()), clock.instant());
        importLog.record(instrument.getId(), username, sourceName(request.sourceName()),
                file.format().name(), rows.size(), rows.get(0).date(), rows.get(rows.size() - 1).date());
        if (created) {
            referenceData.audit(me.auditActor(), AuditAction.INSTRUMENT_ADDED, symbol + " (with a price import)");
        }
        referenceData.audit(me.auditActor(), AuditAction.PRICES_IMPORTED, symbol + ": " + rows.size() + " bars "
                + rows.get(0).date() + " to " + rows.get(rows.size() - 1).date() + ", " + replaced + " replaced, from "
                + sourceName(request.sourceName()) + " (" + file.format().name() + ")");
        return new ImportResult(symbol, created, rows.size(), replaced, file.rejectedCount(),
                rows.get(0).date(), rows.get(rows.size() - 1).date());
    }

    @Transactional(readOnly = true)
    public List<PriceImportRecord> recentImports() {
        return importLog.recent(20);
    }

    private ImportPreview withTarget(PriceFilePreview file, String symbolHint) {
        String symbol = InstrumentDetails.normalizeSymbol(
                file.detectedSymbol() != null && (symbolHint == null || symbolHint.isBlank())
                        ? file.detectedSymbol() : symbolHint);
        if (Ticker.problem(symbol).isPresent()) {
            return new ImportPreview(file, symbol, null, 0);
        }
        Instrument existing = instruments.findBySymbol(symbol).orElse(null);
        if (existing == null || file.bars().isEmpty()) {
            return new ImportPreview(file, symbol, existing == null ? null : existing.details(), 0);
        }
        int stored = writer.countExisting(existing.getId(), file.firstDate(), file.lastDate(),
                file.bars().stream().map(ParsedBar::date).toList());
        return new ImportPreview(file, symbol, existing.details(), stored);
    }

    private static String requireSymbol(String raw) {
        String symbol = InstrumentDetails.normalizeSymbol(raw);
        if (symbol.isEmpty()) {
            throw new InvalidImportException("symbol", "Enter the symbol these prices belong to.");
        }
        Ticker.problem(symbol).ifPresent(problem -> {
            throw new InvalidImportException("symbol", "The " + problem + " (for example AAPL or BRK.B).");
        });
        return symbol;
    }

    private static BarRow toRow(ParsedBar bar) {
        return new BarRow(bar.date(), bar.open(), bar.high(), bar.low(), bar.close(), bar.volume());
    }

    private static String sourceName(String name) {
        return name == null || name.isBlank() ? "upload" : name;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
