package com.rotationrisk.audit;

import com.rotationrisk.spreadsheet.SpreadsheetSafe;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the audit trail: the whole firm's for administrators (search, count, CSV export), one portfolio's for whom
 * {@link PortfolioTrailAccess} allows. Newest first. Days are those of the firm's zone,
 * {@code rotationrisk.audit.zone} (default: the server's zone, as the screens show times).
 */
@Service
@EnableConfigurationProperties(AuditSettings.class)
public class AuditService {

    /** The most entries one page may hold. */
    public static final int MAX_PAGE = 500;
    /** The most entries one CSV export holds: the newest ones that match. */
    public static final int MAX_EXPORT_ROWS = 100_000;

    static final List<String> CSV_HEADER = List.of("id", "occurred_at", "actor_id", "actor_username",
            "client_address", "action", "action_label", "portfolio_id", "detail");

    private static final String COLUMNS = "id, occurred_at, actor_id, actor_username, client_address, action, "
            + "portfolio_id, detail";
    private static final RowMapper<AuditEntry> ENTRY = AuditService::entry;

    private final JdbcTemplate jdbc;
    private final AuditTrail trail;
    private final CurrentActor currentActor;
    private final ObjectProvider<PortfolioTrailAccess> portfolioTrailAccess;
    private final ZoneId zone;

    AuditService(JdbcTemplate jdbc, AuditTrail trail, CurrentActor currentActor,
                 ObjectProvider<PortfolioTrailAccess> portfolioTrailAccess,
                 AuditSettings settings) {
        this.jdbc = jdbc;
        this.trail = trail;
        this.currentActor = currentActor;
        this.portfolioTrailAccess = portfolioTrailAccess;
        this.zone = settings.zone();
    }

    /** The zone whose days the filters' {@code from} and {@code to} are. */
    public ZoneId zone() {
        return zone;
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<AuditEntry> search(AuditFilter filter, int offset, int limit) {
        Where where = where(filter);
        List<Object> args = new ArrayList<>(where.args());
        args.add(Math.max(0, offset));
        args.add(Math.clamp(limit, 0, MAX_PAGE));
        return jdbc.query("select " + COLUMNS + " from audit_event" + where.sql()
                + " order by occurred_at desc, id desc offset ? rows fetch next ? rows only", ENTRY, args.toArray());
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public int count(AuditFilter filter) {
        Where where = where(filter);
        Integer count = jdbc.queryForObject("select count(*) from audit_event" + where.sql(), Integer.class,
                where.args().toArray());
        return count == null ? 0 : count;
    }

    /**
     * Writes the newest {@link #MAX_EXPORT_ROWS} entries matching {@code filter} to {@code out} as CSV (RFC 4180,
     * UTF-8 with a byte-order mark so that spreadsheets read it as UTF-8; text cells made {@link SpreadsheetSafe}),
     * and records the export in the trail. Returns how many entries were written.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public int exportCsv(AuditFilter filter, OutputStream out) {
        AuditActor exporter = currentActor.require();
        Where where = where(filter);
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        int[] written = {0};
        try {
            writer.write('\uFEFF');
            CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180);
            csv.printRecord(CSV_HEADER);
            List<Object> args = new ArrayList<>(where.args());
            args.add(MAX_EXPORT_ROWS);
            jdbc.query("select " + COLUMNS + " from audit_event" + where.sql()
                    + " order by occurred_at desc, id desc fetch first ? rows only", rs -> {
                        printRow(csv, entry(rs, written[0]));
                        written[0]++;
                    }, args.toArray());
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("The audit export could not be written", e);
        }
        trail.record(AuditAction.AUDIT_EXPORTED, exporter, null,
                "Exported " + written[0] + (written[0] == MAX_EXPORT_ROWS ? " (the most one export holds)" : "")
                        + " entries as CSV; filter: " + filter.describe());
        return written[0];
    }

    /**
     * One portfolio's trail, newest first, for whom {@link PortfolioTrailAccess} allows; without an implementation
     * of it, nobody.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<AuditEntry> portfolioTrail(long portfolioId, int offset, int limit) {
        requireMayReadTrail(portfolioId);
        return jdbc.query("select " + COLUMNS + " from audit_event where portfolio_id = ?"
                        + " order by occurred_at desc, id desc offset ? rows fetch next ? rows only", ENTRY,
                portfolioId, Math.max(0, offset), Math.clamp(limit, 0, MAX_PAGE));
    }

    /** The newest {@link #MAX_PAGE} entries of one portfolio's trail; see {@link #portfolioTrail(long, int, int)}. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<AuditEntry> portfolioTrail(long portfolioId) {
        return portfolioTrail(portfolioId, 0, MAX_PAGE);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public int countPortfolioTrail(long portfolioId) {
        requireMayReadTrail(portfolioId);
        Integer count = jdbc.queryForObject("select count(*) from audit_event where portfolio_id = ?", Integer.class,
                portfolioId);
        return count == null ? 0 : count;
    }

    private void requireMayReadTrail(long portfolioId) {
        PortfolioTrailAccess access = portfolioTrailAccess.getIfAvailable();
        if (access == null) {
            throw new AccessDeniedException("Nobody may read a portfolio's trail here: no access rule is installed.");
        }
        access.requireMayReadTrail(portfolioId);
    }

    private record Where(String sql, List<Object> args) {
    }

    private Where where(AuditFilter filter) {
        List<String> conditions = new ArrayList<>();
        List<Object> args = new ArrayList<>();
        if (filter.username() != null) {
            conditions.add("lower(actor_username) = ?");
            args.add(filter.username().toLowerCase(Locale.ROOT));
        }
        if (filter.portfolioId() != null) {
            conditions.add("portfolio_id = ?");
            args.add(filter.portfolioId());
        }
        if (filter.action() != null) {
            conditions.add("action = ?");
            args.add(filter.action().name());
        }
        if (filter.from() != null) {
            conditions.add("occurred_at >= ?");
            args.add(Timestamp.from(filter.from().atStartOfDay(zone).toInstant()));
        }
        if (filter.to() != null) {
            conditions.add("occurred_at < ?");
            args.add(Timestamp.from(filter.to().plusDays(1).atStartOfDay(zone).toInstant()));
        }
        return new Where(conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions), args);
    }

    private static AuditEntry entry(ResultSet rs, int row) throws SQLException {
        Timestamp at = rs.getTimestamp("occurred_at");
        return AuditEntry.of(rs.getLong("id"), at == null ? null : at.toInstant(), rs.getObject("actor_id", Long.class),
                rs.getString("actor_username"), rs.getString("client_address"), rs.getString("action"),
                rs.getObject("portfolio_id", Long.class), rs.getString("detail"));
    }

    private static void printRow(CSVPrinter csv, AuditEntry e) {
        try {
            csv.printRecord(e.id(), e.occurredAt() == null ? "" : DateTimeFormatter.ISO_INSTANT.format(e.occurredAt()),
                    e.actorId() == null ? "" : e.actorId(), SpreadsheetSafe.cell(e.actorUsername()),
                    SpreadsheetSafe.cell(e.clientAddress()), SpreadsheetSafe.cell(e.action()),
                    SpreadsheetSafe.cell(e.actionLabel()), e.portfolioId() == null ? "" : e.portfolioId(),
                    SpreadsheetSafe.cell(e.detail()));
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
