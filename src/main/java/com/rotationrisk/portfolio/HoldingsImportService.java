package com.rotationrisk.portfolio;

import com.rotationrisk.marketdata.InstrumentCatalog;
import com.rotationrisk.marketdata.Ticker;
import com.rotationrisk.portfolio.importing.HoldingsFileException;
import com.rotationrisk.portfolio.importing.HoldingsFileParser;
import com.rotationrisk.portfolio.importing.HoldingsPreview;
import com.rotationrisk.portfolio.importing.ImportedHolding;
import io.micrometer.core.instrument.MeterRegistry;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Reads a holdings file or pasted spreadsheet cells into a preview. Writes nothing: the holdings go
 * into the editor, and only the advisor's Save stores them. Every position the client holds is kept:
 * a ticker without price history becomes an unpriced holding (with the file's own price and date,
 * when the file has them), named in the preview so the advisor can fetch or import its prices.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class HoldingsImportService {

    private final HoldingsFileParser parser = new HoldingsFileParser();
    private final InstrumentCatalog catalog;
    private final MeterRegistry meters;

    HoldingsImportService(InstrumentCatalog catalog, MeterRegistry meters) {
        this.catalog = catalog;
        this.meters = meters;
    }

    public HoldingsPreview previewFile(byte[] content) {
        return counted(() -> parser.parse(content));
    }

    public HoldingsPreview previewPasted(String text) {
        return counted(() -> parser.parsePasted(text));
    }

    /** {@code rotationrisk.imports} of kind holdings: outcome read, or rejected (a file the advisor is told about). */
    private HoldingsPreview counted(Supplier<HoldingsPreview> read) {
        try {
            HoldingsPreview preview = withUnpricedNote(read.get());
            meters.counter("rotationrisk.imports", "kind", "holdings", "outcome", "read").increment();
            return preview;
        } catch (HoldingsFileException e) {
            meters.counter("rotationrisk.imports", "kind", "holdings", "outcome", "rejected").increment();
            throw e;
        }
    }

    /** The tickers among these that have no price history yet (cash never counts). */
    public Set<String> unpriced(Collection<String> tickers) {
        List<String> securities = tickers.stream().filter(t -> !Ticker.isCash(t)).distinct().toList();
        Set<String> priced = catalog.withPriceHistory(securities);
        Set<String> unpriced = new LinkedHashSet<>(securities);
        unpriced.removeAll(priced);
        return unpriced;
    }

    private HoldingsPreview withUnpricedNote(HoldingsPreview preview) {
        Set<String> unpriced = unpriced(preview.holdings().stream().map(ImportedHolding::ticker).toList());
        if (unpriced.isEmpty()) {
            return preview;
        }
        List<String> notes = new ArrayList<>(preview.notes());
        notes.add("Kept as unpriced holdings (no price history yet; fetch or import their prices after saving): "
                + String.join(", ", unpriced) + ".");
        return new HoldingsPreview(preview.format(), preview.holdings(), preview.problems(), notes,
                preview.dataLines(), preview.skippedLines(), preview.filePrices(), preview.fileAsOf());
    }

    public static List<HoldingInput> toInputs(HoldingsPreview preview) {
        return preview.holdings().stream().map(h -> {
            BigDecimal filePrice = preview.filePrices().get(h.ticker());
            return new HoldingInput(h.ticker(), h.quantity(), h.costBasisPerShare(), filePrice,
                    filePrice == null ? null : preview.fileAsOf());
        }).toList();
    }
}
