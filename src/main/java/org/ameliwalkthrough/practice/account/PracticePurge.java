package org.ameliwalkthrough.practice.account;

import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Practice data is short-lived: accounts and locks go after {@code practice.retention} (7 days). */
@Component
class PracticePurge {

    private static final Logger LOG = LoggerFactory.getLogger(PracticePurge.class);

    private final PracticeAccounts accounts;
    private final Clock clock;
    private final Duration retention;

    PracticePurge(PracticeAccounts accounts, Clock clock, @Value("${practice.retention:7d}") Duration retention) {
        this.accounts = accounts;
        this.clock = clock;
        this.retention = retention;
    }

    @Scheduled(fixedDelayString = "${practice.purge-interval:PT1H}", initialDelayString = "PT1M")
    int purge() {
        int removed = accounts.purgeCreatedBefore(clock.instant().minus(retention));
        if (removed > 0) {
            LOG.info("Purged {} practice accounts and locks older than {}", removed, retention);
        }
        return removed;
    }
}
