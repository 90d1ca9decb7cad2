package org.ameliwalkthrough.franceconnect;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.ameliwalkthrough.franceconnect.LoginAttempts.Count;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase.Replace;
import org.springframework.boot.jdbc.test.autoconfigure.JdbcTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The wrong-password counts on the application's own database (H2 in PostgreSQL mode, or PostgreSQL
 * with the postgres profile), as Flyway builds it. Each test rolls back, except the concurrent one.
 */
@JdbcTest
@AutoConfigureTestDatabase(replace = Replace.NONE)
@Import(LoginAttempts.class)
class LoginAttemptsTest {

    static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");

    @Autowired
    LoginAttempts attempts;

    @Autowired
    JdbcClient jdbc;

    long david;
    long sarah;

    @BeforeEach
    void persons() {
        david = id("david");
        sarah = id("sarah");
    }

    long id(String slug) {
        return jdbc.sql("SELECT id FROM practice_person WHERE slug = ?")
                .param(slug)
                .query(Long.class)
                .single();
    }

    @Test
    void theFifthWrongPasswordLocksTheAccountFor15Minutes() {
        for (int wrong = 1; wrong < LoginAttempts.MAX_WRONG; wrong++) {
            assertThat(attempts.wrongPassword(david, NOW)).isEqualTo(new Count(wrong, null));
        }
        assertThat(attempts.lockedUntil(david, NOW)).isEmpty();
        Instant until = NOW.plus(LoginAttempts.LOCK);
        assertThat(attempts.wrongPassword(david, NOW)).isEqualTo(new Count(5, until));
        assertThat(attempts.lockedUntil(david, NOW.plus(Duration.ofMinutes(14).plusSeconds(59))))
                .contains(until);
        assertThat(attempts.lockedUntil(david, until)).isEmpty();
    }

    @Test
    void aLockedAccountCountsNothingAndKeepsItsEnd() {
        lock(david);
        Count during = attempts.wrongPassword(david, NOW.plus(Duration.ofMinutes(10)));
        assertThat(during).isEqualTo(new Count(5, NOW.plus(LoginAttempts.LOCK)));
        assertThat(during.lockedAt(NOW.plus(Duration.ofMinutes(10)))).isTrue();
    }

    @Test
    void aLockThatHasRunOutStartsAFreshCount() {
        lock(david);
        Instant later = NOW.plus(LoginAttempts.LOCK);
        assertThat(attempts.wrongPassword(david, later)).isEqualTo(new Count(1, null));
        assertThat(attempts.lockedUntil(david, later)).isEmpty();
    }

    @Test
    void theRightPasswordClearsTheCount() {
        attempts.wrongPassword(david, NOW);
        attempts.wrongPassword(david, NOW);
        attempts.succeeded(david);
        assertThat(attempts.wrongPassword(david, NOW)).isEqualTo(new Count(1, null));
    }

    @Test
    void eachAccountHasItsOwnCountAndNoIdentifierIsStored() {
        lock(david);
        assertThat(attempts.wrongPassword(sarah, NOW)).isEqualTo(new Count(1, null));
        assertThat(attempts.lockedUntil(sarah, NOW)).isEmpty();
        List<String> columns = jdbc.sql("SELECT * FROM impots_login_attempt").query((rs) -> {
            List<String> names = new ArrayList<>();
            for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                names.add(rs.getMetaData().getColumnLabel(i).toLowerCase());
            }
            return names;
        });
        assertThat(columns).containsExactly("person_id", "wrong", "locked_until", "updated_at");
    }

    @Test
    void thePurgeRemovesCountsOlderThanTheRetentionOnly() {
        attempts.wrongPassword(david, NOW.minus(Duration.ofDays(8)));
        attempts.wrongPassword(sarah, NOW.minus(Duration.ofDays(6)));
        var purge = new LoginAttemptsPurge(attempts, Clock.fixed(NOW, ZoneOffset.UTC), Duration.ofDays(7));
        assertThat(purge.purge()).isEqualTo(1);
        assertThat(attempts.wrongPassword(david, NOW).wrong()).isEqualTo(1);
        assertThat(attempts.wrongPassword(sarah, NOW).wrong()).isEqualTo(2);
    }

    @Test
    void thePurgeNeverEndsARunningLock() {
        lock(david);
        assertThat(attempts.purgeOlderThan(NOW.plus(Duration.ofMinutes(1)))).isZero();
        assertThat(attempts.lockedUntil(david, NOW.plus(Duration.ofMinutes(1)))).isPresent();
    }

    /** Twelve tries at once on a fresh account, ten times over: none fails, none is lost, none counts twice. */
    @Test
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    void concurrentWrongPasswordsLoseNoCount() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            for (int round = 0; round < 10; round++) {
                attempts.succeeded(david);
                CountDownLatch go = new CountDownLatch(1);
                List<Future<Count>> results = new ArrayList<>();
                for (int i = 0; i < 12; i++) {
                    results.add(pool.submit(() -> {
                        go.await();
                        return attempts.wrongPassword(david, NOW);
                    }));
                }
                go.countDown();
                List<Integer> counted = new ArrayList<>();
                for (Future<Count> result : results) {
                    counted.add(result.get(30, TimeUnit.SECONDS).wrong());
                }
                // Each try counted once and read its own count; the ones after the lock counted nothing.
                assertThat(counted).as("round " + round).containsExactlyInAnyOrder(1, 2, 3, 4, 5, 5, 5, 5, 5, 5, 5, 5);
                assertThat(attempts.lockedUntil(david, NOW)).contains(NOW.plus(LoginAttempts.LOCK));
            }
        } finally {
            pool.shutdownNow();
            attempts.succeeded(david);
        }
    }

    void lock(long personId) {
        for (int i = 0; i < LoginAttempts.MAX_WRONG; i++) {
            attempts.wrongPassword(personId, NOW);
        }
        assertThat(attempts.lockedUntil(personId, NOW)).isPresent();
    }
}
