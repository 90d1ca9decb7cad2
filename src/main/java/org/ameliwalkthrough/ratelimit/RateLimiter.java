package org.ameliwalkthrough.ratelimit;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.ameliwalkthrough.ratelimit.RateLimitProperties.Rule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes one token from the bucket of a limit and a client address. Flood limits use this
 * instance's memory; limits that guard guessing use the shared table, keyed by a hash of the
 * address. If the database cannot be reached the request goes on (the page behind it needs the
 * database anyway and answers for itself); the accounts' own wrong-attempt locks still hold.
 */
public class RateLimiter {

    private static final Logger LOG = LoggerFactory.getLogger(RateLimiter.class);
    /** A bucket row stays a little after it is full again, so a steady user does not recreate it each time. */
    private static final Duration KEEP_AFTER_REFILL = Duration.ofMinutes(1);

    private final Map<RateLimit, BucketConfiguration> configurations = new EnumMap<>(RateLimit.class);
    private final Map<RateLimit, LocalBuckets> local = new EnumMap<>(RateLimit.class);
    private final JdbcBuckets shared;

    RateLimiter(RateLimitProperties properties, DataSource dataSource, Clock clock) {
        ClockTimeMeter time = new ClockTimeMeter(clock);
        this.shared = new JdbcBuckets(
                dataSource, time, ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(KEEP_AFTER_REFILL));
        for (RateLimit limit : RateLimit.values()) {
            Rule rule = properties.rule(limit);
            Bandwidth bandwidth = Bandwidth.builder()
                    .capacity(rule.capacity())
                    .refillGreedy(rule.capacity(), rule.period())
                    .build();
            configurations.put(
                    limit, BucketConfiguration.builder().addLimit(bandwidth).build());
            if (limit.scope() == RateLimit.Scope.INSTANCE) {
                local.put(
                        limit,
                        new LocalBuckets(
                                properties.localAddresses(),
                                rule.capacity(),
                                () -> Bucket.builder()
                                        .addLimit(bandwidth)
                                        .withCustomTimePrecision(time)
                                        .build()));
            }
        }
    }

    /** Empty when the request may go on; otherwise how long until the next one would be let through. */
    public Optional<Duration> tryAcquire(RateLimit limit, String clientAddress) {
        ConsumptionProbe probe;
        if (limit.scope() == RateLimit.Scope.INSTANCE) {
            probe = local.get(limit).tryConsume(clientAddress);
        } else {
            try {
                probe = shared.builder()
                        .build(sharedKey(limit, clientAddress), () -> configurations.get(limit))
                        .tryConsumeAndReturnRemaining(1);
            } catch (RuntimeException e) {
                LOG.warn("Rate limit {} not checked: the database did not answer ({})", limit.key(), e.getClass());
                return Optional.empty();
            }
        }
        return probe.isConsumed() ? Optional.empty() : Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }

    /** Removes the shared buckets that are full again; returns how many went. */
    int purgeExpired() {
        return shared.purgeExpired();
    }

    /** The row id: the limit's name and a SHA-256 of the address, so the table holds no address. */
    static String sharedKey(RateLimit limit, String clientAddress) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest(String.valueOf(clientAddress).getBytes(StandardCharsets.UTF_8));
            return limit.key() + ":" + HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
