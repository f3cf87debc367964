package com.rotationrisk.watch.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.rotationrisk.watch.AlertDelivery;
import com.rotationrisk.watch.DeliveryMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The e-mail settings form without a browser: the address is bounded, and every problem shows at its field. */
class DeliveryFormTest {

    private final DeliveryForm form = new DeliveryForm();
    private final List<DeliveryForm.SaveEvent> saved = new ArrayList<>();

    DeliveryFormTest() {
        form.addSaveListener(saved::add);
    }

    @Test
    void theAddressIsBoundedAndItsLengthShown() {
        form.setChoice(new AlertDelivery.Choice(DeliveryMode.DIGEST, "ann@example.com"));
        assertThat(form.email.getMaxLength()).isEqualTo(254);
        assertThat(form.email.getHelperText()).isEqualTo("15 / 254 characters");
        assertThat(form.mode.getValue()).isEqualTo(DeliveryMode.DIGEST);
    }

    @Test
    void saveSendsTheChoiceAndTheServicesProblemsShowAtTheirFieldsAllAtOnce() {
        form.setChoice(new AlertDelivery.Choice(DeliveryMode.NONE, null));
        form.mode.setValue(DeliveryMode.EACH);
        form.email.setValue("not an address");
        form.save.click();
        assertThat(saved).singleElement().satisfies(e -> {
            assertThat(e.mode()).isEqualTo(DeliveryMode.EACH);
            assertThat(e.email()).isEqualTo("not an address");
        });

        form.showProblems(Map.of("mode", "Choose how you want to receive alerts.",
                "email", "This is not an e-mail address (name@example.com)."));
        assertThat(form.mode.isInvalid()).isTrue();
        assertThat(form.email.isInvalid()).isTrue();
        assertThat(form.email.getErrorMessage()).isEqualTo("This is not an e-mail address (name@example.com).");
        assertThat(form.statusText()).isEqualTo("2 problems to fix; nothing was saved.");

        form.saved(new AlertDelivery.Choice(DeliveryMode.EACH, "ann@example.com"));
        assertThat(form.email.isInvalid()).isFalse();
        assertThat(form.mode.isInvalid()).isFalse();
        assertThat(form.statusText()).isEqualTo("Saved: E-mail after each re-scoring that raised alerts, to "
                + "ann@example.com.");
    }
}
