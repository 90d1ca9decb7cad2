package org.ameliwalkthrough.practice.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;

/** Practice accounts and attempt counts go after the retention period, and not before. */
@SpringBootTest
class PracticePurgeTest {

    @Autowired
    PracticeAccounts accounts;

    @Autowired
    CheckAttempts attempts;

    @Value("${practice.retention}")
    Duration retention;

    @Test
    void retentionIsSevenDaysByDefault() {
        assertThat(retention).isEqualTo(Duration.ofDays(7));
    }

    @Test
    void removesAccountsAndLocksOlderThanTheRetentionOnly() {
        String id = UUID.randomUUID().toString();
        String journey = UUID.randomUUID().toString();
        accounts.create(new PracticeAccount(
                id,
                journey,
                "emma",
                "2 88 04 •• ••• ••• 30",
                "e•••@example.org",
                "$2a$10$hash",
                UUID.randomUUID().toString().replace("-", ""),
                Instant.now().plus(Duration.ofDays(7)),
                null));
        String person = "purge-" + UUID.randomUUID().toString().substring(0, 8);
        attempts.wrong(person);

        new PracticePurge(accounts, attempts, Clock.systemUTC(), Duration.ofDays(7)).purge();
        assertThat(accounts.findById(id)).isPresent();
        assertThat(attempts.wrong(person)).as("the count was kept").isEqualTo(CheckAttempts.MAX_WRONG - 2);

        Clock eightDaysLater = Clock.offset(Clock.systemUTC(), Duration.ofDays(8));
        assertThat(new PracticePurge(accounts, attempts, eightDaysLater, Duration.ofDays(7)).purge())
                .isGreaterThanOrEqualTo(2);
        assertThat(accounts.findById(id)).isEmpty();
        assertThat(attempts.wrong(person)).as("the count was purged").isEqualTo(CheckAttempts.MAX_WRONG - 1);
    }
}
