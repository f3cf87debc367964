package com.rotationrisk.marketdata.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.rotationrisk.marketdata.AssetType;
import com.rotationrisk.marketdata.InstrumentDetails;
import com.rotationrisk.marketdata.InvalidImportException;
import com.rotationrisk.marketdata.SizeBucket;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;

/** The new-instrument form without a browser: prefill from a provider profile, read back, errors at the field. */
class NewInstrumentFormTest {

    @Test
    void aProfileFillsOnlyWhatItKnowsAndTheFormReadsItBack() {
        NewInstrumentForm form = new NewInstrumentForm();
        form.prefill(new InstrumentDetails("V", "Visa Inc", AssetType.STOCK, "Financial Services", null,
                SizeBucket.LARGE));
        InstrumentDetails read = form.details("V");
        assertThat(read).isEqualTo(new InstrumentDetails("V", "Visa Inc", AssetType.STOCK, "Financial Services", "",
                SizeBucket.LARGE));
    }

    @Test
    void aServiceErrorIsShownAtItsFieldAndUnknownFieldsAreLeftToTheCaller() {
        NewInstrumentForm form = new NewInstrumentForm();
        assertThat(form.showError(new InvalidImportException("industry", "The industry must be at most 100"
                + " characters long."))).isTrue();
        TextField industry = (TextField) form.getChildren().filter(c -> "new-industry".equals(c.getId().orElse("")))
                .findFirst().orElseThrow();
        assertThat(industry.isInvalid()).isTrue();
        assertThat(industry.getErrorMessage()).contains("at most 100");
        assertThat(form.showError(new InvalidImportException("symbol", "x"))).isFalse();
        form.clearErrors();
        assertThat(industry.isInvalid()).isFalse();
    }
}
