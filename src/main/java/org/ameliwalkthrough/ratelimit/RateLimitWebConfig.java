package org.ameliwalkthrough.ratelimit;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Puts {@link RateLimitInterceptor} in front of every handler. A {@code @WebMvcTest} slice picks up
 * this configurer but not the limiter (it has no database): there, nothing is limited.
 */
@Configuration
class RateLimitWebConfig implements WebMvcConfigurer {

    private final ObjectProvider<RateLimiter> limiter;

    RateLimitWebConfig(ObjectProvider<RateLimiter> limiter) {
        this.limiter = limiter;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        limiter.ifAvailable(l -> registry.addInterceptor(new RateLimitInterceptor(l)));
    }
}
