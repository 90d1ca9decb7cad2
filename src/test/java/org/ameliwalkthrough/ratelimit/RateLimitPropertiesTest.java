package org.ameliwalkthrough.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import org.ameliwalkthrough.ratelimit.RateLimitProperties.Rule;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** Every limit must be set, by the names the docs give; a missing one stops the start, not the limit. */
class RateLimitPropertiesTest {

    @Test
    void theDocumentedKeysBindToEveryLimit() {
        Map<String, String> source = new java.util.HashMap<>();
        for (RateLimit limit : RateLimit.values()) {
            source.put("ratelimit.limits." + limit.key() + ".capacity", "7");
            source.put("ratelimit.limits." + limit.key() + ".period", "10m");
        }
        source.put("ratelimit.local-addresses", "5");
        RateLimitProperties bound = new Binder(new MapConfigurationPropertySource(source))
                .bind("ratelimit", RateLimitProperties.class)
                .get();
        assertThat(bound.rule(RateLimit.IMPOTS_LOGIN)).isEqualTo(new Rule(7, Duration.ofMinutes(10)));
        assertThat(bound.purgeInterval()).isEqualTo(Duration.ofMinutes(10));
    }

    @Test
    void aMissingLimitIsRefused() {
        Map<RateLimit, Rule> limits = new EnumMap<>(RateLimit.class);
        limits.put(RateLimit.API, new Rule(1, Duration.ofMinutes(1)));
        assertThatThrownBy(() -> new RateLimitProperties(limits, 10, null))
                .hasMessageContaining("ratelimit.limits.persona");
    }

    @Test
    void aLimitOfNothingIsRefused() {
        assertThatThrownBy(() -> new Rule(0, Duration.ofMinutes(1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Rule(1, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }
}
