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

/** Practice accounts and locks go after the retention period, and not before. */
@SpringBootTest
class PracticePurgeTest {

    @Autowired
    PracticeAccounts accounts;

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
        accounts.lock(journey, Instant.now().plus(Duration.ofMinutes(30)));

        new PracticePurge(accounts, Clock.systemUTC(), Duration.ofDays(7)).purge();
        assertThat(accounts.findById(id)).isPresent();
        assertThat(accounts.lockedUntil(journey, Instant.now())).isPresent();

        Clock eightDaysLater = Clock.offset(Clock.systemUTC(), Duration.ofDays(8));
        assertThat(new PracticePurge(accounts, eightDaysLater, Duration.ofDays(7)).purge())
                .isGreaterThanOrEqualTo(2);
        assertThat(accounts.findById(id)).isEmpty();
        assertThat(accounts.lockedUntil(journey, Instant.now())).isEmpty();
    }
}
