package org.ameliwalkthrough.ratelimit;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Optional;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Counts each request to a {@link RateLimited} handler against its client address, before the
 * handler runs (so before any password is hashed or code compared). Over the limit it throws
 * {@link TooManyRequests}, which the site's 429 page or the API's JSON answers. The address is
 * {@code request.getRemoteAddr()}: the proxy's {@code X-Forwarded-For} only counts when
 * {@code server.forward-headers-strategy} says the proxy is trusted.
 */
final class RateLimitInterceptor implements HandlerInterceptor {

    private final RateLimiter limiter;

    RateLimitInterceptor(RateLimiter limiter) {
        this.limiter = limiter;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (handler instanceof HandlerMethod method) {
            RateLimited limited = method.getMethodAnnotation(RateLimited.class);
            if (limited != null) {
                Optional<Duration> wait = limiter.tryAcquire(limited.value(), request.getRemoteAddr());
                if (wait.isPresent()) {
                    long seconds = (wait.get().toMillis() + 999) / 1000;
                    throw new TooManyRequests(limited.value(), seconds);
                }
            }
        }
        return true;
    }
}
