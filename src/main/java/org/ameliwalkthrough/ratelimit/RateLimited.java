package org.ameliwalkthrough.ratelimit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a handler method whose requests count against a limit per client address. Over the limit,
 * the request never reaches the method: {@link RateLimitInterceptor} answers 429 with Retry-After.
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface RateLimited {
    RateLimit value();
}
