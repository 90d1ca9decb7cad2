package org.ameliwalkthrough.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Where a visitor lands when a form can no longer be accepted: its CSRF token is missing or stale
 * (the page was open too long, cookies were cleared) or the practice session behind it has ended.
 * Instead of a bare 403 they get a page that says so in plain words and leads back (the practice side
 * maps {@link #PATH}: only it knows the journey and the persona).
 */
public final class SessionEnded {

    public static final String PATH = "/session-ended";
    public static final String FROM = "from";

    /** Where a refused form was sent, for the page shown in its place. */
    public static final String FROM_ATTRIBUTE = SessionEnded.class.getName() + ".from";

    // Plain site paths only, as the language switch: "from" must never become a link elsewhere.
    private static final Pattern SAFE_PATH = Pattern.compile("/(?:[A-Za-z0-9_-]+(?:/[A-Za-z0-9_-]+)*/?)?");

    private SessionEnded() {}

    /** The page's address, remembering where the visitor was. */
    public static String path(String from) {
        return UriComponentsBuilder.fromPath(PATH)
                .queryParam(FROM, safe(from))
                .build()
                .encode()
                .toUriString();
    }

    /** The path when it is a plain path of this site, else the home page. */
    public static String safe(String from) {
        return from != null && SAFE_PATH.matcher(from).matches() ? from : "/";
    }

    /**
     * A refused CSRF token shows the page in place of the refused one, still a 403 (it was refused), so
     * nothing else changes for forged posts; other refusals keep Spring's own 403.
     */
    static AccessDeniedHandler handler() {
        AccessDeniedHandler forbidden = new AccessDeniedHandlerImpl();
        return (HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied) -> {
            if (!(denied instanceof CsrfException) || response.isCommitted()) {
                forbidden.handle(request, response, denied);
                return;
            }
            request.setAttribute(
                    FROM_ATTRIBUTE,
                    request.getRequestURI().substring(request.getContextPath().length()));
            response.setStatus(HttpStatus.FORBIDDEN.value());
            request.getRequestDispatcher(PATH).forward(request, response);
        };
    }
}
