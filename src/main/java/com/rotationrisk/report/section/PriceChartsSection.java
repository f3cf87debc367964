package com.rotationrisk.report.section;

import com.rotationrisk.base.chart.PriceChart;
import com.rotationrisk.report.ChartSeries;
import java.util.List;

/** Close with SMA50/SMA200 and RSI(14) for the highest-risk positions, drawn with the UI's chart builder. */
final class PriceChartsSection implements SectionRenderer {

    @Override
    public void render(ReportContext ctx) {
        List<RiskRanking.Ranked> top = ctx.ranking.subList(0, Math.min(ctx.template.priceChartTop(),
                ctx.ranking.size()));
        if (top.isEmpty()) {
            return;
        }
        ctx.heading("Price charts of the top risks");
        for (RiskRanking.Ranked r : top) {
            String ticker = r.position().ticker();
            ChartSeries s = ctx.request.chartSeries().get(ticker);
            if (s == null || s.dates().length < 2) {
                ctx.note("No price history was supplied for " + ticker + ".");
                continue;
            }
            ctx.add(ctx.charts.draw(new PriceChart(ticker + ": close, SMA 50 and SMA 200")
                    .line("Close", s.dates(), s.close()).line("SMA 50", s.dates(), s.sma50())
                    .line("SMA 200", s.dates(), s.sma200()).build(), ctx.width(), 200));
            ctx.add(ctx.charts.draw(new PriceChart(ticker + ": RSI 14").line("RSI 14", s.dates(), s.rsi14()).build(),
                    ctx.width(), 110));
        }
    }
}
