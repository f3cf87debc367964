package com.rotationrisk.portfolio.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;

/** Leaving with unsaved changes: the safe choice, Stay, has the focus, so Enter or Escape keeps the changes. */
class DiscardChangesDialog extends Dialog {

    DiscardChangesDialog(Runnable discard) {
        setHeaderTitle("Discard unsaved changes?");
        setId("discard-dialog");
        setCloseOnEsc(true);
        setCloseOnOutsideClick(false);
        add(new Paragraph("You changed this portfolio without saving. Leave and lose those changes?"));
        Button stay = new Button("Stay", e -> close());
        stay.setId("discard-stay");
        stay.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        stay.getElement().setAttribute("autofocus", "");
        Button leave = new Button("Discard changes", e -> {
            close();
            discard.run();
        });
        leave.setId("discard-confirm");
        leave.addThemeVariants(ButtonVariant.LUMO_ERROR);
        getFooter().add(stay, leave); // first in the focus order too
        addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                stay.focus();
            }
        });
    }
}
