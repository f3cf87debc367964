package com.rotationrisk.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.rotationrisk.IntegrationTest;
import com.rotationrisk.marketdata.BarStore;
import com.rotationrisk.marketdata.PriceHistory;
import com.rotationrisk.risk.engine.Coverage;
import com.rotationrisk.risk.engine.PortfolioAssessment;
import com.rotationrisk.risk.engine.UnscoredHolding;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** Unpriced holdings are kept, valued at a broker file's price when it is usable, and never scored. */
@IntegrationTest
@WithMockUser(username = "alice", roles = "ADVISOR")
class CoverageServiceTest {

    private static final LocalDate AS_OF = LocalDate.of(2001, 9, 27);

    @Autowired RiskService risk;
    @Autowired BarStore bars;

    @Test
    void theScoredShareOfValueAndTheUnpricedHoldingsAreNamed() {
        PortfolioAssessment a = risk.assess(List.of(
                new HoldingLine("MSFT", 100, null),
                new HoldingLine("IWM", 10, null, 50.0, LocalDate.of(2001, 9, 25)),
                new HoldingLine("ZZZ", 5, null, 80.0, LocalDate.of(2001, 10, 5)),
                new HoldingLine("QQQ", 7, null)), AS_OF);

        PriceHistory msft = bars.barsUpTo("MSFT", AS_OF);
        double msftValue = 100 * msft.close()[msft.size() - 1];
        Coverage c = a.coverage();
        assertThat(a.positions()).extracting(p -> p.ticker()).containsExactly("MSFT");
        assertThat(c.scoredValue()).isCloseTo(msftValue, within(1e-6));
        assertThat(c.unscoredTickers()).containsExactly("IWM", "ZZZ", "QQQ");
        assertThat(c.unscored()).filteredOn(UnscoredHolding::valued).extracting(UnscoredHolding::ticker)
                .containsExactly("IWM");
        assertThat(c.unscored().getFirst().value()).isEqualTo(500.0);
        // a file price dated after the as-of date cannot value the holding: unknown, not zero
        assertThat(c.unvaluedTickers()).containsExactly("ZZZ", "QQQ");
        assertThat(c.scoredShare().getAsDouble()).isCloseTo(msftValue / (msftValue + 500), within(1e-9));
        assertThat(c.summary()).isEqualTo(String.format(java.util.Locale.ROOT, "Scored: %.0f\u00A0%% of the value that could"
                + " be priced; unpriced: IWM, ZZZ, QQQ. Valued at the broker file's price: IWM. No usable price at this"
                + " date, so their value and the portfolio's total are unknown: ZZZ, QQQ.",
                100 * msftValue / (msftValue + 500)));
        assertThat(a.issues()).filteredOn(i -> i.ticker().equals("IWM")).singleElement()
                .satisfies(i -> assertThat(i.message()).contains("valued at the broker file's price of 50.00 (2001-09-25)"));
        assertThat(a.issues()).filteredOn(i -> i.ticker().equals("QQQ")).singleElement()
                .satisfies(i -> assertThat(i.message()).endsWith("it is not valued or scored."));
    }

    @Test
    void aPortfolioWithEveryHoldingPricedIsFullyCovered() {
        Coverage c = risk.assess(List.of(new HoldingLine("MSFT", 100, null), new HoldingLine("CASH", 1000, null)),
                AS_OF).coverage();
        assertThat(c.complete()).isTrue();
        assertThat(c.scoredShare().getAsDouble()).isEqualTo(1.0);
        assertThat(c.summary()).isEqualTo("Scored: 100\u00A0% of value; every holding has market prices.");
    }
}
