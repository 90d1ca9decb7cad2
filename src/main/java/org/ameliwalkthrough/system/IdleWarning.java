package org.ameliwalkthrough.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RestController;

/**
 * The warning before an idle practice session ends. Pages shown while a session exists (only the
 * simulator opens one) carry the warning, hidden; {@code js/idle.js} shows it {@code warn-before} the
 * end and its "Continue" asks {@link #KEEP_ALIVE}, which touching the session is enough to extend.
 */
public record IdleWarning(long timeoutSeconds, long warnSeconds, long timeoutMinutes, long warnMinutes) {

    public static final String KEEP_ALIVE = "/session/keep-alive";

    static IdleWarning of(Duration timeout, Duration warnBefore) {
        long warn = Math.min(warnBefore.toSeconds(), timeout.toSeconds());
        return new IdleWarning(timeout.toSeconds(), warn, Math.max(1, timeout.toMinutes()), warn / 60);
    }

    @ControllerAdvice
    static class Advice {

        private final IdleWarning warning;

        Advice(
                @Value("${spring.session.timeout:30m}") Duration timeout,
                @Value("${practice.idle-warning-before:3m}") Duration warnBefore,
                @Value("${practice.session.touch-interval:1m}") Duration touchInterval) {
            // "Continue" extends the session only if the stored last access may move by then (SessionTouches)
            if (touchInterval.compareTo(warnBefore) >= 0) {
                throw new IllegalStateException("practice.session.touch-interval (" + touchInterval
                        + ") must be shorter than practice.idle-warning-before (" + warnBefore + ")");
            }
            this.warning = IdleWarning.of(timeout, warnBefore);
        }

        /** Null (no warning) on pages read without a session: the guide never opens one. */
        @ModelAttribute("idleWarning")
        IdleWarning idleWarning(HttpServletRequest request) {
            return request.getSession(false) == null ? null : warning;
        }
    }

    @RestController
    static class KeepAlive {

        /** 204 when the session is still there (and now extended), 410 when it has already ended. */
        @GetMapping(KEEP_ALIVE)
        ResponseEntity<Void> keepAlive(HttpServletRequest request, HttpServletResponse response) {
            HttpStatus status = request.getSession(false) == null ? HttpStatus.GONE : HttpStatus.NO_CONTENT;
            return ResponseEntity.status(status)
                    .header(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue())
                    .build();
        }
    }
}
