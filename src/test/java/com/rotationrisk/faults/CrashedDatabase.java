package com.rotationrisk.faults;

import static org.assertj.core.api.Assertions.assertThat;

import com.rotationrisk.PostgresTestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * The database as a killed child left it, opened with plain JDBC: for H2 a copy of its files (which leaves the
 * crashed files themselves for the next start of the application, which must recover them on its own), for
 * PostgreSQL the child's schema on the server, which was not killed.
 */
final class CrashedDatabase implements AutoCloseable {

    private static final int TRANSACTIONS = 8;
    private static final String ROWS = "select (select listagg(portfolio_id || ':' || n, ',') within group "
            + "(order by portfolio_id) from (select portfolio_id, count(*) n from holding group by portfolio_id)) "
            + "|| ' bars ' || (select count(*) from daily_bar) || ' instruments ' || (select count(*) from instrument)"
            + " || ' reports ' || (select count(*) from report_archive) || ' audit ' "
            + "|| (select count(*) from audit_event)";

    private final Connection db;
    private final String url;

    private CrashedDatabase(String url, String user, String password) throws SQLException {
        this.url = url;
        this.db = DriverManager.getConnection(url, user, password);
    }

    static CrashedDatabase of(CrashTarget database, Path copy) throws IOException, SQLException {
        return database.onPostgres() ? new CrashedDatabase(PostgresTestDatabase.urlFor(database.postgresSchema()),
                PostgresTestDatabase.user(), PostgresTestDatabase.password()) : copyOf(database.h2Folder(), copy);
    }

    private static CrashedDatabase copyOf(Path folder, Path copy) throws IOException, SQLException {
        Files.createDirectories(copy);
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.toList()) {
                Files.copy(file, copy.resolve(file.getFileName()));
            }
        }
        return new CrashedDatabase("jdbc:h2:file:" + copy.toAbsolutePath() + "/rotationrisk;IFEXISTS=TRUE", "sa", "");
    }

    /**
     * The rows look the same to every transaction. H2 gives each open transaction the lowest free slot number; the
     * connections below keep theirs open, so each reads as another slot, as the restarted application's pool would.
     */
    void checkEveryTransactionSeesTheSameRows() throws SQLException {
        List<Connection> open = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        try {
            for (int i = 0; i < TRANSACTIONS; i++) {
                Connection c = DriverManager.getConnection(url, "sa", "");
                open.add(c);
                c.setAutoCommit(false);
                try (PreparedStatement ps = c.prepareStatement(ROWS); ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    seen.add(rs.getString(1));
                }
            }
        } finally {
            for (Connection c : open) {
                c.close();
            }
        }
        assertThat(seen).as("rows seen by transactions in slots 1 to %d", TRANSACTIONS).containsOnly(seen.getFirst());
    }

    /**
     * Every saved portfolio is exactly one whole save: the count and quantities its note names, its version, one
     * SAVE audit entry per save; and the last save the child reported (or the one it was in) is there.
     */
    void checkSaves(Ledger ledger) throws SQLException {
        Map<Long, Long> storedVersions = new HashMap<>();
        for (Object[] p : rows("select id, notes, version from portfolio where client_name like 'Crash save%'")) {
            long id = ((Number) p[0]).longValue();
            long[] note = HoldingsSaves.parseNote((String) p[1]);
            assertThat(note).as("note of portfolio %d: %s", id, p[1]).isNotNull();
            long save = note[0];
            long holdings = note[1];
            assertThat(((Number) p[2]).longValue()).as("version of portfolio %d, saved as save %d", id, save)
                    .isEqualTo(save);
            Object[] h = row("select count(*), count(distinct position), min(position), max(position), "
                    + "min(quantity), max(quantity) from holding where portfolio_id = ?", id);
            assertThat(((Number) h[0]).longValue()).as("holdings of portfolio %d (save %d)", id, save)
                    .isEqualTo(holdings);
            if (holdings > 0) {
                assertThat(((Number) h[1]).longValue()).as("distinct positions").isEqualTo(holdings);
                assertThat(((Number) h[2]).longValue()).as("first position").isZero();
                assertThat(((Number) h[3]).longValue()).as("last position").isEqualTo(holdings - 1);
                assertThat(((Number) h[4]).longValue()).as("smallest quantity: every row from save %d", save)
                        .isEqualTo(save);
                assertThat(((Number) h[5]).longValue()).as("largest quantity: every row from save %d", save)
                        .isEqualTo(save);
            }
            assertThat(count("select count(*) from audit_event where portfolio_id = ? and action = 'SAVE'", id))
                    .as("SAVE audit entries of portfolio %d: one per save, in the save's transaction", id)
                    .isEqualTo(save);
            assertThat(count("select count(*) from audit_event where portfolio_id = ? and action = 'CREATE'", id))
                    .as("CREATE audit entry of portfolio %d", id).isEqualTo(1);
            storedVersions.put(id, save);
        }
        Map<Long, Long> lastCommitted = ledger.committed(HoldingsSaves.KIND).stream().collect(Collectors.toMap(
                l -> l.number("portfolio"), l -> l.number("version"), Long::max));
        Set<String> cutShort = ledger.inFlight(HoldingsSaves.KIND).stream()
                .map(l -> l.number("portfolio") + "@" + l.number("version")).collect(Collectors.toSet());
        assertThat(storedVersions.keySet()).as("portfolios the saving children created")
                .isEqualTo(lastCommitted.keySet());
        lastCommitted.forEach((id, version) -> {
            long stored = storedVersions.get(id);
            // the save in flight may have committed in the instant between its commit and its line
            assertThat(stored == version || stored == version + 1 && cutShort.contains(id + "@" + stored))
                    .as("portfolio %d: last reported save %d, stored %d (in flight: %s)", id, version, stored,
                            cutShort).isTrue();
        });
        assertThat(count("select count(*) from holding h left join portfolio p on p.id = h.portfolio_id "
                + "where p.id is null")).as("holdings without their portfolio").isZero();
    }

    /** Every imported symbol has all bars of its import, one import record and its audit entries, or is absent. */
    void checkImports(Ledger ledger) throws SQLException {
        Map<String, Long> stored = new HashMap<>();
        for (Object[] i : rows("select id, symbol, name from instrument where symbol like '"
                + PriceImports.SYMBOL_PREFIX + "%'")) {
            long id = ((Number) i[0]).longValue();
            String symbol = (String) i[1];
            int bars = PriceImports.barsNamedIn((String) i[2]);
            assertThat(bars).as("bar count named by %s: %s", symbol, i[2]).isPositive();
            assertThat(count("select count(*) from daily_bar where instrument_id = ?", id))
                    .as("bars of %s: all of its import or none", symbol).isEqualTo(bars);
            assertThat(count("select count(*) from price_import where instrument_id = ? and bars_written = ?", id,
                    bars)).as("import records of %s", symbol).isEqualTo(1);
            assertThat(count("select count(*) from price_import where instrument_id = ?", id))
                    .as("import records of %s", symbol).isEqualTo(1);
            assertThat(count("select count(*) from audit_event where action = 'PRICES_IMPORTED' and detail like ?",
                    symbol + ": " + bars + " bars %")).as("PRICES_IMPORTED audit entry of %s", symbol).isEqualTo(1);
            assertThat(count("select count(*) from audit_event where action = 'INSTRUMENT_ADDED' and detail = ?",
                    symbol + " (with a price import)")).as("INSTRUMENT_ADDED audit entry of %s", symbol).isEqualTo(1);
            stored.put(symbol, (long) bars);
        }
        Map<String, Long> committed = ledger.committed(PriceImports.KIND).stream()
                .collect(Collectors.toMap(l -> l.text("symbol"), l -> l.number("bars")));
        Map<String, Long> cutShort = ledger.inFlight(PriceImports.KIND).stream()
                .collect(Collectors.toMap(l -> l.text("symbol"), l -> l.number("bars")));
        committed.forEach((symbol, bars) -> assertThat(stored.get(symbol))
                .as("bars of %s, reported committed", symbol).isEqualTo(bars));
        stored.forEach((symbol, bars) -> assertThat(committed.containsKey(symbol)
                || bars.equals(cutShort.get(symbol))).as("%s is a reported or an in-flight import", symbol).isTrue());
        assertThat(count("select count(*) from audit_event where action in ('INSTRUMENT_ADDED', 'PRICES_IMPORTED') "
                + "and detail like ?", PriceImports.SYMBOL_PREFIX + "%")).as("audit entries of the imports: none "
                + "for an import that left nothing").isEqualTo(2L * stored.size());
        assertThat(count("select count(*) from daily_bar b left join instrument i on i.id = b.instrument_id "
                + "where i.id is null")).as("bars without their instrument").isZero();
    }

    /**
     * Every archived report is a whole PDF matching its stored hash and size, with its audit entry; every report the
     * child reported archived is there.
     */
    void checkReports(Ledger ledger) throws SQLException, IOException {
        List<Long> archived = new ArrayList<>();
        try (PreparedStatement ps = db.prepareStatement("select id, pdf, pdf_sha256, byte_size from report_archive");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                long id = rs.getLong(1);
                byte[] pdf = rs.getBytes(2);
                assertThat(sha256(pdf)).as("sha256 of archived report %d", id).isEqualTo(rs.getString(3));
                assertThat(pdf.length).as("size of archived report %d", id).isEqualTo(rs.getInt(4));
                try (PDDocument document = Loader.loadPDF(pdf)) {
                    assertThat(document.getNumberOfPages()).as("pages of archived report %d", id).isPositive();
                }
                assertThat(count("select count(*) from audit_event where action = 'REPORT_GENERATED' "
                        + "and detail like ?", "%, archive id " + id)).as("audit entry of report %d", id).isEqualTo(1);
                archived.add(id);
            }
        }
        List<Long> committed = ledger.committed(ReportGenerations.KIND).stream().map(l -> l.number("archive"))
                .toList();
        assertThat(archived).as("archived reports").containsAll(committed);
        assertThat(archived.size()).as("archived reports beyond the reported ones: at most the one in flight "
                + "per killed child").isLessThanOrEqualTo(committed.size() + ledger.inFlight(ReportGenerations.KIND)
                .size());
        assertThat(count("select count(*) from audit_event where action = 'REPORT_GENERATED'"))
                .as("REPORT_GENERATED audit entries").isEqualTo(archived.size());
    }

    private List<Object[]> rows(String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = prepare(sql, args); ResultSet rs = ps.executeQuery()) {
            List<Object[]> rows = new ArrayList<>();
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                Object[] row = new Object[columns];
                for (int c = 0; c < columns; c++) {
                    row[c] = rs.getObject(c + 1);
                }
                rows.add(row);
            }
            return rows;
        }
    }

    private Object[] row(String sql, Object... args) throws SQLException {
        return rows(sql, args).getFirst();
    }

    private long count(String sql, Object... args) throws SQLException {
        return ((Number) row(sql, args)[0]).longValue();
    }

    private PreparedStatement prepare(String sql, Object... args) throws SQLException {
        PreparedStatement ps = db.prepareStatement(sql);
        for (int i = 0; i < args.length; i++) {
            ps.setObject(i + 1, args[i]);
        }
        return ps;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() throws SQLException {
        db.close();
    }
}
