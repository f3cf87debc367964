package com.rotationrisk.base.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinSession;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;

/** A view's action that hits a dead database: the person reads that nothing was saved; the log has it once. */
@ExtendWith(OutputCaptureExtension.class)
class DatabaseUnreachableNoticeTest {

    @AfterEach
    void noCurrentUi() {
        UI.setCurrent(null);
    }

    private static List<Notification> notifications(UI ui) {
        ui.getInternals().getStateTree().runExecutionsBeforeClientResponse();
        return ui.getChildren().filter(Notification.class::isInstance).map(Notification.class::cast).toList();
    }

    @Test
    void theViewShowsThatNothingWasSavedAndTheLogHasOneWarning(CapturedOutput output) {
        UI ui = new UI();
        VaadinSession session = mock(VaadinSession.class);
        when(session.hasLock()).thenReturn(true);
        ui.getInternals().setSession(session);
        UI.setCurrent(ui);

        new AccessEndedErrorHandler().error(new ErrorEvent(new CannotCreateTransactionException(
                "Could not open JPA EntityManager for transaction",
                new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection"))));

        assertThat(notifications(ui)).singleElement().satisfies(n -> {
            assertThat(n.getId()).hasValue("database-unreachable");
            assertThat(n.getElement().getProperty("text")).isEqualTo(DatabaseUnreachable.MESSAGE);
        });
        assertThat(output.getAll().lines().filter(l -> l.contains("WARN") && l.contains("could not reach the database")))
                .hasSize(1);
        assertThat(output.getAll()).doesNotContain("ERROR");
    }
}
