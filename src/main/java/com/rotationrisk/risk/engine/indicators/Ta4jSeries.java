package com.rotationrisk.risk.engine.indicators;

import com.rotationrisk.risk.engine.DailyBars;
import java.time.Duration;
import java.time.Instant;
import org.ta4j.core.BarSeries;
import org.ta4j.core.BaseBar;
import org.ta4j.core.BaseBarSeriesBuilder;
import org.ta4j.core.num.DoubleNum;
import org.ta4j.core.num.DoubleNumFactory;

/** Builds a ta4j {@link BarSeries} (DoubleNum) over a slice of {@link DailyBars}. */
public final class Ta4jSeries {

    private static final Duration ONE_DAY = Duration.ofDays(1);

    private Ta4jSeries() {
    }

    /** Bars {@code from..toInclusive} of {@code bars}; ta4j index 0 corresponds to {@code from}. */
    public static BarSeries of(DailyBars bars, int from, int toInclusive) {
        BarSeries series = new BaseBarSeriesBuilder().withName(bars.symbol())
                .withNumFactory(DoubleNumFactory.getInstance()).build();
        for (int i = from; i <= toInclusive; i++) {
            Instant end = Instant.ofEpochSecond((bars.dates()[i].toEpochDay() + 1) * 86_400L);
            series.addBar(new BaseBar(ONE_DAY, end.minus(ONE_DAY), end, DoubleNum.valueOf(bars.open()[i]),
                    DoubleNum.valueOf(bars.high()[i]), DoubleNum.valueOf(bars.low()[i]),
                    DoubleNum.valueOf(bars.close()[i]), DoubleNum.valueOf(bars.volume()[i]), DoubleNum.ZERO, 0));
        }
        return series;
    }
}
