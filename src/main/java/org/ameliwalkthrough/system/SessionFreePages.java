package org.ameliwalkthrough.system;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.List;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.transaction.TransactionException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Pages that keep nothing in the session never look it up, even when a {@code SESSION} cookie comes
 * along: Thymeleaf asks for the session on every render and Spring MVC for flash attributes on
 * every request, and with Spring Session JDBC each such look-up is a database query. So the guide,
 * {@code /check}, the API and error pages keep answering while the database is unreachable, and
 * cost no query. Runs just inside Spring Session's filter (see {@link SessionConfig}).
 */
class SessionFreePages extends OncePerRequestFilter {

    /** The session's own pages: the idle warning's keep-alive and "your session ended". */
    static final List<String> OWN_PAGES = List.of(IdleWarning.KEEP_ALIVE, SessionEnded.PATH);

    private final List<String> sessionPages;
    private final List<String> freePages;

    /** @param featurePages the prefixes the features declare ({@link SessionPages}) */
    SessionFreePages(List<String> featurePages) {
        this(featurePages, List.of());
    }

    /** @param freePages prefixes inside those that keep nothing in the session after all */
    SessionFreePages(List<String> featurePages, List<String> freePages) {
        this.sessionPages = java.util.stream.Stream.concat(OWN_PAGES.stream(), featurePages.stream())
                .toList();
        this.freePages = List.copyOf(freePages);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!usesSession(request)) {
            chain.doFilter(new NoSessionLookUp(request), response);
            return;
        }
        try {
            chain.doFilter(new OneLookUpWhileDown(request), response);
        } catch (ServletException | RuntimeException failed) {
            // The store failed where no controller advice sees it (e.g. while a view renders).
            if (!isOutage(failed) || response.isCommitted()) {
                throw failed;
            }
            DatabaseOutage.answer(response);
        }
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false; // an error page (e.g. the outage's 503) must not look the session up either
    }

    /** The error page of a request this filter already saw: wrapped too (the default passes it on bare). */
    @Override
    protected void doFilterNestedErrorDispatch(
            HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        doFilterInternal(request, response, chain);
    }

    /**
     * The database did not answer: no connection, a connection that broke mid-query (whose rollback
     * then fails too: a {@link TransactionException}), or a timeout.
     */
    static boolean isOutage(Throwable failed) {
        for (Throwable cause = failed; cause != null; cause = cause.getCause()) {
            if (cause instanceof DataAccessResourceFailureException
                    || cause instanceof TransientDataAccessResourceException
                    || cause instanceof QueryTimeoutException
                    || cause instanceof TransactionException
                    || cause instanceof SQLTransientConnectionException
                    || cause instanceof SQLNonTransientConnectionException
                    || cause instanceof SQLRecoverableException) {
                return true;
            }
        }
        return false;
    }

    boolean usesSession(HttpServletRequest request) {
        if (request.getDispatcherType() == DispatcherType.ERROR) {
            return false;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return sessionPages.stream().anyMatch(path::startsWith)
                && freePages.stream().noneMatch(path::startsWith);
    }

    /**
     * When the session store did not answer, later look-ups in the same request (Spring MVC asks
     * again to log the request) fail at once instead of waiting for the pool again: the 503 stays
     * within its 2 s.
     */
    private static final class OneLookUpWhileDown extends HttpServletRequestWrapper {

        private RuntimeException outage;

        OneLookUpWhileDown(HttpServletRequest request) {
            super(request);
        }

        @Override
        public HttpSession getSession() {
            return getSession(true);
        }

        @Override
        public HttpSession getSession(boolean create) {
            if (outage != null) {
                if (create) {
                    throw outage;
                }
                return null;
            }
            try {
                return super.getSession(create);
            } catch (DataAccessException | TransactionException unreachable) {
                outage = unreachable;
                throw unreachable;
            }
        }
    }

    /** "Is there a session?" is answered "no" without asking the store; creating one still works. */
    private static final class NoSessionLookUp extends HttpServletRequestWrapper {

        NoSessionLookUp(HttpServletRequest request) {
            super(request);
        }

        @Override
        public HttpSession getSession(boolean create) {
            return create ? super.getSession(true) : null;
        }
    }
}
