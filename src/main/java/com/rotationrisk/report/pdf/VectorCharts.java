package com.rotationrisk.report.pdf;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.JFreeChart;
import java.util.Locale;
import java.util.TimeZone;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.title.Title;
import org.openpdf.text.BadElementException;
import org.openpdf.text.Image;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfTemplate;

/**
 * Draws JFreeChart charts (the app's own builders from {@code com.rotationrisk.base.chart}) as vector graphics into a
 * PDF form XObject: lines and bars stay paths, labels stay selectable text in the embedded font.
 */
public final class VectorCharts {

    private final PdfContentByte canvas;
    private final PdfFontMapper mapper;

    public VectorCharts(PdfContentByte canvas, ReportFonts fonts) {
        this.canvas = canvas;
        this.mapper = new PdfFontMapper(fonts);
    }

    /** The chart as an image element of {@code width} x {@code height} points, ready to add to the document. */
    public Image draw(JFreeChart chart, float width, float height) {
        useEmbeddedTypeface(chart);
        pinLocaleAndZone(chart);
        PdfTemplate template = canvas.createTemplate(width, height);
        Graphics2D g = template.createGraphics(width, height, mapper);
        try {
            chart.draw(g, new Rectangle2D.Double(0, 0, width, height));
        } finally {
            g.dispose();
        }
        try {
            Image image = Image.getInstance(template);
            image.setAlignment(Image.MIDDLE);
            return image;
        } catch (BadElementException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Keeps every size and style the chart builder chose but swaps the family for the embedded Liberation Sans, so
     * text is laid out with the metrics of the font that is actually embedded (and not of whatever the machine has).
     */
    static void useEmbeddedTypeface(JFreeChart chart) {
        for (int i = 0; i < chart.getSubtitleCount(); i++) {
            retitle(chart.getSubtitle(i));
        }
        if (chart.getTitle() != null) {
            retitle(chart.getTitle());
        }
        Plot plot = chart.getPlot();
        if (plot instanceof XYPlot xy) {
            for (int i = 0; i < xy.getDomainAxisCount(); i++) {
                refont(xy.getDomainAxis(i));
            }
            for (int i = 0; i < xy.getRangeAxisCount(); i++) {
                refont(xy.getRangeAxis(i));
            }
        } else if (plot instanceof CategoryPlot cat) {
            for (int i = 0; i < cat.getDomainAxisCount(); i++) {
                refont(cat.getDomainAxis(i));
            }
            for (int i = 0; i < cat.getRangeAxisCount(); i++) {
                refont(cat.getRangeAxis(i));
            }
        }
        plot.setNoDataMessageFont(swap(plot.getNoDataMessageFont()));
    }

    /**
     * Tick labels are formatted with the JVM's default locale and time zone unless told otherwise; fix them to
     * English / UTC so a report looks the same (and has the same bytes) on every server.
     */
    static void pinLocaleAndZone(JFreeChart chart) {
        if (chart.getPlot() instanceof XYPlot xy) {
            for (int i = 0; i < xy.getDomainAxisCount(); i++) {
                pin(xy.getDomainAxis(i));
            }
            for (int i = 0; i < xy.getRangeAxisCount(); i++) {
                pin(xy.getRangeAxis(i));
            }
        } else if (chart.getPlot() instanceof CategoryPlot cat) {
            for (int i = 0; i < cat.getRangeAxisCount(); i++) {
                pin(cat.getRangeAxis(i));
            }
        }
    }

    private static void pin(ValueAxis axis) {
        if (axis instanceof DateAxis date) {
            date.setTimeZone(TimeZone.getTimeZone("UTC"));
            date.setLocale(Locale.ENGLISH);
        } else if (axis instanceof NumberAxis number) {
            number.setStandardTickUnits(NumberAxis.createStandardTickUnits(Locale.ENGLISH));
        }
    }

    private static void retitle(Title title) {
        if (title instanceof TextTitle t) {
            t.setFont(swap(t.getFont()));
        } else if (title instanceof LegendTitle l) {
            l.setItemFont(swap(l.getItemFont()));
        }
    }

    private static void refont(Axis axis) {
        if (axis != null) {
            axis.setLabelFont(swap(axis.getLabelFont()));
            axis.setTickLabelFont(swap(axis.getTickLabelFont()));
        }
    }

    private static Font swap(Font f) {
        return f == null ? null : ReportFonts.awtFont(f.isBold(), f.getSize2D());
    }
}
