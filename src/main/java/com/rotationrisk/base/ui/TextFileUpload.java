package com.rotationrisk.base.ui;

import com.rotationrisk.base.csv.NotText;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.function.SerializableBiConsumer;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * An upload of one text file (CSV or plain text) whose size limit the server enforces: the
 * browser's own check can be bypassed, so the handler refuses a declared size over the limit and
 * stops reading at limit + 1 byte, never holding more than the limit in memory. A binary file (an
 * image, a spreadsheet, random bytes: {@link NotText}, the same rule the import services apply) is
 * refused as "not a text file" rather than parsed as a CSV of an unknown layout.
 */
public final class TextFileUpload implements UploadHandler {

    private final int maxBytes;
    private final SerializableBiConsumer<byte[], String> onReceived;
    private final SerializableConsumer<String> onRefused;

    private TextFileUpload(int maxBytes, SerializableBiConsumer<byte[], String> onReceived,
                           SerializableConsumer<String> onRefused) {
        this.maxBytes = maxBytes;
        this.onReceived = onReceived;
        this.onRefused = onRefused;
    }

    /**
     * An {@link Upload} for one CSV or text file of at most {@code maxBytes}. Both callbacks run
     * with the UI locked: {@code onReceived} with the content and the file's name, {@code onRefused}
     * with a message for the advisor.
     */
    public static Upload create(int maxBytes, SerializableBiConsumer<byte[], String> onReceived,
                                SerializableConsumer<String> onRefused) {
        Upload upload = new Upload(new TextFileUpload(maxBytes, onReceived, onRefused));
        upload.setAcceptedFileExtensions(".csv", ".txt", ".tsv");
        upload.setMaxFileSize(maxBytes);
        upload.setMaxFiles(1);
        upload.addFileRejectedListener(e -> onRefused.accept(e.getErrorMessage() + " (" + limitText(maxBytes)
                + ", CSV or text files only)"));
        // One file at a time: once it is read (or refused), the next one can be chosen at once.
        upload.addAllFinishedListener(e -> upload.clearFileList());
        return upload;
    }

    static String limitText(int maxBytes) {
        return maxBytes >= 1024 * 1024 ? "the limit is " + maxBytes / (1024 * 1024) + " MB"
                : "the limit is " + maxBytes / 1024 + " KB";
    }

    @Override
    public long getFileSizeMax() {
        return maxBytes;
    }

    @Override
    public long getRequestSizeMax() {
        return maxBytes + 64L * 1024;
    }

    @Override
    public void handleUploadRequest(UploadEvent event) throws IOException {
        UI ui = event.getUI();
        String name = event.getFileName();
        byte[] content = null;
        if (event.getFileSize() <= maxBytes) {
            try (InputStream in = event.getInputStream()) {
                content = in.readNBytes(maxBytes + 1);
            }
        }
        Optional<String> refusal = refusal(name, content, maxBytes);
        if (refusal.isPresent()) {
            event.reject(refusal.get());
            ui.access(() -> onRefused.accept(refusal.get()));
        } else {
            byte[] accepted = content;
            ui.access(() -> onReceived.accept(accepted, name));
        }
    }

    /** Why a file is refused; {@code content} is null when the declared size was already too large. */
    static Optional<String> refusal(String name, byte[] content, int maxBytes) {
        if (content == null || content.length > maxBytes) {
            return Optional.of("“" + name + "” is too large: " + limitText(maxBytes) + ".");
        }
        return NotText.refusal(content).map(refusal -> "“" + name + "”: " + refusal);
    }
}
