package com.rotationrisk.report.validation;

import com.rotationrisk.report.pdf.PageDecorator;
import com.rotationrisk.report.pdf.ReportFonts;
import com.rotationrisk.report.pdf.SafeText;
import com.rotationrisk.report.template.FirmBranding;
import com.rotationrisk.risk.engine.Breakpoint;
import com.rotationrisk.risk.engine.ComponentRequirements;
import com.rotationrisk.risk.engine.ComponentSpec;
import com.rotationrisk.risk.engine.evidence.EvidenceVerdict;
import com.rotationrisk.risk.engine.Formats;
import com.rotationrisk.risk.engine.ModelConfig;
import com.rotationrisk.risk.engine.OverallGrade;
import com.rotationrisk.risk.engine.evidence.EvidenceReport;
import com.rotationrisk.risk.engine.evidence.EvidenceReport.BandRow;
import com.rotationrisk.risk.engine.evidence.EvidenceReport.Classification;
import com.rotationrisk.risk.engine.evidence.EvidenceReport.Diagnostics;
import com.rotationrisk.risk.engine.evidence.EvidenceReport.DimensionResult;
import com.rotationrisk.risk.engine.evidence.EvidenceReport.Period;
import com.rotationrisk.risk.engine.evidence.EvidenceReport.Quantiles;
import com.rotationrisk.risk.engine.evidence.EvidenceReport.QuintileRow;
import com.rotationrisk.risk.engine.evidence.EvidenceReport.Settings;
import com.rotationrisk.risk.engine.evidence.EvidenceReport.Spread;
import com.rotationrisk.risk.engine.evidence.EvidenceReport.Universe;
import com.rotationrisk.risk.engine.evidence.EvidenceReport.YearRow;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;

/**
 * The model validation report: what a compliance reviewer asks for before scores go to clients. Every figure comes
 * from the {@link ModelValidation} (the study's report and the model configuration it ran with).
 */
final class ValidationReportPdf {

    static final String TITLE = "Model validation report";
    static final List<String> SECTIONS = List.of("1. Summary", "2. Model definitions", "3. Data used",
            "4. Evidence", "5. In-sample and out-of-sample", "6. Stability over time", "7. Diagnostics",
            "8. Known limitations");

    /** The footer line of every page (instead of the client disclosure of the client reports). */
    static final String INTERNAL_FOOTER = "Internal model validation document for compliance review; not for clients. "
            + "Historical evidence, no guarantee of future results.";

    private static final float MARGIN = 42;
    private static final Color MUTED = new Color(100, 106, 115);
    private static final Color STRIPE = new Color(244, 246, 249);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private final Document document;
    private final FirmBranding firm;
    private final Font title, h1, h2, body, head, cell;

    private ValidationReportPdf(Document document, ReportFonts fonts, FirmBranding firm) {
        this.document = document;
        this.firm = firm;
        title = new Font(fonts.bold(), 20, Font.NORMAL, firm.primary());
        h1 = new Font(fonts.bold(), 14, Font.NORMAL, firm.primary());
        h2 = new Font(fonts.bold(), 10.5f, Font.NORMAL, firm.text());
        body = new Font(fonts.regular(), 9.5f, Font.NORMAL, firm.text());
        head = new Font(fonts.bold(), 7, Font.NORMAL, Color.WHITE);
        cell = new Font(fonts.regular(), 7, Font.NORMAL, firm.text());
    }

    static byte[] render(ModelValidation run, FirmBranding firm) {
        EvidenceReport r = run.report();
        ReportFonts fonts = ReportFonts.forDocument((r.modelVersion() + run.ranAt()).getBytes(StandardCharsets.UTF_8));
        Document document = new Document(PageSize.A4, MARGIN, MARGIN, MARGIN + PageDecorator.HEADER_HEIGHT - 20,
                MARGIN + PageDecorator.FOOTER_HEIGHT - 12);
        ByteArrayOutputStream out = new ByteArrayOutputStream(128 * 1024);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setFullCompression();
        FirmBranding internal = new FirmBranding(firm.firmName(), firm.primary(), firm.accent(), firm.text(),
                firm.logoFileName(), firm.logo(), firm.disclosure(), INTERNAL_FOOTER);
        writer.setPageEvent(new PageDecorator(internal, fonts, TITLE, "Model " + r.modelVersion() + "  |  run "
                + STAMP.format(run.ranAt()) + " by " + SafeText.line(run.ranBy(), fonts, SafeText.MAX_NAME)));
        document.addTitle(TITLE + " \u2014 " + r.modelVersion());
        document.addAuthor(firm.firmName());
        document.addSubject("Evidence study of model " + r.modelVersion());
        document.addCreator("Rotation Risk model validation");
        document.open();
        new ValidationReportPdf(document, fonts, firm).write(run);
        document.close();
        return out.toByteArray();
    }

    private void write(ModelValidation run) {
        EvidenceReport r = run.report();
        Settings s = r.settings();
        add(new Paragraph(TITLE, title));
        para("Model version " + r.modelVersion() + ". Run on " + STAMP.format(run.ranAt()) + " by " + run.ranBy()
                + " for " + firm.firmName() + ". Benchmarks: " + run.benchmarkPair() + ".");

        heading(0);
        Table summary = new Table(new float[] {3, 3, 2, 3, 3, 3}, "Dimension", "Spread measure", "t (Newey-West)",
                "95 % CI (Newey-West)", "95 % CI (block bootstrap)", "AUC of drawdown > "
                        + Formats.percent(s.drawdownEventPct(), 0) + " [95 % CI]");
        for (DimensionResult d : r.dimensions()) {
            Spread sp = d.spreads().get(0);
            Classification c = d.classification();
            summary.row(d.dimension().label(), sp.measure().label() + ", " + sp.horizon() + " sessions",
                    Formats.fixed(sp.estimate().t(), 2), ci(sp.estimate().ciLow(), sp.estimate().ciHigh(), 2),
                    ci(sp.bootstrap().low(), sp.bootstrap().high(), 2), Formats.fixed(c.auc(), 3) + " "
                            + ci(c.aucInterval().low(), c.aucInterval().high(), 3));
        }
        summary.add();
        para("An AUC of 0.5 means the score does not rank the drawdowns at all; the spread is top-quintile minus "
                + "bottom-quintile forward return in percentage points (negative: high scores were followed by "
                + "lower returns). Read the limitations in section 8 before relying on any figure.");

        definitions(run.config());
        heading(2);
        para(r.dataText());
        para("Study universe: " + r.universe().instruments() + " instruments with price history in the database "
                + "(bundled, imported and fetched)." + (run.skipped().isEmpty() ? ""
                        : " Left out because their bars could not be read: " + String.join("; ", run.skipped())
                                + "."));
        para("Method. " + r.methodText());

        heading(3);
        for (DimensionResult d : r.dimensions()) {
            evidence(d, s);
        }
        heading(4);
        periods(r);
        heading(5);
        years(r, s);
        heading(6);
        diagnostics(r.diagnostics());
        heading(7);
        // One paragraph per limitation, each kept on one page: a reviewer reads them one by one.
        for (String caveat : r.caveats()) {
            Paragraph item = new Paragraph("\u2022 " + caveat, body);
            item.setIndentationLeft(10);
            item.setFirstLineIndent(-8);
            item.setKeepTogether(true);
            item.setSpacingAfter(3);
            add(item);
        }
    }

    private void definitions(ModelConfig cfg) {
        heading(1);
        para("Each component maps its raw value to 0-100 points by linear interpolation between the breakpoints "
                + "(value \u2192 points) below, once the holding has the bars the component needs (ta4j's unstable bars, "
                + "plus the bars for a Wilder seed to weigh less than "
                + Formats.percent(cfg.scoring().stabilityTolerance() * 100, 0) + "). A dimension's composite is the "
                + "weighted mean of the components that could be computed; it needs at least "
                + Formats.percent(cfg.scoring().minWeightShare() * 100, 0) + " of the configured weight, otherwise "
                + "the dimension reads \"insufficient data\". The score is the composite on the dimension's calibrated "
                + "scale: the 50th, 80th, 95th and 99th percentiles of the composite over the reference history mark the "
                + "starts of Moderate, Elevated, High and Severe.");
        spec("Momentum crowding", cfg.crowding(), cfg);
        subPara("Momentum crowding scale", "Composite \u2192 score: "
                + breakpoints(cfg.scoring().crowdingScale()) + ".");
        spec("Reversal risk", cfg.reversal(), cfg);
        subPara("Reversal risk scale", "Composite \u2192 score: " + breakpoints(cfg.scoring().reversalScale()) + ".");
        subPara("Policy-shock exposure", "Scenario loss (%) \u2192 points: " + breakpoints(cfg.exposureBreakpoints())
                + ".");
        ModelConfig.Grade g = cfg.grade();
        subPara("Grade bands", OverallGrade.Grade.bands(g) + ". Overall grade weights: momentum crowding "
                + Formats.fixed(g.crowdingWeight(), 2) + ", reversal risk " + Formats.fixed(g.reversalWeight(), 2)
                + ", policy-shock exposure " + Formats.fixed(g.exposureWeight(), 2) + ".");
        ModelConfig.Regime m = cfg.regime();
        Table t = new Table("Market regime", new float[] {5, 2}, "Setting", "Value");
        t.row("Bear-market look-back (sessions)", String.valueOf(m.bearLookback()));
        t.row("Variance window (sessions)", String.valueOf(m.varianceWindow()));
        t.row("High annualised volatility", share(m.highAnnualisedVol()));
        t.row("Rebound window (sessions)", String.valueOf(m.reboundWindow()));
        t.row("Panic uplift of reversal risk (points)", Formats.fixed(m.panicUpliftPoints(), 1));
        t.row("Rebound uplift of reversal risk (points)", Formats.fixed(m.reboundUpliftPoints(), 1));
        t.row("Momentum crowding counted as high from", Formats.fixed(m.highMomentumCrowding(), 1));
        t.add();
    }

    private void spec(String name, List<ComponentSpec> specs, ModelConfig cfg) {
        Table t = new Table(name, new float[] {2.2f, 4.5f, 1, 1.2f, 4}, "Key", "Component", "Weight", "Bars needed",
                "Breakpoints (value \u2192 points)");
        for (ComponentSpec c : specs) {
            t.row(c.key(), c.label(), Formats.fixed(c.weight(), 2),
                    String.valueOf(ComponentRequirements.barsNeeded(c.key(), cfg)), breakpoints(c.breakpoints()));
        }
        t.add();
    }

    private static String breakpoints(List<Breakpoint> bps) {
        return bps.stream().map(b -> trim(b.value()) + " \u2192 " + trim(b.points()))
                .collect(Collectors.joining("; "));
    }

    private static String trim(double v) {
        return v == Math.rint(v) ? Formats.fixed(v, 0) : Formats.fixed(v, 2);
    }

    private void evidence(DimensionResult d, Settings s) {
        String sh = s.shortHorizon() + "-session", lo = s.longHorizon() + "-session";
        subPara(d.dimension().label(), d.observations() + " observations in " + d.months() + " months; " + d.rankedMonths()
                + " months with at least two scored instruments (" + d.rankedObservations() + " observations) are "
                + "ranked; " + d.quintileMonths() + " months have both a top and a bottom quintile"
                + (d.quintileFirst() == null ? "" : " (" + d.quintileFirst() + " to " + d.quintileLast() + ")")
                + ". Returns and drawdowns in %.");
        para(EvidenceVerdict.of(d, s));
        Table q = new Table("Top and bottom quintiles (pooled over the ranked months)", new float[] {2, 1, 1.2f, 1.5f, 1.5f, 1.5f, 1.5f, 1.5f, 1.5f}, "Quintile", "n",
                "Mean score", "Mean " + sh + " return", "Median " + sh + " return", "Mean " + lo + " return",
                "Median " + lo + " return", "Mean " + lo + " max drawdown", "Share drawdown > "
                        + Formats.percent(s.drawdownEventPct(), 0));
        for (QuintileRow r : d.quintiles()) {
            q.row(r.quintile(), String.valueOf(r.n()), Formats.fixed(r.meanScore(), 1), f(r.meanReturnShort()),
                    f(r.medianReturnShort()), f(r.meanReturnLong()), f(r.medianReturnLong()),
                    f(r.meanDrawdownLong()), share(r.eventShare()));
        }
        q.add();
        Table b = new Table("Score bands (pooled over all observations)", new float[] {2, 1, 1.5f, 1.5f, 1.5f, 1.5f,
                1.5f}, "Score band", "n",
                "Mean " + sh + " return", "Mean " + lo + " return", "Median " + lo + " return",
                "Mean " + lo + " max drawdown", "Share drawdown > " + Formats.percent(s.drawdownEventPct(), 0));
        for (BandRow r : d.bands()) {
            b.row(r.band().label(), String.valueOf(r.n()), f(r.meanReturnShort()), f(r.meanReturnLong()),
                    f(r.medianReturnLong()), f(r.meanDrawdownLong()), share(r.eventShare()));
        }
        b.add();
        Table t = new Table("Monthly top-minus-bottom quintile spread (percentage points)",
                new float[] {2.4f, 1, 1, 1, 1, 0.7f, 0.8f, 2, 2}, "Measure", "Sessions",
                "Months", "Mean", "NW SE", "Lag", "t", "95 % CI (Newey-West)", "95 % CI (block bootstrap)");
        for (Spread sp : d.spreads()) {
            var e = sp.estimate();
            t.row(sp.measure().label(), String.valueOf(sp.horizon()), String.valueOf(e.n()), f(e.mean()),
                    f(e.standardError()), String.valueOf(e.lag()), Formats.fixed(e.t(), 2), ci(e.ciLow(), e.ciHigh(), 2),
                    ci(sp.bootstrap().low(), sp.bootstrap().high(), 2));
        }
        t.add();
        Classification c = d.classification();
        Table a = new Table("Drawdown classification (event: forward " + lo + " max drawdown > "
                + Formats.percent(s.drawdownEventPct(), 0) + ")", new float[] {1.3f, 1, 1, 1, 2, 2, 2}, "Observations", "Events", "Base rate", "AUC",
                "95 % CI (month blocks)", "Event share, top quintile (n)", "Event share, bottom quintile (n)");
        a.row(String.valueOf(c.observations()), String.valueOf(c.events()), share(c.baseRate()),
                Formats.fixed(c.auc(), 3), ci(c.aucInterval().low(), c.aucInterval().high(), 3),
                share(c.topEventShare()) + " (" + c.topN() + ")",
                share(c.bottomEventShare()) + " (" + c.bottomN() + ")");
        a.add();
    }

    private void periods(EvidenceReport r) {
        Settings s = r.settings();
        para("The months are split at the median month-end date of the observations. The model was not fitted on "
                + "either half; the split shows whether the result is stable.");
        Table t = new Table(new float[] {2.2f, 2.6f, 1, 1.2f, 2, 2, 1, 1}, "Dimension", "Period", "Months",
                "Observations", s.shortHorizon() + "-session return spread (t)", s.longHorizon()
                        + "-session return spread (t)", "AUC", "Events");
        for (DimensionResult d : r.dimensions()) {
            for (Period p : d.periods()) {
                t.row(d.dimension().label(), p.name() + ": " + p.from() + " to " + p.to(), String.valueOf(p.months()),
                        String.valueOf(p.observations()), spreadT(p.returnShort()), spreadT(p.returnLong()),
                        Formats.fixed(p.auc(), 3), String.valueOf(p.events()));
            }
        }
        t.add();
    }

    private void years(EvidenceReport r, Settings s) {
        para("Per calendar year: the mean monthly top-minus-bottom return spread (percentage points) and the AUC of "
                + "the drawdown event within the year (n/a: no quintiles, or no event or no non-event that year).");
        List<String> headers = new ArrayList<>(List.of("Year"));
        for (DimensionResult d : r.dimensions()) {
            headers.add(d.dimension().label() + ": observations");
            headers.add(s.shortHorizon() + "-session spread");
            headers.add("AUC");
        }
        float[] widths = new float[headers.size()];
        java.util.Arrays.fill(widths, 1.5f);
        widths[0] = 0.8f;
        Table t = new Table(widths, headers.toArray(String[]::new));
        List<YearRow> first = r.dimensions().get(0).years();
        for (int i = 0; i < first.size(); i++) {
            List<String> row = new ArrayList<>(List.of(String.valueOf(first.get(i).year())));
            for (DimensionResult d : r.dimensions()) {
                YearRow y = d.years().get(i);
                row.add(String.valueOf(y.observations()));
                row.add(f(y.meanSpreadShort()));
                row.add(Formats.fixed(y.auc(), 3));
            }
            t.row(row.toArray(String[]::new));
        }
        t.add();
    }

    private void diagnostics(Diagnostics d) {
        para("Correlation of the momentum-crowding and reversal-risk scores of the same instrument-month: "
                + Formats.fixed(d.crowdingReversalCorrelation(), 2) + " (" + d.crowdingReversalPairs() + " pairs).");
        Table q = new Table(new float[] {2.5f, 1.5f, 1, 1, 1, 1, 1, 1}, "Dimension", "Measure", "n", "p50", "p80",
                "p95", "p99", "Max");
        for (Quantiles x : d.quantiles()) {
            q.row(x.dimension().label(), x.measure(), String.valueOf(x.n()), Formats.fixed(x.p50(), 1),
                    Formats.fixed(x.p80(), 1), Formats.fixed(x.p95(), 1), Formats.fixed(x.p99(), 1),
                    Formats.fixed(x.max(), 1));
        }
        q.add();
        subPara("Correlations of the component points", "Pearson correlations, pooled over instrument-months, pairwise complete; n/a where a component was never "
                + "computed or never varied. Columns are numbered as the rows.");
        int n = d.componentKeys().size();
        float[] widths = new float[n + 1];
        java.util.Arrays.fill(widths, 1);
        widths[0] = 4.5f;
        String[] headers = new String[n + 1];
        headers[0] = "Component";
        for (int i = 0; i < n; i++) {
            headers[i + 1] = String.valueOf(i + 1);
        }
        Table t = new Table(widths, headers);
        for (int i = 0; i < n; i++) {
            String[] row = new String[n + 1];
            row[0] = (i + 1) + " " + d.componentKeys().get(i);
            for (int j = 0; j < n; j++) {
                row[j + 1] = Formats.fixed(d.correlations().get(i).get(j), 2);
            }
            t.row(row);
        }
        t.add();
    }

    private static String share(double v) {
        return Double.isNaN(v) ? Formats.NOT_AVAILABLE : Formats.share(v);
    }

    private static String f(double v) {
        return Formats.fixed(v, 2);
    }

    private static String ci(double low, double high, int decimals) {
        return "[" + Formats.fixed(low, decimals) + ", " + Formats.fixed(high, decimals) + "]";
    }

    private static String spreadT(Spread sp) {
        return f(sp.estimate().mean()) + " (" + Formats.fixed(sp.estimate().t(), 2) + ")";
    }

    private void heading(int index) {
        Paragraph p = new Paragraph(SECTIONS.get(index), h1);
        p.setSpacingBefore(10);
        p.setSpacingAfter(4);
        add(p);
    }

    /** A sub-heading and its paragraph in one block, so the heading never stays alone at a page foot. */
    private void subPara(String heading, String text) {
        Paragraph p = new Paragraph();
        p.add(new Chunk(heading + "\n", h2));
        p.add(new Chunk(text, body));
        p.setLeading(13.5f);
        p.setSpacingBefore(6);
        p.setSpacingAfter(4);
        p.setKeepTogether(true);
        add(p);
    }

    private void para(String text) {
        Paragraph p = new Paragraph(text, body);
        p.setSpacingAfter(4);
        p.setLeading(12.5f);
        add(p);
    }

    private void add(Element e) {
        document.add(e);
    }

    /** A data table: coloured header row repeated on each page, light stripes. */
    private final class Table {
        private final PdfPTable table;
        private int rows;

        Table(float[] widths, String... headers) {
            this(null, widths, headers);
        }

        /** With a caption as first header row: never left alone at a page foot, repeated on the next page. */
        Table(String caption, float[] widths, String... headers) {
            table = new PdfPTable(widths);
            table.setWidthPercentage(100);
            if (caption != null) {
                PdfPCell c = new PdfPCell(new Phrase(caption, h2));
                c.setColspan(headers.length);
                c.setBorder(Rectangle.NO_BORDER);
                c.setPaddingTop(6);
                c.setPaddingBottom(4);
                c.setPaddingLeft(0);
                table.addCell(c);
            }
            table.setHeaderRows(caption == null ? 1 : 2);
            table.setSpacingBefore(3);
            table.setSpacingAfter(8);
            for (String h : headers) {
                PdfPCell c = cell(h, head);
                c.setBackgroundColor(firm.primary());
                table.addCell(c);
            }
        }

        void row(String... values) {
            for (String v : values) {
                PdfPCell c = cell(v, cell);
                if (rows % 2 == 1) {
                    c.setBackgroundColor(STRIPE);
                }
                table.addCell(c);
            }
            rows++;
        }

        void add() {
            document.add(table);
        }

        private PdfPCell cell(String text, Font font) {
            PdfPCell c = new PdfPCell(new Phrase(text, font));
            c.setBorder(Rectangle.NO_BORDER);
            c.setPadding(2.5f);
            c.setPaddingBottom(3.5f);
            return c;
        }
    }

}
