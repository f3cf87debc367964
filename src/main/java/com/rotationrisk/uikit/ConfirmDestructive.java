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

    /**
     * The confirm dialog focuses its confirm button once its overlay has opened, which under load can be long after
     * any fixed delay; Cancel therefore takes the focus on that same event, which reaches the page body last.
     */
    private static void focusWhenOpened(Button cancel) {
        cancel.getElement().executeJs("""
                const cancel = this;
                const dialog = cancel.parentElement;
                const onOpen = e => {
                  const overlay = e.detail && e.detail.overlay;
                  if (overlay && (overlay.getRootNode().host === dialog || overlay.owner === dialog)) {
                    document.body.removeEventListener('vaadin-overlay-open', onOpen);
                    cancel.focus();
                  }
                };
                document.body.addEventListener('vaadin-overlay-open', onOpen);
                """);
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
        focusWhenOpened(cancel);
        return dialog;
    }
}
