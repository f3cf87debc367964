package com.rotationrisk.report;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The caller generated the most reports allowed per hour ({@code rotationrisk.reports.max-generated-per-hour}). */
@ResponseStatus(HttpStatus.TOO_MANY_REQUESTS)
public class ReportRateLimitException extends RuntimeException {

    public ReportRateLimitException(String message) {
        super(message);
    }
}
