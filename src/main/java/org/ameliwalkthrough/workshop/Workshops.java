package org.ameliwalkthrough.workshop;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The workshops, in the database so every instance sees the same board. */
@Repository
class Workshops {

    static final Duration LIFETIME = Duration.ofHours(12);

    private final JdbcClient jdbc;
    private final Clock clock;

    Workshops(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A new workshop; returns it with the board secret, which only the volunteer's link holds. */
    Opened open(String language, PersonaSet set, boolean learnersChoose, int size) {
        Instant now = clock.instant();
        String code = freeCode(now);
        String secret = WorkshopTokens.boardSecret();
        Workshop workshop = new Workshop(
                WorkshopTokens.id(16), code, language, set, learnersChoose, size, now, now.plus(LIFETIME), null);
        jdbc.sql("""
                        INSERT INTO workshop (id, join_code, board_hash, language, persona_set, learners_choose,
                                              size_limit, created_at, closes_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        workshop.id(),
                        code,
                        WorkshopTokens.sha256(secret),
                        language,
                        set.name(),
                        learnersChoose,
                        size,
                        utc(now),
                        utc(workshop.closesAt()))
                .update();
        return new Opened(workshop, secret);
    }

    record Opened(Workshop workshop, String secret) {}

    Optional<Workshop> bySecret(String secret) {
        if (secret == null || !secret.matches("[0-9a-f]{32}")) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT * FROM workshop WHERE board_hash = ?")
                .param(WorkshopTokens.sha256(secret))
                .query(Workshops::row)
                .optional();
    }

    Optional<Workshop> byId(String id) {
        return jdbc.sql("SELECT * FROM workshop WHERE id = ?")
                .param(id)
                .query(Workshops::row)
                .optional();
    }

    /** The workshop a code names: an open one first, else the latest closed one (to say it ended). */
    Optional<Workshop> byCode(String code) {
        Instant now = clock.instant();
        List<Workshop> named = jdbc.sql("SELECT * FROM workshop WHERE join_code = ? ORDER BY created_at DESC")
                .param(code)
                .query(Workshops::row)
                .list();
        return named.stream()
                .filter(w -> w.isOpen(now))
                .findFirst()
                .or(() -> named.stream().findFirst());
    }

    void markClosed(String id) {
        jdbc.sql("UPDATE workshop SET closed_at = ? WHERE id = ? AND closed_at IS NULL")
                .params(utc(clock.instant()), id)
                .update();
    }

    /** Workshops past their 12 hours that were never closed. */
    List<String> expiredOpen() {
        return jdbc.sql("SELECT id FROM workshop WHERE closed_at IS NULL AND closes_at <= ?")
                .param(utc(clock.instant()))
                .query(String.class)
                .list();
    }

    /** A closed workshop's row is kept a day, so its code still says "ended" rather than "wrong code". */
    int forgetClosedBefore(Instant cutoff) {
        return jdbc.sql("DELETE FROM workshop WHERE closed_at IS NOT NULL AND closed_at < ?")
                .param(utc(cutoff))
                .update();
    }

    private String freeCode(Instant now) {
        for (int i = 0; i < 20; i++) {
            String code = WorkshopTokens.joinCode();
            if (byCode(code).filter(w -> w.isOpen(now)).isEmpty()) {
                return code;
            }
        }
        throw new IllegalStateException("no free join code"); // 148 million codes: never in practice
    }

    private static Workshop row(ResultSet rs, int n) throws SQLException {
        OffsetDateTime closed = rs.getObject("closed_at", OffsetDateTime.class);
        return new Workshop(
                rs.getString("id"),
                rs.getString("join_code"),
                rs.getString("language"),
                PersonaSet.valueOf(rs.getString("persona_set")),
                rs.getBoolean("learners_choose"),
                rs.getInt("size_limit"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                rs.getObject("closes_at", OffsetDateTime.class).toInstant(),
                closed == null ? null : closed.toInstant());
    }

    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
