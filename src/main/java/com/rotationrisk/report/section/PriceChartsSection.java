package com.rotationrisk.report.section;

import com.rotationrisk.base.chart.PriceChart;
import com.rotationrisk.report.ChartSeries;
import com.rotationrisk.risk.engine.ModelConfig;
import java.util.List;

/** Close with the short and long SMA and the RSI of the model's windows for the highest-risk positions, drawn with the UI's chart builder. */
final class PriceChartsSection implements SectionRenderer {

    @Override
    public void render(ReportContext ctx) {
        List<RiskRanking.Ranked> top = ctx.ranking.subList(0, Math.min(ctx.template.priceChartTop(),
                ctx.ranking.size()));
        if (top.isEmpty()) {
            return;
        }
        ctx.heading("Price charts of the top risks");
        ModelConfig.Windows w = ctx.config.windows();
        String smaShort = "SMA " + w.smaShort();
        String smaLong = "SMA " + w.smaLong();
        String rsi = "RSI " + w.rsi();
        for (RiskRanking.Ranked r : top) {
            String ticker = r.position().ticker();
            ChartSeries s = ctx.request.chartSeries().get(ticker);
            if (s == null || s.dates().length < 2) {
                ctx.note("No price history was supplied for " + ticker + ".");
                continue;
            }
            ctx.figure(new PriceChart(ticker + ": close, " + smaShort + " and " + smaLong)
                    .line("Close", s.dates(), s.close()).line(smaShort, s.dates(), s.sma50())
                    .line(smaLong, s.dates(), s.sma200()).build(), ctx.width(), 200);
            ctx.figure(new PriceChart(ticker + ": " + rsi).line(rsi, s.dates(), s.rsi14()).build(), ctx.width(), 110);
        }
    }
}
