package org.ameliwalkthrough.system;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * While the database is unreachable (short pool and socket timeouts make that quick), a practice
 * page answers 503 with {@code Retry-After}; the error page says the service is unavailable for a
 * moment and that the answers so far are kept (they are: the session waits in the database). Only
 * the exception's class is logged: a driver's message may quote a query.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class DatabaseOutage {

    static final String RETRY_AFTER_SECONDS = "30";

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseOutage.class);

    @ExceptionHandler({
        DataAccessResourceFailureException.class,
        CannotCreateTransactionException.class,
        QueryTimeoutException.class,
        TransientDataAccessResourceException.class,
        TransactionException.class
    })
    void unavailable(Exception outage, HttpServletResponse response) throws IOException {
        LOG.warn(
                "Practice service unavailable: the database did not answer ({})",
                outage.getClass().getSimpleName());
        answer(response);
    }

    /** Also used by {@link SessionFreePages} for failures outside a controller. */
    static void answer(HttpServletResponse response) throws IOException {
        response.resetBuffer();
        response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
        response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
    }
}
