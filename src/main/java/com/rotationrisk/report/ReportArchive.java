package com.rotationrisk.report;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/** Stores generated PDFs with their inputs; rows are only ever inserted (and go with their portfolio). */
@Component
class ReportArchive {

    record Stored(long id, long portfolioId, String templateId, long generatedBy, Instant generatedAt, LocalDate asOf,
                  String modelVersion, String inputsJson, String sha256, int byteSize) {
    }

    private final JdbcTemplate jdbc;

    ReportArchive(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    long store(long portfolioId, String templateId, long generatedBy, Instant generatedAt, LocalDate asOf,
               String modelVersion, String inputsJson, byte[] pdf, String sha256) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(con -> {
            var ps = con.prepareStatement("""
                    insert into report_archive (portfolio_id, template_id, generated_by, generated_at, as_of,
                        model_version, inputs_json, pdf, pdf_sha256, byte_size)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", new String[] {"id"});
            ps.setLong(1, portfolioId);
            ps.setString(2, templateId);
            ps.setLong(3, generatedBy);
            ps.setTimestamp(4, Timestamp.from(generatedAt));
            ps.setObject(5, asOf);
            ps.setString(6, modelVersion);
            ps.setString(7, inputsJson);
            ps.setBytes(8, pdf);
            ps.setString(9, sha256);
            ps.setInt(10, pdf.length);
            return ps;
        }, key);
        return key.getKey().longValue();
    }

    int generatedSince(long userId, Instant since) {
        Integer n = jdbc.queryForObject("select count(*) from report_archive where generated_by = ? and generated_at >= ?",
                Integer.class, userId, Timestamp.from(since));
        return n == null ? 0 : n;
    }

    /** Deletes archived reports generated before {@code cutoff}; returns how many. */
    int deleteGeneratedBefore(Instant cutoff) {
        return jdbc.update("delete from report_archive where generated_at < ?", Timestamp.from(cutoff));
    }

    Optional<Stored> find(long id) {
        return jdbc.query("""
                select id, portfolio_id, template_id, generated_by, generated_at, as_of, model_version, inputs_json,
                       pdf_sha256, byte_size
                from report_archive where id = ?""", (rs, n) -> stored(rs), id).stream().findFirst();
    }

    List<Stored> forPortfolio(long portfolioId) {
        return jdbc.query("""
                select id, portfolio_id, template_id, generated_by, generated_at, as_of, model_version, inputs_json,
                       pdf_sha256, byte_size
                from report_archive where portfolio_id = ? order by generated_at desc, id desc""",
                (rs, n) -> stored(rs), portfolioId);
    }

    byte[] pdf(long id) {
        return jdbc.queryForObject("select pdf from report_archive where id = ?", byte[].class, id);
    }

    private static Stored stored(ResultSet rs) throws SQLException {
        return new Stored(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getLong(4),
                rs.getTimestamp(5).toInstant(), rs.getObject(6, LocalDate.class), rs.getString(7), rs.getString(8),
                rs.getString(9), rs.getInt(10));
    }

}
