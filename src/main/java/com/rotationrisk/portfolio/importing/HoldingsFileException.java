package com.rotationrisk.portfolio.importing;

/** The file as a whole cannot be read (empty, too big, no recognisable header, too many rows...). */
public class HoldingsFileException extends RuntimeException {

    public HoldingsFileException(String message) {
        super(message);
    }

    public HoldingsFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
