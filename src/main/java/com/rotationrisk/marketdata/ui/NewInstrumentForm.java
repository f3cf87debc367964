package com.rotationrisk.marketdata.ui;

import com.rotationrisk.marketdata.AssetType;
import com.rotationrisk.marketdata.Gics;
import com.rotationrisk.marketdata.InstrumentDetails;
import com.rotationrisk.marketdata.InvalidImportException;
import com.rotationrisk.marketdata.SizeBucket;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Map;

/**
 * Asked only when an import brings a symbol the universe does not know yet. Sector and industry are picked from the
 * GICS structure ({@link Gics}), never typed, so concentration and scenario matching see one spelling; choosing an
 * industry fills in its sector, and a sector narrows the industry list.
 */
class NewInstrumentForm extends FormLayout {

    private static final String SECTOR_HELP = "GICS sector, e.g. Financials; empty for a broad ETF";
    private static final String INDUSTRY_HELP = "GICS industry or sub-industry (optional); type to search";

    private final Paragraph intro = new Paragraph();
    private final TextField name = new TextField("Name");
    private final ComboBox<AssetType> assetType = new ComboBox<>("Type");
    private final ComboBox<String> sector = new ComboBox<>("Sector");
    private final ComboBox<String> industry = new ComboBox<>("Industry");
    private final ComboBox<SizeBucket> sizeBucket = new ComboBox<>("Size bucket");

    NewInstrumentForm() {
        setId("new-instrument");
        name.setId("new-name");
        name.setMaxLength(200);
        sector.setId("new-sector");
        sector.setItems(Gics.sectors());
        sector.setAllowCustomValue(false);
        sector.setClearButtonVisible(true);
        sector.setHelperText(SECTOR_HELP);
        industry.setId("new-industry");
        industry.setAllowCustomValue(false);
        industry.setClearButtonVisible(true);
        industry.setHelperText(INDUSTRY_HELP);
        industry.setItemLabelGenerator(NewInstrumentForm::industryLabel);
        industry.setItems(industryNames(null));
        sector.addValueChangeListener(e -> {
            String chosen = industry.getValue();
            industry.setItems(industryNames(e.getValue()));
            boolean stillFits = chosen != null && (e.getValue() == null
                    || Gics.sectorOf(chosen).map(e.getValue()::equals).orElse(false));
            industry.setValue(stillFits ? chosen : null);
        });
        industry.addValueChangeListener(e -> {
            if (e.getValue() != null && sector.getValue() == null) {
                Gics.sectorOf(e.getValue()).ifPresent(sector::setValue);
            }
        });
        assetType.setItems(AssetType.values());
        assetType.setValue(AssetType.STOCK);
        assetType.setId("new-type");
        sizeBucket.setItems(SizeBucket.values());
        sizeBucket.setId("new-size");
        add(intro, 2);
        add(name, assetType, sector, industry, sizeBucket);
    }

    private static List<String> industryNames(String inSector) {
        return (inSector == null ? Gics.industries() : Gics.industriesIn(inSector)).stream().map(Gics.Industry::name)
                .toList();
    }

    private static String industryLabel(String name) {
        return Gics.industry(name).map(i -> i.subIndustry() ? name + " (sub-industry of " + i.industryGroup() + ")"
                : name).orElse(name);
    }

    /**
     * Fills the fields the provider's profile knows; the advisor checks and completes the rest. Providers have their
     * own sector names: a common one is filled in as the GICS sector it means, with a hint to check it; any other
     * sector or industry that is not a GICS name is not filled in but shown as a hint.
     */
    void prefill(InstrumentDetails suggested) {
        if (suggested.name() != null) {
            name.setValue(suggested.name());
        }
        if (suggested.assetType() != null) {
            assetType.setValue(suggested.assetType());
        }
        if (suggested.sector() != null) {
            Gics.sectorMeant(suggested.sector()).ifPresentOrElse(meant -> {
                sector.setValue(meant);
                if (!Gics.isSector(suggested.sector())) {
                    sector.setHelperText("The provider says \"" + suggested.sector() + "\": check that " + meant
                            + " is the GICS sector meant.");
                }
            }, () -> sector.setHelperText(SECTOR_HELP + ". The provider says \"" + suggested.sector()
                    + "\", which is no GICS sector."));
        }
        if (suggested.industry() != null) {
            Gics.industry(suggested.industry()).filter(i -> sector.getValue() == null
                    || i.sector().equals(sector.getValue())).ifPresentOrElse(i -> industry.setValue(i.name()),
                    () -> industry.setHelperText(INDUSTRY_HELP + ". The provider says \"" + suggested.industry()
                            + "\", which is no GICS industry."));
        }
        if (suggested.sizeBucket() != null) {
            sizeBucket.setValue(suggested.sizeBucket());
        }
    }

    void showFor(String symbol) {
        intro.setText(symbol + " is not in the instrument universe yet. Describe it; the size bucket (and a "
                + "stock's sector) is needed for the concentration and scenario figures.");
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
