package com.rotationrisk.proposal.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The realised gain as shown: a known sum, the sales without a cost named beside it, never a made-up 0. */
class BeforeAfterTest {

    @Test
    void aGainWithoutAnyCostIsNotAvailableAndNamesTheHoldings() {
        assertThat(BeforeAfter.gain(0, List.of("MSFT"), false))
                .isEqualTo("n/a: unknown for MSFT (no cost per share entered)");
    }

    @Test
    void aPartlyKnownGainShowsTheSumAndWhatIsUnknown() {
        assertThat(BeforeAfter.gain(2164.4, List.of("MSFT", "KO"), true))
                .isEqualTo("+$2,164; unknown for MSFT, KO (no cost per share entered)");
        assertThat(BeforeAfter.gain(-50, List.of(), true)).isEqualTo("-$50");
        assertThat(BeforeAfter.gain(0, List.of(), false)).isEqualTo("No sales");
    }
}
