package org.ameliwalkthrough.franceconnect;

import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.util.Optional;
import org.ameliwalkthrough.system.SessionKey;
import org.ameliwalkthrough.system.SessionStore;

/**
 * The practice FranceConnect's own session state: the request it is answering and, once the
 * practice impots.gouv.fr login succeeded, who logged in (by record id, never an identifier).
 * Read and written through the typed session store's rules (a typed key; every change set again).
 */
record PendingLogin(AuthorizationRequest request, Long personId) implements Serializable {

    static final SessionKey<PendingLogin> KEY = SessionKey.of("franceconnect.pending", PendingLogin.class);

    static Optional<PendingLogin> in(HttpSession session) {
        return SessionStore.read(session, KEY);
    }

    static void start(HttpSession session, AuthorizationRequest request) {
        SessionStore.write(session, KEY, new PendingLogin(request, null));
    }

    PendingLogin identified(HttpSession session, long id) {
        return SessionStore.write(session, KEY, new PendingLogin(request, id));
    }

    /** The request is answered (code or cancel): it must not be answered twice. */
    static void finish(HttpSession session) {
        session.removeAttribute(KEY.name());
    }

    boolean isIdentified() {
        return personId != null;
    }
}
