package org.ameliwalkthrough.franceconnect;

import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Wrong-password counts are practice data too: they go after {@code practice.retention} (7 days). */
@Component
class LoginAttemptsPurge {

    private static final Logger LOG = LoggerFactory.getLogger(LoginAttemptsPurge.class);

    private final LoginAttempts attempts;
    private final Clock clock;
    private final Duration retention;

    LoginAttemptsPurge(LoginAttempts attempts, Clock clock, @Value("${practice.retention:7d}") Duration retention) {
        this.attempts = attempts;
        this.clock = clock;
        this.retention = retention;
    }

    @Scheduled(fixedDelayString = "${practice.purge-interval:PT1H}", initialDelayString = "PT1M")
    int purge() {
        int removed = attempts.purgeOlderThan(clock.instant().minus(retention));
        if (removed > 0) {
            LOG.info("Purged {} practice impots.gouv.fr login counts older than {}", removed, retention);
        }
        return removed;
    }
}
