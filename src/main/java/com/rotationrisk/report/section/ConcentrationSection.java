package com.rotationrisk.report.section;

import com.rotationrisk.base.chart.BarChart;
import com.rotationrisk.risk.engine.Concentration;
import com.rotationrisk.risk.engine.Formats;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/** Herfindahl index, top-5 weight, sector and size weights, with the sector-weight bar chart of the UI. */
final class ConcentrationSection implements SectionRenderer {

    @Override
    public void render(ReportContext ctx) {
        ctx.heading("Concentration");
        Concentration c = ctx.assessment().concentration();
        ctx.paragraph("Herfindahl index (sum of squared weights): " + Formats.fixed(c.herfindahl(), 3)
                + " (equivalent to " + (c.herfindahl() > 0 ? Formats.fixed(1 / c.herfindahl(), 1) : "n/a")
                + " equally weighted positions). The five largest positions make up " + Formats.share(c.top5Weight())
                + " of the portfolio.");
        Map<String, Double> sectors = sortedByWeight(c.sectorWeights());
        if (!sectors.isEmpty()) {
            Map<String, Double> pct = new LinkedHashMap<>();
            sectors.forEach((k, v) -> pct.put(k, v * 100));
            float h = Math.min(420, 60 + 22f * sectors.size());
            ctx.figure(BarChart.of("Sector weights", "Weight %", pct, true), ctx.width(), h);
        }
        Tables t = new Tables(ctx.styles, new float[] {3, 1}, "Sector", "#Weight");
        sectors.forEach((k, v) -> t.row(ctx.safe(k), Formats.share(v)));
        ctx.add(t);
        Tables s = new Tables(ctx.styles, new float[] {3, 1}, "Size bucket", "#Weight");
        new TreeMap<>(c.sizeWeights()).forEach((k, v) -> s.row(ctx.safe(k), Formats.share(v)));
        ctx.add(s);
    }

    /** Largest first, ties by name (so the order never depends on map iteration). */
    static Map<String, Double> sortedByWeight(Map<String, Double> weights) {
        Map<String, Double> out = new LinkedHashMap<>();
        weights.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }
}
