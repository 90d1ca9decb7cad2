package org.ameliwalkthrough.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collection;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfTokenRequestHandler;
import org.springframework.security.web.csrf.DefaultCsrfToken;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.springframework.web.util.WebUtils;

/**
 * Serves the pages with a form ({@link FormPages}) from memory, each response with its own masked
 * CSRF token. Like {@link PageCache}, the first request of a page in a language goes through the
 * whole application, but its forms get a marker instead of a token (the request answers every read
 * of the token with it); the page is kept as the bytes around each marker. Every response, the first
 * included, then gets a token from Spring Security's own repository and masking handler, the ones
 * {@link SecurityConfig} gives the filter chain: the same {@code XSRF-TOKEN} cookie when the browser
 * has none, a freshly masked value that the chain's {@code CsrfFilter} accepts on POST.
 *
 * <p>Only a GET of a listed path with no query but {@code ?lang=} and <em>no session cookie</em>: a
 * session may hold answers or a journey the page shows (spot the fake, the idle warning), so any
 * request naming one is rendered. A render is kept only if it is a 200 HTML page in the expected
 * language that sets no cookie but {@code lang} (opening a session would be refused and logged).
 */
final class FormPageCache extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(FormPageCache.class);

    private final Set<String> paths;
    private final LocaleResolver locales;
    private final CsrfTokenRepository tokens;
    private final CsrfTokenRequestHandler masking;
    private final String sessionCookie;
    private final ConcurrentMap<Key, TokenPage> pages = new ConcurrentHashMap<>();
    private final Set<Key> refused = ConcurrentHashMap.newKeySet();

    private record Key(String path, String language) {}

    FormPageCache(
            Collection<String> paths,
            LocaleResolver locales,
            CsrfTokenRepository tokens,
            CsrfTokenRequestHandler masking,
            String sessionCookie) {
        this.paths = Set.copyOf(paths);
        this.locales = locales;
        this.tokens = tokens;
        this.masking = masking;
        this.sessionCookie = sessionCookie;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"GET".equals(request.getMethod())
                || !PageCache.plainQuery(request.getQueryString())
                || !PageCache.onlyLanguage(request.getParameterMap().keySet())
                || !paths.contains(PageCache.pathOf(request))
                || WebUtils.getCookie(request, sessionCookie) != null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Key key = new Key(
                PageCache.pathOf(request),
                LocaleConfig.shownIn(request, locales).getLanguage());
        TokenPage page = pages.get(key);
        if (page != null) {
            LocaleConfig.rememberChoice(request, response, locales);
            page.writeTo(response, true, page.hasToken() ? maskedToken(request, response) : "");
            return;
        }
        String marker = "csrf-marker-" + UUID.randomUUID();
        ContentCachingResponseWrapper render = new ContentCachingResponseWrapper(response);
        chain.doFilter(new MarkedToken(request, marker), render);
        if (response.isCommitted()) {
            return; // an error sent (sendError): Tomcat's error page follows, with no form of ours
        }
        page = new TokenPage(
                render.getContentType(),
                render.getLocale(),
                PageCache.headersOf(render),
                TokenPage.split(render.getContentAsByteArray(), marker));
        if (keepable(render, key)) {
            pages.putIfAbsent(key, page);
        }
        // The render's headers are already on the response; its body, whatever it is, gets a real token.
        page.writeTo(response, false, page.hasToken() ? maskedToken(request, response) : "");
    }

    /** This request's token as the security chain would make it: cookie set if absent, value masked afresh. */
    private String maskedToken(HttpServletRequest request, HttpServletResponse response) {
        masking.handle(request, response, tokens.loadDeferredToken(request, response)::get);
        return ((CsrfToken) request.getAttribute(CsrfToken.class.getName())).getToken();
    }

    private boolean keepable(ContentCachingResponseWrapper render, Key key) {
        if (render.getStatus() != HttpStatus.OK.value()
                || render.getContentType() == null
                || !render.getContentType().startsWith("text/html")
                || render.getContentSize() == 0
                || !key.language().equals(render.getLocale().getLanguage())) {
            return false;
        }
        for (String cookie : render.getHeaders("Set-Cookie")) {
            if (!cookie.startsWith(LocaleConfig.PARAM + "=")) {
                if (refused.add(key)) {
                    log.warn("{} sets a cookie other than lang: rendered for each request, not kept", key.path());
                }
                return false;
            }
        }
        return true;
    }

    /** How many page variants are held (at most two per listed path). */
    int size() {
        return pages.size();
    }

    /** Forgets every page: the next request of each renders again (tests compare both answers). */
    void clear() {
        pages.clear();
    }

    /**
     * The request as the render sees it: every read of the CSRF token (Thymeleaf's hidden {@code _csrf}
     * input) gets the marker, so the render neither masks a token nor sets the cookie.
     */
    private static final class MarkedToken extends HttpServletRequestWrapper {

        private final CsrfToken marker;

        MarkedToken(HttpServletRequest request, String marker) {
            super(request);
            this.marker = new DefaultCsrfToken("X-XSRF-TOKEN", "_csrf", marker);
        }

        @Override
        public Object getAttribute(String name) {
            return name.equals(CsrfToken.class.getName()) || name.equals("_csrf") ? marker : super.getAttribute(name);
        }
    }
}
