package org.ameliwalkthrough.franceconnect;

import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;

/**
 * Wrong practice impots.gouv.fr passwords, counted per account (record id) for this browser
 * session: after {@link #MAX_WRONG} the account is locked for {@link #LOCK}. The real service's
 * thresholds are not published; these are practice values and the pages say so.
 */
final class LoginAttempts implements Serializable {

    static final int MAX_WRONG = 5;
    static final Duration LOCK = Duration.ofMinutes(15);
    private static final String ATTRIBUTE = "franceconnect.attempts";

    private record Count(int wrong, Instant lockedUntil) implements Serializable {}

    private final HashMap<Long, Count> counts = new HashMap<>();

    static LoginAttempts in(HttpSession session) {
        Object stored = session.getAttribute(ATTRIBUTE);
        return stored instanceof LoginAttempts attempts ? attempts : new LoginAttempts();
    }

    void saveIn(HttpSession session) {
        session.setAttribute(ATTRIBUTE, this);
    }

    /** When the account's lock ends, or null when it is not locked now. */
    Instant lockedUntil(long personId, Instant now) {
        Count count = counts.get(personId);
        return count != null && count.lockedUntil() != null && now.isBefore(count.lockedUntil())
                ? count.lockedUntil()
                : null;
    }

    /** Records a wrong password; returns how many tries are left before the lock (0: locked now). */
    int wrongPassword(long personId, Instant now) {
        Count previous = counts.get(personId);
        // A lock that has run out starts a fresh count.
        int wrong = previous == null || previous.lockedUntil() != null ? 1 : previous.wrong() + 1;
        counts.put(personId, new Count(wrong, wrong >= MAX_WRONG ? now.plus(LOCK) : null));
        return Math.max(0, MAX_WRONG - wrong);
    }

    void succeeded(long personId) {
        counts.remove(personId);
    }
}
