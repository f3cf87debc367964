package com.rotationrisk.marketdata.importing;

import java.util.List;

/**
 * The file as a whole cannot be parsed (empty, too big, unknown layout, bad mapping...).
 * {@link #headers()} holds the header names when they could be read, so a UI can offer
 * the column-mapping step; otherwise it is empty.
 */
public class PriceFileException extends RuntimeException {

    private final List<String> headers;

    public PriceFileException(String message) {
        this(message, List.of());
    }

    public PriceFileException(String message, List<String> headers) {
        super(message);
        this.headers = List.copyOf(headers);
    }

    public PriceFileException(String message, Throwable cause) {
        super(message, cause);
        this.headers = List.of();
    }

    public List<String> headers() {
        return headers;
    }
}
