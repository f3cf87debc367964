package com.rotationrisk.security;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The pairs of teams an administrator allows to share portfolios with each other, each stored once. */
@Component
class TeamSharingPairs {

    record Pair(long teamLowId, long teamHighId, long allowedBy, Instant allowedAt) {
    }

    private final JdbcTemplate jdbc;

    TeamSharingPairs(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    boolean allowed(long teamA, long teamB) {
        Integer n = jdbc.queryForObject("select count(*) from team_sharing_pair where team_low_id = ? and team_high_id = ?",
                Integer.class, Math.min(teamA, teamB), Math.max(teamA, teamB));
        return n != null && n > 0;
    }

    /** The teams {@code teamId} may share with besides itself. */
    List<Long> partnersOf(long teamId) {
        return jdbc.queryForList("""
                select team_high_id from team_sharing_pair where team_low_id = ?
                union select team_low_id from team_sharing_pair where team_high_id = ?""", Long.class, teamId, teamId);
    }

    boolean allow(long teamA, long teamB, long adminId, Instant at) {
        if (allowed(teamA, teamB)) {
            return false;
        }
        jdbc.update("insert into team_sharing_pair (team_low_id, team_high_id, allowed_by, allowed_at) values (?, ?, ?, ?)",
                Math.min(teamA, teamB), Math.max(teamA, teamB), adminId, Timestamp.from(at));
        return true;
    }

    boolean withdraw(long teamA, long teamB) {
        return jdbc.update("delete from team_sharing_pair where team_low_id = ? and team_high_id = ?",
                Math.min(teamA, teamB), Math.max(teamA, teamB)) > 0;
    }

    List<Pair> all() {
        return jdbc.query("select team_low_id, team_high_id, allowed_by, allowed_at from team_sharing_pair",
                (rs, n) -> new Pair(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getTimestamp(4).toInstant()));
    }
}
