package org.ameliwalkthrough.system;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import org.springframework.session.Session;

/**
 * Spring Session reads a request's session once but commits it twice: when the response is committed
 * (a page's final flush, a redirect) and again as its filter ends. The first commit forgets what was
 * read, so the second reads the whole session again from the database only to learn its id: one more
 * query on every journey page and answer (JFR: {@code commitSession → getRequestedSessionId →
 * findById}). Around Spring Session's filter, this keeps what {@link SessionTouches} read during the
 * request, so a second look-up of the same id in the same request is answered from memory. A session
 * deleted or renamed meanwhile is asked for again. Nothing outlives the request.
 */
final class SessionReads implements Filter {

    private static final ThreadLocal<Map<String, Session>> READ = new ThreadLocal<>();

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (READ.get() != null) { // an error or async dispatch of the same request
            chain.doFilter(request, response);
            return;
        }
        READ.set(new HashMap<>(2));
        try {
            chain.doFilter(request, response);
        } finally {
            READ.remove();
        }
    }

    /** The session this request already read under that id, else the store's answer (remembered). */
    static Session find(String id, Function<String, Session> store) {
        Map<String, Session> read = READ.get();
        if (read == null) {
            return store.apply(id);
        }
        Session known = read.get(id);
        if (known != null && known.getId().equals(id)) {
            return known;
        }
        Session found = store.apply(id);
        if (found == null) {
            read.remove(id);
        } else {
            read.put(id, found);
        }
        return found;
    }

    static void forget(String id) {
        Map<String, Session> read = READ.get();
        if (read != null) {
            read.remove(id);
        }
    }
}
