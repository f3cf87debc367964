package com.rotationrisk.marketdata.provider;

public class PriceProviderException extends Exception {

    public PriceProviderException(String message) {
        super(message);
    }

    public PriceProviderException(String message, Throwable cause) {
        super(message, cause);
    }
}
