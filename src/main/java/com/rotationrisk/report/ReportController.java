package com.rotationrisk.report;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Authenticated download URLs (the sign-in session, and later personal access tokens). Access is
 * decided by {@link ReportService}: a portfolio the caller may not read gives 403.
 */
@RestController
class ReportController {

    private final ReportService reports;

    ReportController(ReportService reports) {
        this.reports = reports;
    }

    /**
     * Generates and archives a report: a POST (Spring Security's CSRF token required), so neither a link nor
     * another site's page can fill the archive. GET on this URL is refused (405); downloads are GETs of the archive.
     */
    @PostMapping("/reports/portfolio/{portfolioId}.pdf")
    ResponseEntity<byte[]> generate(@PathVariable long portfolioId,
                                    @RequestParam(defaultValue = "client-summary") String template,
                                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                                    LocalDate asOf,
                                    @RequestParam(required = false) Long proposal) {
        return pdf(reports.generate(portfolioId, template, asOf, proposal));
    }

    @GetMapping("/reports/archive/{archiveId}.pdf")
    ResponseEntity<byte[]> archived(@PathVariable long archiveId) {
        return pdf(reports.download(archiveId));
    }

    @GetMapping("/reports/archive/{archiveId}/regenerated.pdf")
    ResponseEntity<byte[]> regenerated(@PathVariable long archiveId) {
        return pdf(reports.regenerate(archiveId));
    }

    /** Too many reports (the person's hourly limit, or the drawing queue is full): 429 with the reason. */
    @ExceptionHandler(ReportRateLimitException.class)
    ResponseEntity<String> busy(ReportRateLimitException e) {
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).contentType(MediaType.TEXT_PLAIN).body(e.getMessage());
    }

    @ExceptionHandler(InvalidReportRequestException.class)
    ResponseEntity<String> invalid(InvalidReportRequestException e) {
        return ResponseEntity.badRequest().contentType(MediaType.TEXT_PLAIN).body(e.getMessage());
    }

    private static ResponseEntity<byte[]> pdf(GeneratedReport report) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(report.fileName()).build().toString())
                .header("X-Report-Sha256", report.archived().sha256())
                .body(report.pdf());
    }
}
