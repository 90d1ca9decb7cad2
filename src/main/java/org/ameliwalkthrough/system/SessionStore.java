package org.ameliwalkthrough.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * The one way into the HTTP session. Spring Session JDBC writes an attribute back only when it is
 * set, so every change goes through {@link #put} or {@link #update}; reads never create a session,
 * so pages that only look (the guide, a plain visit to the mailbox) never open one.
 */
@Component
public class SessionStore {

    /** What the session holds under this key, if there is a session and a value of that type. */
    public <T extends Serializable> Optional<T> find(HttpServletRequest request, SessionKey<T> key) {
        return find(request.getSession(false), key);
    }

    public <T extends Serializable> Optional<T> find(HttpSession session, SessionKey<T> key) {
        return read(session, key);
    }

    /** The same read for code that holds a session rather than this bean (the practice FranceConnect's state). */
    public static <T extends Serializable> Optional<T> read(HttpSession session, SessionKey<T> key) {
        if (session == null) {
            return Optional.empty();
        }
        Object value = session.getAttribute(key.name());
        return key.type().isInstance(value) ? Optional.of(key.type().cast(value)) : Optional.empty();
    }

    /** Sets the value, which is what makes Spring Session JDBC save it. */
    public static <T extends Serializable> T write(HttpSession session, SessionKey<T> key, T value) {
        session.setAttribute(key.name(), value);
        return value;
    }

    /** Stores the value (opening a session when there is none). */
    public <T extends Serializable> T put(HttpServletRequest request, SessionKey<T> key, T value) {
        return write(request.getSession(true), key, value);
    }

    /** Reads (or starts) the value, changes it, and stores it back so the change is saved. */
    public <T extends Serializable> T update(
            HttpServletRequest request, SessionKey<T> key, Supplier<T> fresh, Consumer<T> change) {
        T value = find(request, key).orElseGet(fresh);
        change.accept(value);
        return put(request, key, value);
    }

    /** Takes the value out: it can be used once only (e.g. a FranceConnect state). */
    public <T extends Serializable> Optional<T> take(HttpServletRequest request, SessionKey<T> key) {
        Optional<T> value = find(request, key);
        value.ifPresent(v -> request.getSession().removeAttribute(key.name()));
        return value;
    }

    public void remove(HttpServletRequest request, SessionKey<?> key) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(key.name());
        }
    }
}
