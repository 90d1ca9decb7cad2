package org.ameliwalkthrough.ratelimit;

/** A request over its limit; the page or JSON that answers it says when to try again. */
public class TooManyRequests extends RuntimeException {

    private final RateLimit limit;
    private final long retryAfterSeconds;

    public TooManyRequests(RateLimit limit, long retryAfterSeconds) {
        super(limit.key() + " limit reached", null, false, false); // no stack trace: it is not a fault
        this.limit = limit;
        this.retryAfterSeconds = Math.max(1, retryAfterSeconds);
    }

    public RateLimit limit() {
        return limit;
    }

    /** Whole seconds, at least 1: the value of the Retry-After header. */
    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    /** Rounded up, for people: "try again in 2 minutes". */
    public long retryAfterMinutes() {
        return (retryAfterSeconds + 59) / 60;
    }
}
