package com.rotationrisk.marketdata.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.rotationrisk.marketdata.AssetType;
import com.rotationrisk.marketdata.InstrumentDetails;
import com.rotationrisk.marketdata.InvalidImportException;
import com.rotationrisk.marketdata.SizeBucket;
import com.vaadin.flow.component.combobox.ComboBox;
import org.junit.jupiter.api.Test;

/** The new-instrument form without a browser: prefill from a provider profile, read back, errors at the field. */
class NewInstrumentFormTest {

    @Test
    void aProfileFillsOnlyWhatItKnowsInGicsSpellingAndTheFormReadsItBack() {
        NewInstrumentForm form = new NewInstrumentForm();
        form.prefill(new InstrumentDetails("V", "Visa Inc", AssetType.STOCK, "financials",
                "transaction & payment processing services", SizeBucket.LARGE));
        assertThat(form.details("V")).isEqualTo(new InstrumentDetails("V", "Visa Inc", AssetType.STOCK, "Financials",
                "Transaction & Payment Processing Services", SizeBucket.LARGE));
    }

    @Test
    void aProvidersOwnSectorNameIsFilledInAsTheGicsSectorItMeansWithAHintAndAnUnknownOneIsNot() {
        NewInstrumentForm form = new NewInstrumentForm();
        form.prefill(new InstrumentDetails("V", "Visa Inc", AssetType.STOCK, "Financial Services",
                "Services-Business Services, Nec", SizeBucket.LARGE));
        assertThat(form.details("V").sector()).isEqualTo("Financials");
        assertThat(form.details("V").industry()).isNull();
        assertThat(field(form, "new-sector").getHelperText()).contains("\"Financial Services\"", "Financials");
        assertThat(field(form, "new-industry").getHelperText()).contains("which is no GICS industry");

        NewInstrumentForm other = new NewInstrumentForm();
        other.prefill(new InstrumentDetails("X", "X Corp", AssetType.STOCK, "Trade & Services", null, null));
        assertThat(other.details("X").sector()).isNull();
        assertThat(field(other, "new-sector").getHelperText()).contains("which is no GICS sector");
    }

    @Test
    void pickingAnIndustryFillsInItsSectorAndASectorNarrowsTheIndustries() {
        NewInstrumentForm form = new NewInstrumentForm();
        @SuppressWarnings("unchecked")
        ComboBox<String> industry = (ComboBox<String>) field(form, "new-industry");
        @SuppressWarnings("unchecked")
        ComboBox<String> sector = (ComboBox<String>) field(form, "new-sector");
        industry.setValue("Regional Banks");
        assertThat(sector.getValue()).isEqualTo("Financials");
        assertThat(industry.getValue()).isEqualTo("Regional Banks");
        sector.setValue("Energy");
        assertThat(industry.getValue()).as("an industry of another sector is cleared").isNull();
        assertThat(industry.getListDataView().getItems()).contains("Oil & Gas Drilling").doesNotContain("Banks");
    }

    @Test
    void aServiceErrorIsShownAtItsFieldAndUnknownFieldsAreLeftToTheCaller() {
        NewInstrumentForm form = new NewInstrumentForm();
        assertThat(form.showError(new InvalidImportException("industry", "Banks is an industry of Financials"))).isTrue();
        ComboBox<?> industry = field(form, "new-industry");
        assertThat(industry.isInvalid()).isTrue();
        assertThat(industry.getErrorMessage()).contains("Financials");
        assertThat(form.showError(new InvalidImportException("symbol", "x"))).isFalse();
        form.clearErrors();
        assertThat(industry.isInvalid()).isFalse();
    }

    private static ComboBox<?> field(NewInstrumentForm form, String id) {
        return (ComboBox<?>) form.getChildren().filter(c -> id.equals(c.getId().orElse(""))).findFirst().orElseThrow();
    }
}
