package org.ameliwalkthrough.ratelimit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Shared buckets that are full again hold nobody back: their rows go, so the table stays small. */
@Component
class RateLimitPurge {

    private static final Logger LOG = LoggerFactory.getLogger(RateLimitPurge.class);

    private final RateLimiter limiter;

    RateLimitPurge(RateLimiter limiter) {
        this.limiter = limiter;
    }

    @Scheduled(fixedDelayString = "${ratelimit.purge-interval:PT10M}", initialDelayString = "PT1M")
    void purge() {
        try {
            int removed = limiter.purgeExpired();
            LOG.debug("Removed {} expired rate-limit buckets", removed);
        } catch (RuntimeException e) { // the database is away: the next run tries again
            LOG.warn("Expired rate-limit buckets not purged ({})", e.getClass().getSimpleName());
        }
    }
}
