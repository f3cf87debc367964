package com.rotationrisk.marketdata.ui;

import com.rotationrisk.marketdata.InstrumentCatalog;
import com.rotationrisk.marketdata.InvalidImportException;
import com.rotationrisk.marketdata.PriceFetchService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import org.springframework.security.access.AccessDeniedException;

/**
 * Adds an unpriced ticker to the instrument universe where the advisor meets it (editor or analysis):
 * name, type, sector, industry and size bucket, prefilled from the online provider's profile data
 * when it has any. Prices are fetched or imported afterwards.
 */
public class AddInstrumentDialog extends Dialog {

    private final NewInstrumentForm form = new NewInstrumentForm();
    private final Paragraph error = new Paragraph();

    public AddInstrumentDialog(InstrumentCatalog catalog, PriceFetchService fetch, String symbol, Runnable onAdded) {
        setHeaderTitle("Add " + symbol + " to the instrument universe");
        setId("add-instrument");
        setWidth("min(640px, 96vw)");
        form.showFor(symbol);
        error.addClassName("error-text");
        error.setId("add-instrument-error");
        Paragraph source = new Paragraph();
        source.addClassName("provenance");
        if (fetch.providerAvailable()) {
            try {
                fetch.suggestedDetails(symbol).ifPresentOrElse(d -> {
                    form.prefill(d);
                    source.setText("Filled in from " + fetch.providerName().orElse("the provider")
                            + "'s profile data: check it before saving.");
                }, () -> source.setText(fetch.providerName().orElse("The provider")
                        + " has no profile data for " + symbol + "."));
            } catch (AccessDeniedException e) {
                source.setText("");
            }
        }
        add(form, source, error);
        Button save = new Button("Add to universe", e -> {
            form.clearErrors();
            error.setText("");
            try {
                catalog.addInstrument(form.details(symbol));
                close();
                onAdded.run();
            } catch (InvalidImportException ex) {
                if (!form.showError(ex)) {
                    error.setText(ex.getMessage());
                }
            } catch (AccessDeniedException ex) {
                error.setText("Adding instruments needs the price-import permission; ask an administrator.");
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("add-instrument-save");
        getFooter().add(new Button("Cancel", e -> close()), save);
    }
}
