package org.ameliwalkthrough.ratelimit;

import java.time.Clock;
import javax.sql.DataSource;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The limiter, from {@code ratelimit.*}; the web side registers it in {@link RateLimitWebConfig}. */
@Configuration
@EnableConfigurationProperties(RateLimitProperties.class)
class RateLimitConfig {

    @Bean
    RateLimiter rateLimiter(RateLimitProperties properties, DataSource dataSource, Clock clock) {
        return new RateLimiter(properties, dataSource, clock);
    }
}
