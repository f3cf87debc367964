package com.rotationrisk.report;

import com.rotationrisk.report.pdf.InputDigest;
import com.rotationrisk.report.pdf.PageDecorator;
import com.rotationrisk.report.pdf.ReportFonts;
import com.rotationrisk.report.pdf.SafeText;
import com.rotationrisk.report.pdf.TaggedLayout;
import com.rotationrisk.report.pdf.VectorCharts;
import com.rotationrisk.report.section.ReportContext;
import com.rotationrisk.report.section.Sections;
import com.rotationrisk.report.template.ReportTemplate;
import com.rotationrisk.report.template.Section;
import com.rotationrisk.report.template.TemplateCatalog;
import com.rotationrisk.risk.engine.ModelConfig;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Objects;
import java.util.TimeZone;
import org.openpdf.text.Document;
import org.openpdf.text.PageSize;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfDate;
import org.openpdf.text.pdf.PdfEncryption;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfString;
import org.openpdf.text.pdf.PdfWriter;

/**
 * Turns a {@link ReportRequest} into PDF bytes with one of the catalog's templates. Thread-safe and stateless apart
 * from the immutable catalog: each call builds its own document, fonts and charts. Deterministic: the same request
 * (and templates) gives byte-identical output. Tagged PDF: the body is laid out by {@link TaggedLayout} (logical
 * structure, reading order, alternative text for charts), page header and footer are artifacts, and the catalog
 * declares the language and asks viewers to show the title.
 */
public final class ReportGenerator {

    private static final float MARGIN = 42;
    static final String LANGUAGE = "en-US";

    private final TemplateCatalog catalog;
    private final ModelConfig config;

    public ReportGenerator(TemplateCatalog catalog) {
        this(catalog, ModelConfig.defaults());
    }

    /** @param config the engine configuration that produced the assessments (for methodology and ranking) */
    public ReportGenerator(TemplateCatalog catalog, ModelConfig config) {
        this.catalog = Objects.requireNonNull(catalog);
        this.config = Objects.requireNonNull(config);
    }

    public TemplateCatalog catalog() {
        return catalog;
    }

    public byte[] generate(ReportRequest request) {
        ReportTemplate template = catalog.get(request.templateId());
        byte[] digest = InputDigest.of(request, template);
        ReportFonts fonts = ReportFonts.forDocument(digest);
        Rectangle pageSize = template.pageFormat() == ReportTemplate.PageFormat.LETTER ? PageSize.LETTER : PageSize.A4;
        Document document = new Document(pageSize, MARGIN, MARGIN, MARGIN + PageDecorator.HEADER_HEIGHT - 20,
                MARGIN + PageDecorator.FOOTER_HEIGHT - 12);
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setPdfVersion(PdfWriter.VERSION_1_7);
        writer.setFullCompression();
        accessible(writer);
        String client = SafeText.line(request.clientName(), fonts, SafeText.MAX_NAME);
        writer.setPageEvent(new PageDecorator(template.firm(), fonts, client,
                "As of " + request.asOf() + "  |  " + template.name() + "  |  Ref " + InputDigest.hex(digest)));
        metadata(document, template, request, client);
        document.open();
        TaggedLayout layout = new TaggedLayout(writer, document);
        ReportContext ctx = new ReportContext(layout, fonts, template, request, config,
                new VectorCharts(writer.getDirectContent(), fonts));
        for (Section section : template.sections()) {
            layout.startSection();
            Sections.of(section).render(ctx);
        }
        fixVolatileInfo(writer, request, digest);
        document.close();
        return out.toByteArray();
    }

    /** Before the document is opened: the structure tree and page keys start with the first page. Setting the
     * writer tagged also makes OpenPDF write /MarkInfo &lt;&lt;/Marked true&gt;&gt;. */
    private static void accessible(PdfWriter writer) {
        writer.setTagged();
        writer.setViewerPreferences(PdfWriter.DisplayDocTitle);
        writer.getExtraCatalog().put(PdfName.LANG, new PdfString(LANGUAGE));
    }

    private static void metadata(Document document, ReportTemplate template, ReportRequest request, String client) {
        String shortClient = client.length() > 120 ? client.substring(0, 119) + "\u2026" : client;
        document.addTitle(template.title() + (shortClient.isEmpty() ? "" : " \u2014 " + shortClient));
        document.addAuthor(template.firm().firmName());
        document.addSubject("Rotation-risk assessment as of " + request.asOf() + " (" + template.name() + ")");
        document.addKeywords("rotation risk, momentum crowding, reversal risk, policy-shock exposure, "
                + template.id() + ", " + request.modelVersion());
        document.addCreator("Rotation Risk report generator");
    }

    /** Replaces the clock-based creation date and the random file ID with values derived from the request. */
    private static void fixVolatileInfo(PdfWriter writer, ReportRequest request, byte[] digest) {
        Calendar at = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        at.setTimeInMillis(request.generatedAt().toEpochMilli());
        PdfDate date = new PdfDate(at);
        writer.getInfo().put(PdfName.CREATIONDATE, date);
        writer.getInfo().put(PdfName.MODDATE, date);
        writer.getInfo().put(PdfName.PRODUCER, new PdfString("OpenPDF"));
        byte[] id = Arrays.copyOf(digest, 16);
        writer.getInfo().put(PdfName.FILEID, PdfEncryption.createInfoId(id, id));
    }
}
