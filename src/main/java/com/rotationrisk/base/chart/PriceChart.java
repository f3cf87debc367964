package com.rotationrisk.base.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Locale;
import java.util.TimeZone;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.time.Day;
import org.jfree.data.time.TimeSeries;
import org.jfree.data.time.TimeSeriesCollection;

/** Line charts of daily values (close, moving averages) in the product's colours. */
public final class PriceChart {

    public static final Color NAVY = new Color(33, 75, 130);
    public static final Color AMBER = new Color(217, 140, 12);
    public static final Color GREY = new Color(120, 130, 140);
    private static final Color[] PALETTE = {NAVY, AMBER, GREY, new Color(160, 40, 40)};
    /** Solid, dashed, dotted, dash-dot: lines differ by pattern as well as colour, so colour is not the only signal. */
    private static final float[][] DASHES = {null, {6f, 3f}, {2f, 2f}, {6f, 2f, 2f, 2f}};

    private static final TimeZone UTC = TimeZone.getTimeZone("UTC");

    private final TimeSeriesCollection series = new TimeSeriesCollection(UTC);
    private final String title;

    public PriceChart(String title) {
        this.title = title;
    }

    /** Adds a line; NaN values are gaps (for example before a moving average has enough bars). */
    public PriceChart line(String name, LocalDate[] dates, double[] values) {
        TimeSeries line = new TimeSeries(name);
        for (int i = 0; i < dates.length; i++) {
            if (!Double.isNaN(values[i])) {
                line.add(new Day(Date.from(dates[i].atStartOfDay().toInstant(ZoneOffset.UTC)), UTC, Locale.US), values[i]);
            }
        }
        series.addSeries(line);
        return this;
    }

    /** The pattern of the {@code i}-th line of a chart: solid, dashed, dotted, dash-dot, then again. */
    public static BasicStroke stroke(int i, float width) {
        float[] dash = DASHES[i % DASHES.length];
        return dash == null ? new BasicStroke(width)
                : new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, dash, 0f);
    }

    public JFreeChart build() {
        JFreeChart chart = ChartFactory.createTimeSeriesChart(title, null, null, series, series.getSeriesCount() > 1,
                false, false);
        chart.setBackgroundPaint(Color.WHITE);
        chart.getTitle().setFont(new Font(Font.SANS_SERIF, Font.BOLD, 14));
        XYPlot plot = chart.getXYPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(225, 228, 232));
        plot.setRangeGridlinePaint(new Color(225, 228, 232));
        ((NumberAxis) plot.getRangeAxis()).setAutoRangeIncludesZero(false);
        DateAxis time = (DateAxis) plot.getDomainAxis();
        time.setTimeZone(UTC); // days are UTC days: the chart must not shift by the server's time zone
        time.setLowerMargin(0.01);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        for (int i = 0; i < series.getSeriesCount(); i++) {
            renderer.setSeriesPaint(i, PALETTE[i % PALETTE.length]);
            renderer.setSeriesStroke(i, stroke(i, i == 0 ? 1.4f : 1.1f));
        }
        plot.setRenderer(renderer);
        return chart;
    }
}
