package com.rotationrisk.watch.ui;

import com.rotationrisk.base.chart.PriceChart;
import com.rotationrisk.risk.engine.Dimension;
import com.rotationrisk.risk.engine.OverallGrade;
import com.rotationrisk.watch.HistoryPoint;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.axis.TickUnits;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.renderer.xy.XYStepRenderer;
import org.jfree.data.time.Day;
import org.jfree.data.time.TimeSeries;
import org.jfree.data.time.TimeSeriesCollection;

/**
 * A portfolio's kept scorings as a picture: the three dimension scores (0-100) above, the overall grade band below,
 * on one time axis. A missing figure is a gap in its line, never a zero; each line has its own dash and marker as
 * well as its colour.
 */
final class HistoryChart {

    private static final TimeZone UTC = TimeZone.getTimeZone("UTC");
    private static final Color[] COLOURS = {PriceChart.NAVY, PriceChart.AMBER, PriceChart.GREY};
    private static final Color GRID = new Color(225, 228, 232);
    private static final double DAY_MS = 86_400_000d;

    private HistoryChart() {
    }

    static JFreeChart of(List<HistoryPoint> points) {
        TimeSeriesCollection scores = new TimeSeriesCollection(UTC);
        for (Dimension dim : Dimension.values()) {
            TimeSeries line = new TimeSeries(dim.label());
            points.forEach(p -> line.add(day(p.asOf()), p.scores().get(dim)));
            scores.addSeries(line);
        }
        TimeSeries grades = new TimeSeries("Overall grade");
        points.forEach(p -> grades.add(day(p.asOf()), p.grade() == null ? null : p.grade().ordinal()));

        DateAxis time = new DateAxis();
        time.setTimeZone(UTC); // days are UTC days: the chart must not shift by the server's time zone
        time.setLowerMargin(0.02);
        time.setUpperMargin(0.02);
        time.setStandardTickUnits(wholeDays());
        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(time);
        plot.setGap(12);

        NumberAxis scoreAxis = new NumberAxis("Score");
        scoreAxis.setRange(0, 100);
        XYLineAndShapeRenderer scoreLines = new XYLineAndShapeRenderer(true, true);
        for (int i = 0; i < COLOURS.length; i++) {
            scoreLines.setSeriesPaint(i, COLOURS[i]);
            scoreLines.setSeriesStroke(i, PriceChart.stroke(i, 1.6f));
        }
        plot.add(styled(new XYPlot(scores, null, scoreAxis, scoreLines)), 3);

        String[] bands = Arrays.stream(OverallGrade.Grade.values()).map(OverallGrade.Grade::label)
                .toArray(String[]::new);
        SymbolAxis gradeAxis = new SymbolAxis("Grade", bands);
        gradeAxis.setGridBandsVisible(false);
        gradeAxis.setRange(-0.5, bands.length - 0.5);
        Color gradeColour = new Color(160, 40, 40);
        XYStepRenderer gradeLine = new XYStepRenderer(); // a grade holds until the next scoring
        gradeLine.setSeriesPaint(0, gradeColour);
        gradeLine.setSeriesStroke(0, new BasicStroke(2f));
        TimeSeriesCollection gradeData = new TimeSeriesCollection(grades, UTC);
        XYPlot gradePlot = styled(new XYPlot(gradeData, null, gradeAxis, gradeLine));
        XYLineAndShapeRenderer gradeMarks = new XYLineAndShapeRenderer(false, true); // each scoring, also a single one
        gradeMarks.setSeriesPaint(0, gradeColour);
        gradeMarks.setSeriesVisibleInLegend(0, false);
        gradePlot.setDataset(1, new TimeSeriesCollection(grades, UTC)); // its own: the plot finds renderers by dataset
        gradePlot.setRenderer(1, gradeMarks);
        plot.add(gradePlot, 2);

        JFreeChart chart = new JFreeChart("Grade and scores over time", new Font(Font.SANS_SERIF, Font.BOLD, 14), plot,
                true);
        chart.setBackgroundPaint(Color.WHITE);
        return chart;
    }

    /** The axis's usual date steps, from one day up: a scoring is per day, so hours would mean nothing. */
    private static TickUnits wholeDays() {
        TickUnits standard = (TickUnits) DateAxis.createStandardDateTickUnits(UTC, Locale.US);
        TickUnits days = new TickUnits();
        for (int i = 0; i < standard.size(); i++) {
            if (standard.get(i).getSize() >= DAY_MS) {
                days.add(standard.get(i));
            }
        }
        return days;
    }

    private static XYPlot styled(XYPlot plot) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(GRID);
        plot.setRangeGridlinePaint(GRID);
        return plot;
    }

    private static Day day(LocalDate date) {
        return new Day(Date.from(date.atStartOfDay().toInstant(ZoneOffset.UTC)), UTC, Locale.US);
    }
}
