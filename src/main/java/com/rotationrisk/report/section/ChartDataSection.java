package com.rotationrisk.report.section;

import com.rotationrisk.base.chart.ChartText;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Every chart printed before this section, as a table of the values it plots: the charts' data on request, for
 * readers who cannot see a chart or want its exact figures. A template asks for it by listing {@code chart-data} after
 * its charts.
 */
final class ChartDataSection implements SectionRenderer {

    @Override
    public void render(ReportContext ctx) {
        List<ChartText> charts = ctx.chartsDrawn();
        if (charts.isEmpty()) {
            return;
        }
        ctx.heading("Chart data");
        ctx.note("The values each chart above plots, in the order the charts appear. \"" + ChartText.NO_VALUE
                + "\" means the line has no value on that date (for example before a moving average has enough "
                + "history); it is never a zero.");
        for (ChartText chart : charts) {
            List<String> headers = new ArrayList<>(chart.headers());
            for (int i = 1; i < headers.size(); i++) {
                headers.set(i, "#" + headers.get(i)); // values are right-aligned numbers
            }
            float[] widths = new float[headers.size()];
            Arrays.fill(widths, 1);
            widths[0] = 1.6f;
            Tables t = Tables.captioned(ctx.styles, ctx.safe(chart.title()), widths,
                    headers.stream().map(ctx::safe).toArray(String[]::new));
            chart.rows().forEach(row -> t.row(row.stream().map(ctx::safe).toArray(String[]::new)));
            ctx.add(t);
        }
    }
}
