package com.rotationrisk.portfolio.ui;

import com.rotationrisk.uikit.ScreenDates;
import com.rotationrisk.portfolio.ConcurrentEditException;
import com.rotationrisk.portfolio.PortfolioChanges;
import com.rotationrisk.portfolio.PortfolioDetails;
import com.rotationrisk.portfolio.PortfolioDraft;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import java.util.function.Consumer;

/** Someone saved first: show who changed what, and let the advisor reload theirs or overwrite it. */
class ConflictDialog extends Dialog {

    ConflictDialog(ConcurrentEditException conflict, PortfolioDraft mine, PortfolioDraft opened,
                   Consumer<PortfolioDetails> reload, Consumer<PortfolioDetails> overwrite) {
        PortfolioDetails current = conflict.current();
        setHeaderTitle("Saved by someone else meanwhile");
        setId("conflict-dialog");
        setWidth("min(640px, 95vw)");
        add(new Paragraph(current.updatedByName() + " saved this portfolio at "
                + ScreenDates.formatDateTime(current.updatedAt()) + ", after you opened it. Nothing of yours has "
                + "been saved yet."));
        add(new H4("Their changes"), list(conflict.theirChanges()));
        add(new H4("Your unsaved changes"), list(PortfolioChanges.between(opened == null ? new PortfolioDraft("", "USD", null, List.of()) : opened, mine)));
        Button reloadButton = new Button("Reload their version (discard mine)", e -> {
            close();
            reload.accept(current);
        });
        reloadButton.setId("conflict-reload");
        Button overwriteButton = new Button("Overwrite with mine", e -> {
            close();
            overwrite.accept(current);
        });
        overwriteButton.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        overwriteButton.setId("conflict-overwrite");
        getFooter().add(reloadButton, overwriteButton);
    }

    private static UnorderedList list(List<String> changes) {
        UnorderedList list = new UnorderedList();
        if (changes.isEmpty()) {
            list.add(new ListItem("no differences"));
        }
        changes.forEach(c -> list.add(new ListItem(c)));
        return list;
    }
}
