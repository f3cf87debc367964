package com.rotationrisk.proposal.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.rotationrisk.proposal.SuggestionConstraints;
import com.rotationrisk.risk.engine.OverallGrade;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The suggestion's limits as typed: read in the user's locale, bounded, each problem at its field. */
class SuggestFormTest {

    private final SuggestForm form = new SuggestForm(List.of("INTC", "KO"), Locale.GERMANY);
    private final List<SuggestionConstraints> asked = new ArrayList<>();

    SuggestFormTest() {
        form.addSuggestListener(e -> asked.add(e.limits()));
    }

    @Test
    void limitsAreReadInTheUsersLocaleAndTurnoverBecomesAShare() {
        form.target.setValue(OverallGrade.Grade.LOW);
        form.keep.setValue(Set.of("KO"));
        form.maxTurnover.setValue("12,5");
        form.maxGain.setValue("10.000");
        form.suggest.click();
        assertThat(asked).singleElement().isEqualTo(new SuggestionConstraints(OverallGrade.Grade.LOW, Set.of("KO"),
                0.125, 10000.0, null));
    }

    @Test
    void outOfRangeOrUnreadableLimitsAreShownAtTheirFieldAndNothingIsAsked() {
        form.maxTurnover.setValue("250");
        form.maxGain.setValue("lots");
        form.cashFloor.setValue("-5");
        form.suggest.click();
        assertThat(asked).isEmpty();
        assertThat(form.maxTurnover.getErrorMessage()).isEqualTo("Enter a turnover between 0 and 200 %.");
        assertThat(form.maxGain.getErrorMessage()).startsWith("This value cannot be read as an amount");
        assertThat(form.cashFloor.getErrorMessage()).isEqualTo("The cash to keep is 0 or more.");
    }
}
