package org.ameliwalkthrough.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.LongAdder;
import org.ameliwalkthrough.api.CheckApiController.CheckRequest;
import org.ameliwalkthrough.identifiers.IdentifierKind;
import org.ameliwalkthrough.identifiers.IdentifierMessages;
import org.ameliwalkthrough.ratelimit.RateLimit;
import org.ameliwalkthrough.ratelimit.RateLimiter;
import org.ameliwalkthrough.ratelimit.TooManyRequests;
import org.ameliwalkthrough.system.ReadRequest;
import org.ameliwalkthrough.system.SiteLocales;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * Answers an ordinary {@code POST /api/check/{kind}} inside the API's security chain (so Spring
 * Security's header writers still write every header), without the servlet's dispatch: Spring MVC's
 * handler look-up, argument resolution, content negotiation and message converters cost more CPU than
 * the check itself. Ordinary means: a kind the API offers, JSON in UTF-8, an Accept that takes JSON, and
 * a body that the app's own {@link JsonMapper} reads into a value of at most 256 characters. Anything
 * else goes on to {@link CheckApiController} (with the body read here replayed), which refuses it as
 * it always has. The answer is {@link CheckApiController#answer}, written by the same mapper; the rate
 * limit is taken here, once, only for a request this filter answers (the controller's interceptor takes
 * it for the others). {@code DirectCheckTest} compares both paths byte for byte.
 */
final class DirectCheck extends OncePerRequestFilter {

    static final String PREFIX = "/api/check/";
    static final String CONTENT_TYPE = "application/json";

    private final JsonMapper json;
    private final ObjectReader requests;
    private final IdentifierMessages messages;
    private final MessageSource errors;
    private final RateLimiter limiter;
    private final LongAdder answered = new LongAdder();
    private volatile boolean enabled = true;

    DirectCheck(JsonMapper json, IdentifierMessages messages, MessageSource errors, RateLimiter limiter) {
        this.json = json;
        this.requests = json.readerFor(CheckRequest.class);
        this.messages = messages;
        this.errors = errors;
        this.limiter = limiter;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !enabled
                || !"POST".equals(request.getMethod())
                || !DirectRequests.utf8Json(request.getContentType())
                || !DirectRequests.acceptsJson(request.getHeader(HttpHeaders.ACCEPT));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<IdentifierKind> kind = DirectRequests.kindOf(request);
        if (kind.isEmpty()) {
            chain.doFilter(request, response); // the controller's 404 (or Spring's own answer)
            return;
        }
        // RequestSizeLimitFilter has refused anything longer, chunked bodies included
        byte[] body = request.getInputStream().readAllBytes();
        String value = valueOf(body);
        if (value == null) {
            chain.doFilter(ReadRequest.withBody(request, body), response);
            return;
        }
        answered.increment(); // before writing: the client may read the answer before this method returns
        Locale locale = SiteLocales.forStatelessRequest(request);
        Optional<Duration> wait = limiter.tryAcquire(RateLimit.API, request.getRemoteAddr());
        if (wait.isEmpty()) {
            byte[] bytes = json.writeValueAsBytes(CheckApiController.answer(kind.get(), value, locale, messages));
            response.setContentType(CONTENT_TYPE);
            response.setContentLength(bytes.length);
            response.getOutputStream().write(bytes);
            return;
        }
        // As RateLimitInterceptor rounds the wait and ApiErrors answers it: a ResponseEntity, which Spring
        // MVC flushes, so Tomcat sends it chunked (and may gzip it) where the 200 above has a length.
        TooManyRequests refused = new TooManyRequests(RateLimit.API, (wait.get().toMillis() + 999) / 1000);
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(refused.retryAfterSeconds()));
        response.setContentType(CONTENT_TYPE);
        response.getOutputStream()
                .write(json.writeValueAsBytes(
                        ApiErrors.errorBody(errors, HttpStatus.TOO_MANY_REQUESTS, "too-many-requests", locale)));
        response.flushBuffer();
    }

    /** The value, or null when the controller should say what is wrong (malformed, missing, too long). */
    private String valueOf(byte[] body) {
        if (body.length == 0) {
            return null;
        }
        try {
            CheckRequest read = requests.readValue(body);
            if (read == null || read.value() == null) {
                return null;
            }
            return CharacterCount.of(read.value()) > CheckApiController.MAX_VALUE_LENGTH ? null : read.value();
        } catch (JacksonException malformed) {
            return null;
        }
    }

    /** How many requests this filter answered itself (tests check that the direct path was taken). */
    long answered() {
        return answered.sum();
    }

    /** Off: every request goes on to the controller (tests compare both paths on the same server). */
    void enabled(boolean on) {
        this.enabled = on;
    }
}
