package org.ameliwalkthrough.practice.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Wrong answers to route 1's checks (IBAN end, serial digits), counted per person in the database,
 * as ameli counts them on the insured person's file: starting again, choosing another persona or a
 * new session does not reset them. Five lock the person for 30 minutes (the simulator's choice);
 * a lock that has run out starts a fresh count. Real time, not a journey's pretend time.
 */
@Repository
public class CheckAttempts {

    public static final int MAX_WRONG = 5;
    public static final Duration LOCK = Duration.ofMinutes(30);

    private final JdbcClient jdbc;
    private final Clock clock;

    CheckAttempts(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** When this person's lock ends, if they are locked now. */
    public Optional<Instant> lockedUntil(String personSlug) {
        return jdbc.sql("SELECT locked_until FROM practice_check_attempt WHERE person_slug = ?")
                .param(personSlug)
                .query((rs, n) -> rs.getObject(1, OffsetDateTime.class))
                .optional()
                .map(OffsetDateTime::toInstant)
                .filter(clock.instant()::isBefore);
    }

    /** Counts one wrong answer; returns how many are left, 0 when this one locked the person. */
    @Transactional
    public int wrong(String personSlug) {
        OffsetDateTime now = utc(clock.instant());
        jdbc.sql("""
                        UPDATE practice_check_attempt SET wrong_count = 0, locked_until = NULL
                        WHERE person_slug = ? AND locked_until IS NOT NULL AND locked_until <= ?""").params(personSlug, now).update();
        if (increment(personSlug, now) == 0) {
            try {
                jdbc.sql("""
                                INSERT INTO practice_check_attempt (person_slug, wrong_count, updated_at)
                                VALUES (?, 1, ?)""").params(personSlug, now).update();
            } catch (DuplicateKeyException concurrentFirst) {
                increment(personSlug, now);
            }
        }
        int wrong = jdbc.sql("SELECT wrong_count FROM practice_check_attempt WHERE person_slug = ?")
                .param(personSlug)
                .query(Integer.class)
                .single();
        if (wrong >= MAX_WRONG) {
            jdbc.sql("UPDATE practice_check_attempt SET locked_until = ? WHERE person_slug = ?")
                    .params(utc(clock.instant().plus(LOCK)), personSlug)
                    .update();
        }
        return Math.max(0, MAX_WRONG - wrong);
    }

    /** Forgets counts not touched since the cutoff (the retention purge). */
    public int purgeUpdatedBefore(Instant cutoff) {
        return jdbc.sql("DELETE FROM practice_check_attempt WHERE updated_at < ?")
                .param(utc(cutoff))
                .update();
    }

    /**
     * Forgets the counts of one scope's journeys (a workshop's learner, see {@code Journey.scopedTo}):
     * their keys end in {@code @scope}, and the learner's id must not outlive the workshop. A scope is
     * a hex id; LIKE's wildcards are dropped so that no other scope can match.
     */
    public int forgetScope(String scope) {
        return jdbc.sql("DELETE FROM practice_check_attempt WHERE person_slug LIKE ?")
                .param("%@" + scope.replace("%", "").replace("_", ""))
                .update();
    }

    private int increment(String personSlug, OffsetDateTime now) {
        return jdbc.sql("""
                        UPDATE practice_check_attempt SET wrong_count = wrong_count + 1, updated_at = ?
                        WHERE person_slug = ?""").params(now, personSlug).update();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
