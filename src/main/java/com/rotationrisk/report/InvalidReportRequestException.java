package com.rotationrisk.report;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A report request that cannot be served as asked, naming the parameter; a 400 with the message, not a 500. */
@ResponseStatus(HttpStatus.BAD_REQUEST)
public class InvalidReportRequestException extends IllegalArgumentException {

    private final String field;

    public InvalidReportRequestException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
