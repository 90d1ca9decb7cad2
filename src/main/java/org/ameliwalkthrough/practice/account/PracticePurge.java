package org.ameliwalkthrough.practice.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Practice data is short-lived: accounts and attempt counts go after {@code practice.retention} (7 days). */
@Component
class PracticePurge {

    private static final Logger LOG = LoggerFactory.getLogger(PracticePurge.class);

    private final PracticeAccounts accounts;
    private final CheckAttempts attempts;
    private final Clock clock;
    private final Duration retention;

    PracticePurge(
            PracticeAccounts accounts,
            CheckAttempts attempts,
            Clock clock,
            @Value("${practice.retention:7d}") Duration retention) {
        this.accounts = accounts;
        this.attempts = attempts;
        this.clock = clock;
        this.retention = retention;
    }

    @Scheduled(fixedDelayString = "${practice.purge-interval:PT1H}", initialDelayString = "PT1M")
    int purge() {
        Instant cutoff = clock.instant().minus(retention);
        int removed = accounts.purgeCreatedBefore(cutoff) + attempts.purgeUpdatedBefore(cutoff);
        if (removed > 0) {
            LOG.info("Purged {} practice accounts and attempt counts older than {}", removed, retention);
        }
        return removed;
    }
}
