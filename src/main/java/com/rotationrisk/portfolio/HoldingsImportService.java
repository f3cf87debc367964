package com.rotationrisk.portfolio;

import com.rotationrisk.marketdata.InstrumentCatalog;
import com.rotationrisk.marketdata.InstrumentDetails;
import com.rotationrisk.portfolio.importing.HoldingProblem;
import com.rotationrisk.portfolio.importing.HoldingsFileParser;
import com.rotationrisk.portfolio.importing.HoldingsPreview;
import com.rotationrisk.portfolio.importing.ImportedHolding;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Reads a holdings file or pasted spreadsheet cells into a preview. Writes nothing: the holdings go
 * into the editor, and only the advisor's Save stores them. Tickers outside the universe are
 * reported as rejected rows, like any other bad row.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class HoldingsImportService {

    private static final Set<String> CASH = Set.of("CASH", "USD");

    private final HoldingsFileParser parser = new HoldingsFileParser();
    private final InstrumentCatalog catalog;

    HoldingsImportService(InstrumentCatalog catalog) {
        this.catalog = catalog;
    }

    public HoldingsPreview previewFile(byte[] content) {
        return checkUniverse(parser.parse(content));
    }

    public HoldingsPreview previewPasted(String text) {
        return checkUniverse(parser.parsePasted(text));
    }

    private HoldingsPreview checkUniverse(HoldingsPreview preview) {
        Map<String, InstrumentDetails> known = catalog.findAll(preview.holdings().stream()
                .map(ImportedHolding::ticker).filter(t -> !CASH.contains(t)).toList());
        List<ImportedHolding> valid = new ArrayList<>();
        List<HoldingProblem> problems = new ArrayList<>(preview.problems());
        for (ImportedHolding h : preview.holdings()) {
            if (CASH.contains(h.ticker()) || known.containsKey(h.ticker())) {
                valid.add(h);
            } else {
                problems.add(new HoldingProblem(h.lineNumber(), h.ticker()
                        + " is not in the instrument universe (import its prices first, or check the spelling)"));
            }
        }
        problems.sort(Comparator.comparingInt(HoldingProblem::lineNumber));
        return new HoldingsPreview(preview.format(), valid, problems, preview.notes(), preview.dataLines(),
                preview.skippedLines());
    }

    public static List<HoldingInput> toInputs(HoldingsPreview preview) {
        return preview.holdings().stream()
                .map(h -> new HoldingInput(h.ticker(), h.quantity(), h.costBasisPerShare())).toList();
    }
}
