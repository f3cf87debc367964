package com.rotationrisk.uikit;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

/**
 * The question before an action that cannot be undone (deleting a scenario, disabling a user): the destructive
 * button is red and named for what it does, and the keyboard starts on Cancel, so Enter or Escape by reflex keeps
 * everything as it was.
 */
public final class ConfirmDestructive {

    private ConfirmDestructive() {
    }

    /** Opens the question; {@code action} runs only when the red button is clicked. */
    public static ConfirmDialog open(String title, String text, String confirmLabel, Runnable action) {
        ConfirmDialog dialog = new ConfirmDialog(title, text, confirmLabel, e -> action.run());
        dialog.setId("confirm-destructive");
        dialog.setConfirmButtonTheme("error primary");
        Button cancel = new Button("Cancel", e -> dialog.close());
        cancel.setId("confirm-cancel");
        cancel.setAutofocus(true);
        dialog.setCancelable(true);
        dialog.setCancelButton(cancel);
        dialog.setCloseOnEsc(true);
        dialog.open();
        // the dialog moves focus to its first button when it opens; Cancel takes it back once it has
        cancel.getElement().executeJs("setTimeout(() => this.focus(), 100)");
        return dialog;
    }
}
