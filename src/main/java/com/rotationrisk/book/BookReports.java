package com.rotationrisk.book;

import com.rotationrisk.report.GeneratedReport;
import com.rotationrisk.report.ReportService;
import com.rotationrisk.security.CurrentUser;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The client summary of several portfolios at once, as one ZIP. Each report goes through {@link ReportService#generate}
 * like a single download: the caller's access is checked per portfolio, the report is archived and audited, drawn on
 * the report module's bounded worker pool and counted against the hourly limit. No database transaction is held while
 * the ZIP is written: each report reads its inputs in its own short transactions. A report that cannot be made (no
 * prices, the hourly limit reached) does not stop the others; the ZIP then holds a {@code NOT-INCLUDED.txt} saying
 * which and why.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class BookReports {

    public static final String TEMPLATE = "client-summary";
    /** At most this many portfolios per ZIP (each one is a report counted against the hourly limit). */
    public static final int MAX_PORTFOLIOS = 50;

    private final ReportService reports;
    private final CurrentUser currentUser;

    BookReports(ReportService reports, CurrentUser currentUser) {
        this.reports = reports;
        this.currentUser = currentUser;
    }

    /** Progress of a ZIP: called after each portfolio with how many are done and of how many. */
    public interface Progress {
        void done(int done, int of, String clientOrFile);
    }

    /** What went into the ZIP: the file names, and a line per portfolio left out. */
    public record Outcome(List<String> files, List<String> notIncluded) {
    }

    /** Writes the ZIP to {@code out} (not closed); {@code progress} is called after each portfolio. */
    public Outcome clientSummariesZip(List<Long> portfolioIds, OutputStream out, Progress progress) {
        if (currentUser.require().isAdmin()) {
            throw new AccessDeniedException("Administrators do not generate client reports");
        }
        Set<Long> ids = new LinkedHashSet<>(portfolioIds);
        if (ids.isEmpty() || ids.size() > MAX_PORTFOLIOS) {
            throw new IllegalArgumentException("Choose between 1 and " + MAX_PORTFOLIOS + " portfolios, not "
                    + ids.size() + ".");
        }
        List<String> files = new ArrayList<>();
        List<String> notIncluded = new ArrayList<>();
        Set<String> names = new HashSet<>();
        try {
            ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
            int done = 0;
            for (long id : ids) {
                String label;
                try {
                    GeneratedReport r = reports.generate(id, TEMPLATE, null);
                    String name = unique(r.fileName(), names);
                    zip.putNextEntry(new ZipEntry(name));
                    zip.write(r.pdf());
                    zip.closeEntry();
                    files.add(name);
                    label = name;
                } catch (AccessDeniedException e) {
                    notIncluded.add("Portfolio " + id + ": no such portfolio.");
                    label = "portfolio " + id;
                } catch (RuntimeException e) {
                    if (e instanceof UncheckedIOException) {
                        throw e;
                    }
                    notIncluded.add("Portfolio " + id + ": " + e.getMessage());
                    label = "portfolio " + id;
                }
                progress.done(++done, ids.size(), label);
            }
            if (!notIncluded.isEmpty()) {
                zip.putNextEntry(new ZipEntry("NOT-INCLUDED.txt"));
                zip.write((String.join("\r\n", notIncluded) + "\r\n").getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
            zip.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Outcome(List.copyOf(files), List.copyOf(notIncluded));
    }

    private static String unique(String name, Set<String> used) {
        String candidate = name;
        for (int n = 2; !used.add(candidate); n++) {
            candidate = name.replaceFirst("\\.pdf$", "") + "-" + n + ".pdf";
        }
        return candidate;
    }
}
