package org.ameliwalkthrough.practice.oidc;

import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/**
 * The state and nonce of the login ameli started, kept in ameli's session until the answer comes
 * back. Each is 32 random bytes, URL-safe: 43 characters, more than FranceConnect's 22.
 */
record PendingHandOff(String state, String nonce) implements Serializable {

    private static final String ATTRIBUTE = "practice.franceconnect.pending";
    private static final SecureRandom RANDOM = new SecureRandom();

    static PendingHandOff start(HttpSession session) {
        PendingHandOff pending = new PendingHandOff(random(), random());
        session.setAttribute(ATTRIBUTE, pending);
        return pending;
    }

    /** Taken out on the first answer: a state is good for one callback only. */
    static Optional<PendingHandOff> take(HttpSession session) {
        if (session == null) {
            return Optional.empty();
        }
        PendingHandOff pending = (PendingHandOff) session.getAttribute(ATTRIBUTE);
        session.removeAttribute(ATTRIBUTE);
        return Optional.ofNullable(pending);
    }

    private static String random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    @Override
    public String toString() {
        return "PendingHandOff[…]";
    }
}
