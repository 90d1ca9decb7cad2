package org.ameliwalkthrough.ratelimit;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code ratelimit.*}: for each {@link RateLimit}, how many requests one client address may send
 * ({@code capacity}), refilled evenly over {@code period}. Every limit must be set (the defaults are
 * in application.properties, explained in docs/rate-limits.md), so a typo fails at startup.
 *
 * @param limits the rule of each limit, by its key (e.g. {@code ratelimit.limits.practice-login.capacity})
 * @param localAddresses how many addresses the in-memory limits remember before forgetting idle ones
 * @param purgeInterval how often expired database buckets are removed
 */
@ConfigurationProperties("ratelimit")
public record RateLimitProperties(Map<RateLimit, Rule> limits, int localAddresses, Duration purgeInterval) {

    public record Rule(long capacity, Duration period) {

        public Rule {
            if (capacity < 1 || period == null || period.isNegative() || period.isZero()) {
                throw new IllegalArgumentException("A rate limit needs a capacity of at least 1 and a period");
            }
        }
    }

    public RateLimitProperties {
        Map<RateLimit, Rule> given = limits == null ? Map.of() : limits;
        for (RateLimit limit : RateLimit.values()) {
            if (!given.containsKey(limit)) {
                throw new IllegalArgumentException("ratelimit.limits." + limit.key() + " is not set");
            }
        }
        limits = new EnumMap<>(given);
        if (localAddresses < 1) {
            throw new IllegalArgumentException("ratelimit.local-addresses must be at least 1");
        }
        if (purgeInterval == null) {
            purgeInterval = Duration.ofMinutes(10);
        }
    }

    Rule rule(RateLimit limit) {
        return limits.get(limit);
    }
}
