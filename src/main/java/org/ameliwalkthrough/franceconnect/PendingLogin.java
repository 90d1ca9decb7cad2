package org.ameliwalkthrough.franceconnect;

import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.util.Optional;

/**
 * The practice FranceConnect's own session state: the request it is answering and, once the
 * practice impots.gouv.fr login succeeded, who logged in (by record id, never an identifier).
 * Always written back with setAttribute: Spring Session JDBC saves only what is set.
 */
record PendingLogin(AuthorizationRequest request, Long personId) implements Serializable {

    private static final String ATTRIBUTE = "franceconnect.pending";

    static Optional<PendingLogin> in(HttpSession session) {
        return session == null ? Optional.empty() : Optional.ofNullable((PendingLogin) session.getAttribute(ATTRIBUTE));
    }

    static void start(HttpSession session, AuthorizationRequest request) {
        session.setAttribute(ATTRIBUTE, new PendingLogin(request, null));
    }

    PendingLogin identified(HttpSession session, long id) {
        PendingLogin next = new PendingLogin(request, id);
        session.setAttribute(ATTRIBUTE, next);
        return next;
    }

    /** The request is answered (code or cancel): it must not be answered twice. */
    static void finish(HttpSession session) {
        session.removeAttribute(ATTRIBUTE);
    }

    boolean isIdentified() {
        return personId != null;
    }
}
