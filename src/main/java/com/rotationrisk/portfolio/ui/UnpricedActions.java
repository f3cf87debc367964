package com.rotationrisk.portfolio.ui;

import com.rotationrisk.marketdata.InstrumentCatalog;
import com.rotationrisk.marketdata.PriceFetchService;
import com.rotationrisk.marketdata.PriceFetchService.SymbolResult;
import com.rotationrisk.marketdata.ui.AddInstrumentDialog;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import java.util.List;
import java.util.Set;

/**
 * What the advisor can do about unpriced holdings, where they are shown: add a ticker the universe
 * does not know (prefilled from the provider's profile), and fetch prices for the rest from the
 * online provider. Both need the price-import permission, which the services check again.
 */
class UnpricedActions extends Div {

    UnpricedActions(List<String> unpriced, boolean mayImportPrices, InstrumentCatalog catalog,
                    PriceFetchService fetch, Runnable afterChange) {
        setId("unpriced-actions");
        if (unpriced.isEmpty()) {
            return;
        }
        if (!mayImportPrices) {
            add(new Paragraph("Prices for " + String.join(", ", unpriced) + " can be fetched or imported by an "
                    + "administrator or a colleague with the price-import permission."));
            return;
        }
        Set<String> known = catalog.findAll(unpriced).keySet();
        FlexLayout buttons = new FlexLayout();
        buttons.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        buttons.getStyle().set("gap", "var(--lumo-space-s)");
        for (String ticker : unpriced) {
            if (!known.contains(ticker)) {
                Button add = new Button("Add " + ticker + " to the universe", e ->
                        new AddInstrumentDialog(catalog, fetch, ticker, afterChange).open());
                add.setId("add-instrument-" + ticker.replaceAll("[^A-Za-z0-9]", "-"));
                buttons.add(add);
            }
        }
        List<String> fetchable = unpriced.stream().filter(known::contains).toList();
        Div results = new Div();
        results.setId("fetch-results");
        if (!fetch.providerAvailable()) {
            add(new Paragraph("No online price provider is configured: import prices for " + String.join(", ",
                    unpriced) + " under Import prices."));
        } else if (!fetchable.isEmpty()) {
            Button fetchButton = new Button("Fetch prices for " + String.join(", ", fetchable), e -> {
                e.getSource().setEnabled(false);
                List<SymbolResult> done = fetch.fetch(fetchable);
                UnorderedList list = new UnorderedList();
                done.forEach(r -> list.add(new ListItem(r.symbol() + ": " + r.message())));
                results.removeAll();
                results.add(new Paragraph("From " + fetch.providerName().orElse("the provider") + ":"), list);
                if (done.stream().anyMatch(r -> r.stored() > 0)) {
                    afterChange.run();
                } else {
                    e.getSource().setEnabled(true);
                }
            });
            fetchButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            fetchButton.setId("fetch-prices");
            buttons.add(fetchButton);
        }
        add(buttons, results);
    }
}
