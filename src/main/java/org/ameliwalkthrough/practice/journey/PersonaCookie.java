package org.ameliwalkthrough.practice.journey;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.http.ResponseCookie;
import org.springframework.web.util.WebUtils;

/**
 * Which persona the visitor practises as, outliving the session: when the session has ended, the
 * "session ended" page can still offer "Start again as Emma". It holds a fictional persona's slug only
 * (never a number or an answer) and lasts as long as the browser's own session.
 */
public final class PersonaCookie {

    public static final String NAME = "practice-persona";
    private static final Pattern SLUG = Pattern.compile("[a-z0-9-]{1,40}");

    private PersonaCookie() {}

    public static void remember(HttpServletResponse response, String slug) {
        response.addHeader(
                "Set-Cookie",
                ResponseCookie.from(NAME, slug)
                        .path("/")
                        .httpOnly(true)
                        .sameSite("Lax")
                        .build()
                        .toString());
    }

    /** The slug the cookie names, when it looks like one (the records decide whether it is a persona). */
    public static Optional<String> read(HttpServletRequest request) {
        var cookie = WebUtils.getCookie(request, NAME);
        return cookie != null && SLUG.matcher(cookie.getValue()).matches()
                ? Optional.of(cookie.getValue())
                : Optional.empty();
    }
}
