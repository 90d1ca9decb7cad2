package org.ameliwalkthrough.franceconnect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.ameliwalkthrough.franceconnect.InvalidGrantException.Reason;
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
 * Authorization codes in the application's database (H2, or PostgreSQL with the postgres profile):
 * two {@link AuthorizationCodes} on one database stand for two instances of the app.
 */
@JdbcTest
@AutoConfigureTestDatabase(replace = Replace.NONE)
@Import(JdbcGrantStore.class)
class JdbcGrantStoreTest {

    static final String CLIENT = AuthorizationCodesTest.CLIENT;
    static final String REDIRECT = AuthorizationCodesTest.REDIRECT;

    @Autowired
    JdbcGrantStore store;

    @Autowired
    JdbcClient jdbc;

    final MutableClock clock = new MutableClock(Instant.now());

    long david() {
        return jdbc.sql("SELECT id FROM practice_person WHERE slug = 'david'")
                .query(Long.class)
                .single();
    }

    @Test
    void aCodeIssuedOnOneInstanceRedeemsOnceOnAnother() {
        AuthorizationCodes instanceA = new AuthorizationCodes(store, clock);
        AuthorizationCodes instanceB = new AuthorizationCodes(store, clock);
        String code = instanceA.issue(AuthorizationCodesTest.REQUEST, david());

        var redeemed = instanceB.redeem(CLIENT, code, REDIRECT);
        assertThat(redeemed.personId()).isEqualTo(david());
        assertThat(redeemed.nonce()).isEqualTo(AuthorizationCodesTest.REQUEST.nonce());
        assertThatThrownBy(() -> instanceA.redeem(CLIENT, code, REDIRECT))
                .isInstanceOfSatisfying(
                        InvalidGrantException.class, e -> assertThat(e.reason()).isEqualTo(Reason.UNKNOWN_OR_USED));
    }

    @Test
    void theDatabaseHoldsOnlyAHashOfTheCode() {
        String code = new AuthorizationCodes(store, clock).issue(AuthorizationCodesTest.REQUEST, david());
        List<String> stored = jdbc.sql("SELECT code_hash FROM franceconnect_code")
                .query(String.class)
                .list();
        assertThat(stored).contains(AuthorizationCodes.hash(code)).doesNotContain(code);
    }

    @Test
    void issuingRemovesExpiredCodes() {
        AuthorizationCodes codes = new AuthorizationCodes(store, clock);
        String expired = codes.issue(AuthorizationCodesTest.REQUEST, david());
        clock.advance(AuthorizationCodes.LIFETIME);
        String fresh = codes.issue(AuthorizationCodesTest.REQUEST, david());
        // only this test's rows: other tests share the database
        List<String> stored = jdbc.sql("SELECT code_hash FROM franceconnect_code")
                .query(String.class)
                .list();
        assertThat(stored).contains(AuthorizationCodes.hash(fresh)).doesNotContain(AuthorizationCodes.hash(expired));
    }

    @Test
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    void concurrentRedeemsOfOneCodeGiveItToOneCallerOnly() throws Exception {
        AuthorizationCodes codes = new AuthorizationCodes(store, clock);
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            for (int round = 0; round < 10; round++) {
                String code = codes.issue(AuthorizationCodesTest.REQUEST, david());
                CountDownLatch go = new CountDownLatch(1);
                List<Future<Boolean>> results = new ArrayList<>();
                for (int i = 0; i < 6; i++) {
                    results.add(pool.submit(() -> {
                        go.await();
                        try {
                            codes.redeem(CLIENT, code, REDIRECT);
                            return true;
                        } catch (InvalidGrantException refused) {
                            return false;
                        }
                    }));
                }
                go.countDown();
                int won = 0;
                for (Future<Boolean> result : results) {
                    won += result.get() ? 1 : 0;
                }
                assertThat(won).as("round %d", round).isEqualTo(1);
            }
        } finally {
            pool.shutdownNow();
            jdbc.sql("DELETE FROM franceconnect_code").update();
        }
    }
}
