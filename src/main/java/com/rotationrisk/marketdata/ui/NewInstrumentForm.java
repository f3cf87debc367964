package com.rotationrisk.marketdata.ui;

import com.rotationrisk.marketdata.AssetType;
import com.rotationrisk.marketdata.InstrumentDetails;
import com.rotationrisk.marketdata.InvalidImportException;
import com.rotationrisk.marketdata.SizeBucket;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;

/** Asked only when an import brings a symbol the universe does not know yet. */
class NewInstrumentForm extends FormLayout {

    private final Paragraph intro = new Paragraph();
    private final TextField name = new TextField("Name");
    private final ComboBox<AssetType> assetType = new ComboBox<>("Type");
    private final TextField sector = new TextField("Sector");
    private final TextField industry = new TextField("Industry");
    private final ComboBox<SizeBucket> sizeBucket = new ComboBox<>("Size bucket");

    NewInstrumentForm() {
        setId("new-instrument");
        name.setId("new-name");
        name.setMaxLength(200);
        sector.setMaxLength(100);
        industry.setMaxLength(100);
        sector.setId("new-sector");
        sector.setHelperText("GICS sector, e.g. Financials");
        industry.setId("new-industry");
        assetType.setItems(AssetType.values());
        assetType.setValue(AssetType.STOCK);
        assetType.setId("new-type");
        sizeBucket.setItems(SizeBucket.values());
        sizeBucket.setId("new-size");
        add(intro, 2);
        add(name, assetType, sector, industry, sizeBucket);
    }

    /** Fills the fields the provider's profile knows; the advisor checks and completes the rest. */
    void prefill(InstrumentDetails suggested) {
        if (suggested.name() != null) {
            name.setValue(suggested.name());
        }
        if (suggested.assetType() != null) {
            assetType.setValue(suggested.assetType());
        }
        if (suggested.sector() != null) {
            sector.setValue(suggested.sector());
        }
        if (suggested.industry() != null) {
            industry.setValue(suggested.industry());
        }
        if (suggested.sizeBucket() != null) {
            sizeBucket.setValue(suggested.sizeBucket());
        }
    }

    void showFor(String symbol) {
        intro.setText(symbol + " is not in the instrument universe yet. Describe it; sector and size bucket "
                + "are needed for the concentration and scenario figures.");
    }

    InstrumentDetails details(String symbol) {
        return new InstrumentDetails(symbol, name.getValue(), assetType.getValue(), sector.getValue(),
                industry.getValue(), sizeBucket.getValue());
    }

    /** Shows the message at its field and says whether the field belongs to this form. */
    boolean showError(InvalidImportException e) {
        Map<String, HasValidation> fields = Map.of("name", name, "assetType", assetType, "sector", sector,
                "industry", industry, "sizeBucket", sizeBucket);
        HasValidation field = fields.get(e.field());
        if (field == null) {
            return false;
        }
        field.setErrorMessage(e.getMessage());
        field.setInvalid(true);
        return true;
    }

    void clearErrors() {
        name.setInvalid(false);
        assetType.setInvalid(false);
        sector.setInvalid(false);
        industry.setInvalid(false);
        sizeBucket.setInvalid(false);
    }
}
