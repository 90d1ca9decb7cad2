package org.ameliwalkthrough.franceconnect;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Wrong practice impots.gouv.fr passwords, counted per account (the person's record id) in the
 * database, so every session and instance sees the same count: after {@link #MAX_WRONG} the account
 * is locked for {@link #LOCK}. The real service's thresholds are not published; these are practice
 * values and the pages say so. The count is changed by the database itself (wrong = wrong + 1), so
 * concurrent tries cannot lose one.
 */
@Repository
class LoginAttempts {

    static final int MAX_WRONG = 5;
    static final Duration LOCK = Duration.ofMinutes(15);

    /** The account's count after a wrong password; {@code lockedUntil} is null while it is not locked. */
    record Count(int wrong, Instant lockedUntil) {

        boolean lockedAt(Instant now) {
            return lockedUntil != null && now.isBefore(lockedUntil);
        }
    }

    private final JdbcClient jdbc;

    LoginAttempts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** When the account's lock ends, if it is locked now. */
    Optional<Instant> lockedUntil(long personId, Instant now) {
        return jdbc.sql("SELECT locked_until FROM impots_login_attempt WHERE person_id = ?")
                .param(personId)
                .query((rs, n) -> rs.getObject(1, OffsetDateTime.class))
                .optional()
                .map(OffsetDateTime::toInstant)
                .filter(now::isBefore);
    }

    /**
     * Counts a wrong password, unless the account is locked now (a locked account counts nothing).
     * The {@link #MAX_WRONG}th locks it until {@code now + LOCK}; after a lock has run out the count
     * starts again at 1. One transaction: the row stays locked from the update to the read, so each
     * caller reads its own count, even when several try at once.
     */
    @Transactional
    Count wrongPassword(long personId, Instant now) {
        // The row first, once: a second concurrent insert does nothing instead of failing.
        jdbc.sql("""
                        INSERT INTO impots_login_attempt (person_id, wrong, updated_at) VALUES (?, 0, ?)
                        ON CONFLICT DO NOTHING""").params(personId, utc(now)).update();
        // Then one atomic update: the database adds 1 to what is there, whoever else is counting.
        jdbc.sql("""
                        UPDATE impots_login_attempt
                        SET wrong = CASE WHEN locked_until IS NULL THEN wrong + 1 ELSE 1 END,
                            locked_until = CASE WHEN locked_until IS NULL AND wrong + 1 >= ?
                                THEN CAST(? AS TIMESTAMP WITH TIME ZONE) END,
                            updated_at = ?
                        WHERE person_id = ? AND (locked_until IS NULL OR locked_until <= ?)""")
                .params(MAX_WRONG, utc(now.plus(LOCK)), utc(now), personId, utc(now))
                .update();
        return jdbc.sql("SELECT wrong, locked_until FROM impots_login_attempt WHERE person_id = ?")
                .param(personId)
                .query((rs, n) -> {
                    OffsetDateTime until = rs.getObject("locked_until", OffsetDateTime.class);
                    return new Count(rs.getInt("wrong"), until == null ? null : until.toInstant());
                })
                .optional()
                .orElse(new Count(0, null)); // the right password cleared it meanwhile
    }

    /** The right password: the count starts again from nothing. */
    void succeeded(long personId) {
        jdbc.sql("DELETE FROM impots_login_attempt WHERE person_id = ?")
                .param(personId)
                .update();
    }

    /** Removes counts whose last wrong password (and lock) is older than the cutoff; returns how many went. */
    int purgeOlderThan(Instant cutoff) {
        return jdbc.sql("""
                        DELETE FROM impots_login_attempt
                        WHERE updated_at < ? AND (locked_until IS NULL OR locked_until < ?)""").params(utc(cutoff), utc(cutoff)).update();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
