package com.rotationrisk.base.chart;

import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.DoubleFunction;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.xy.XYDataset;

/**
 * What a chart shows, in words and as a table: its title, a short description (the span and the first, last, lowest
 * and highest value of each line, or the bars from largest down) and every plotted value. Read from the chart's own
 * datasets, so the screen and the PDF describe exactly the picture they draw.
 *
 * @param headers the table's column headers; the first column is the date or the category
 * @param rows    one row per date or category; a line with no value on that date reads {@value #NO_VALUE}
 */
public record ChartText(String title, String description, List<String> headers, List<List<String>> rows) {

    public static final String NO_VALUE = "no value";
    private static final int BARS_NAMED = 6;

    public ChartText {
        headers = List.copyOf(headers);
        rows = rows.stream().map(List::copyOf).toList();
    }

    public static ChartText of(JFreeChart chart) {
        String title = chart.getTitle() == null || chart.getTitle().getText().isBlank() ? "Chart"
                : chart.getTitle().getText();
        Plot plot = chart.getPlot();
        if (plot instanceof CategoryPlot category) {
            return bars(title, category);
        }
        if (plot instanceof CombinedDomainXYPlot combined) {
            return lines(title, combined.getSubplots(), combined.getDomainAxis() instanceof DateAxis);
        }
        if (plot instanceof XYPlot xy) {
            return lines(title, List.of(xy), xy.getDomainAxis() instanceof DateAxis);
        }
        return new ChartText(title, "The chart has no values.", List.of(), List.of());
    }

    /** Title and description in one sentence pair: a picture's text alternative. */
    public String alternative() {
        return title + ". " + description;
    }

    private static ChartText lines(String title, List<XYPlot> plots, boolean dates) {
        Map<String, Line> lines = new LinkedHashMap<>();
        for (XYPlot plot : plots) {
            for (int d = 0; d < plot.getDatasetCount(); d++) {
                XYDataset data = plot.getDataset(d);
                if (data == null) {
                    continue;
                }
                DoubleFunction<String> format = formatFor(plot.getRangeAxisForDataset(d));
                for (int s = 0; s < data.getSeriesCount(); s++) {
                    String name = String.valueOf(data.getSeriesKey(s));
                    if (lines.containsKey(name)) {
                        continue; // the same series drawn twice (a line and its markers) is one column
                    }
                    Line line = new Line(name, format);
                    for (int i = 0; i < data.getItemCount(s); i++) {
                        Number y = data.getY(s, i);
                        if (y != null && !Double.isNaN(y.doubleValue())) {
                            line.values.put(data.getXValue(s, i), y.doubleValue());
                        }
                    }
                    lines.put(name, line);
                }
            }
        }
        DoubleFunction<String> xFormat = dates ? ChartText::day : ChartText::number;
        TreeMap<Double, List<String>> table = new TreeMap<>();
        for (Line line : lines.values()) {
            line.values.keySet().forEach(x -> table.computeIfAbsent(x, k -> new ArrayList<>()));
        }
        table.forEach((x, row) -> {
            row.add(xFormat.apply(x));
            lines.values().forEach(l -> row.add(l.values.containsKey(x) ? l.format.apply(l.values.get(x)) : NO_VALUE));
        });
        List<String> headers = new ArrayList<>();
        headers.add(dates ? "Date" : "x");
        headers.addAll(lines.keySet());
        String description;
        if (table.isEmpty()) {
            description = "The chart has no values.";
        } else {
            String span = table.size() == 1 ? "One " + (dates ? "day, " : "point, ") + xFormat.apply(table.firstKey())
                    : table.size() + (dates ? " days from " : " points from ") + xFormat.apply(table.firstKey())
                            + " to " + xFormat.apply(table.lastKey());
            StringBuilder text = new StringBuilder(span).append('.');
            lines.values().forEach(l -> text.append(' ').append(l.summary(xFormat)));
            description = text.toString();
        }
        return new ChartText(title, description, headers, List.copyOf(table.values()));
    }

    private static ChartText bars(String title, CategoryPlot plot) {
        List<String> headers = new ArrayList<>(List.of("Category"));
        Map<String, List<String>> rows = new LinkedHashMap<>();
        List<Map.Entry<String, Double>> firstSeries = new ArrayList<>();
        String measure = null;
        for (int d = 0; d < plot.getDatasetCount(); d++) {
            CategoryDataset data = plot.getDataset(d);
            if (data == null) {
                continue;
            }
            for (int r = 0; r < data.getRowCount(); r++) {
                String series = String.valueOf(data.getRowKey(r));
                headers.add(series);
                measure = measure == null ? series : measure;
                for (int c = 0; c < data.getColumnCount(); c++) {
                    String category = String.valueOf(data.getColumnKey(c));
                    Number v = data.getValue(r, c);
                    rows.computeIfAbsent(category, k -> new ArrayList<>(List.of(k)))
                            .add(v == null ? NO_VALUE : number(v.doubleValue()));
                    if (v != null && series.equals(measure)) {
                        firstSeries.add(Map.entry(category, v.doubleValue()));
                    }
                }
            }
        }
        String description;
        if (firstSeries.isEmpty()) {
            description = "The chart has no values.";
        } else {
            firstSeries.sort(Map.Entry.<String, Double>comparingByValue().reversed());
            List<String> named = firstSeries.stream().limit(BARS_NAMED).map(e -> e.getKey() + " " + number(e.getValue()))
                    .toList();
            int more = firstSeries.size() - named.size();
            description = firstSeries.size() + (firstSeries.size() == 1 ? " bar" : " bars") + " of " + measure
                    + ", largest first: " + String.join(", ", named) + (more > 0 ? ", and " + more + " more" : "")
                    + ".";
        }
        return new ChartText(title, description, headers, List.copyOf(rows.values()));
    }

    private static DoubleFunction<String> formatFor(ValueAxis axis) {
        if (axis instanceof SymbolAxis symbols) {
            return v -> symbols.valueToString(v);
        }
        return ChartText::number;
    }

    private static String day(double millis) {
        return Instant.ofEpochMilli((long) millis).atZone(ZoneOffset.UTC).toLocalDate().toString();
    }

    private static String number(double v) {
        DecimalFormat format = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ENGLISH));
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(v);
    }

    private static final class Line {
        private final String name;
        private final DoubleFunction<String> format;
        private final TreeMap<Double, Double> values = new TreeMap<>();

        Line(String name, DoubleFunction<String> format) {
            this.name = name;
            this.format = format;
        }

        String summary(DoubleFunction<String> xFormat) {
            if (values.isEmpty()) {
                return name + ": no values.";
            }
            Map.Entry<Double, Double> low = values.firstEntry();
            Map.Entry<Double, Double> high = values.firstEntry();
            for (Map.Entry<Double, Double> e : values.entrySet()) {
                low = e.getValue() < low.getValue() ? e : low;
                high = e.getValue() > high.getValue() ? e : high;
            }
            return name + ": first " + format.apply(values.firstEntry().getValue()) + ", last "
                    + format.apply(values.lastEntry().getValue()) + ", lowest " + format.apply(low.getValue()) + " ("
                    + xFormat.apply(low.getKey()) + "), highest " + format.apply(high.getValue()) + " ("
                    + xFormat.apply(high.getKey()) + ").";
        }
    }
}
