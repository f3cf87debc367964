package com.rotationrisk.book.ui;

import com.rotationrisk.book.BookReports;
import com.rotationrisk.uikit.BackgroundWork;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.shared.Registration;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Generates the client summaries of the selected portfolios into a ZIP on a background thread (as the person who
 * asked), shows the progress, then offers the ZIP for download. The file lives in a temporary file until the dialog
 * closes.
 */
class BulkReportDialog extends Dialog {

    private static final Logger log = LoggerFactory.getLogger(BulkReportDialog.class);

    private final ProgressBar progress = new ProgressBar(0, 1, 0);
    private final Span status = new Span();
    private final Button close = new Button("Close", e -> close());
    private final AtomicInteger done = new AtomicInteger();
    private final AtomicReference<String> last = new AtomicReference<>("");
    private final int total;
    private Path file;
    private Thread worker;
    private Registration polling;
    private UI ui;

    BulkReportDialog(BookReports reports, List<Long> ids, SecurityContextHolderStrategy security) {
        this.total = ids.size();
        setId("zip-dialog");
        setHeaderTitle("Client summaries of " + total + (total == 1 ? " portfolio" : " portfolios"));
        setCloseOnOutsideClick(false);
        progress.setId("zip-progress");
        progress.getElement().setAttribute("aria-label", "Client summaries generated");
        status.setId("zip-status");
        status.getElement().setAttribute("role", "status");
        status.getElement().setAttribute("aria-live", "polite");
        status.setText("Generating 0 of " + total + "…");
        close.setId("zip-close");
        add(new Paragraph("Each report is archived with its portfolio and counts against your hourly report limit."),
                progress, status);
        getFooter().add(close);
        addOpenedChangeListener(e -> {
            if (!e.isOpened()) {
                cleanUp();
            }
        });
        start(reports, ids, security);
    }

    private void start(BookReports reports, List<Long> ids, SecurityContextHolderStrategy security) {
        ui = UI.getCurrent();
        ui.setPollInterval(500);
        polling = ui.addPollListener(e -> showProgress());
        try {
            file = Files.createTempFile("client-summaries-", ".zip");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Runnable task = () -> {
            try (OutputStream out = Files.newOutputStream(file)) {
                BookReports.Outcome outcome = reports.clientSummariesZip(ids, out, (n, of, what) -> {
                    done.set(n);
                    last.set(what);
                });
                ui.access(() -> finished(outcome));
            } catch (IOException | RuntimeException e) {
                log.warn("Client summaries ZIP failed", e);
                ui.access(() -> failed(e));
            }
        };
        worker = BackgroundWork.start("client-summaries-zip", security, task);
    }

    private void showProgress() {
        int n = done.get();
        progress.setValue((double) n / total);
        status.setText("Generated " + n + " of " + total + (last.get().isEmpty() ? "" : ": " + last.get()));
    }

    private void finished(BookReports.Outcome outcome) {
        stopPolling();
        progress.setValue(1);
        status.setText(outcome.files().size() + " of " + total + " client summaries are in the ZIP."
                + (outcome.notIncluded().isEmpty() ? ""
                : " Not included: " + String.join(" ", outcome.notIncluded()) + " (listed in NOT-INCLUDED.txt)."));
        Path zip = file;
        Anchor download = new Anchor(DownloadHandler.forFile(zip.toFile(),
                "client-summaries-" + LocalDate.now() + ".zip"), "");
        download.add(VaadinIcon.DOWNLOAD.create(), new Span(" Download ZIP"));
        download.getElement().setAttribute("download", true);
        download.setRouterIgnore(true);
        download.setId("zip-download");
        add(new com.vaadin.flow.component.html.Div(download));
    }

    private void failed(Exception e) {
        stopPolling();
        status.setText("The ZIP could not be made: " + (e.getMessage() == null ? e.getClass().getSimpleName()
                : e.getMessage()));
    }

    /** No progress after the end: a poll already on its way must not overwrite the final status. */
    private void stopPolling() {
        ui.setPollInterval(-1);
        if (polling != null) {
            polling.remove();
            polling = null;
        }
    }

    private void cleanUp() {
        stopPolling();
        if (worker != null && worker.isAlive()) {
            worker.interrupt();
        }
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                log.warn("Could not delete {}", file, e);
            }
        }
    }
}
