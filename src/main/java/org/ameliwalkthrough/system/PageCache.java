package org.ameliwalkthrough.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Serves the pages that only inform ({@link InformationPages}) from memory. The first request for a
 * page in a language goes through the whole application (Spring Security, the controller,
 * Thymeleaf) and its response is kept: headers and bytes. Later requests get those headers and bytes
 * before Spring Security or Spring MVC run, with what belongs to each request written afresh: the
 * {@code lang} cookie exactly as {@link LocaleConfig} sets it, HSTS on https, ETag and gzip.
 * Rendering the guide took milliseconds of CPU per request (nested fragments, one message per table
 * cell); this takes microseconds.
 *
 * <p>Only a plain GET of a listed path qualifies, with no query or only {@code ?lang=en|fr}: any other
 * query goes through the application, so a page never answers from memory a request that could
 * change it. A render is kept only when it is a 200 HTML page in the expected language whose only
 * cookie is {@code lang}: a page that sets any other cookie (a CSRF token, a session) is refused and
 * logged.
 */
final class PageCache extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(PageCache.class);

    /** Written for each request (or by the connector), never replayed from the first render. */
    private static final Set<String> PER_REQUEST = Set.of(
            "set-cookie",
            "date",
            "content-length",
            "transfer-encoding",
            "connection",
            "keep-alive",
            "strict-transport-security",
            "vary",
            "etag",
            "content-encoding",
            "content-type", // kept apart: Tomcat lists neither among the headers
            "content-language");

    private final Set<String> paths;
    private final LocaleResolver locales;
    private final ConcurrentMap<Key, CachedResponse> pages = new ConcurrentHashMap<>();
    private final Set<Key> refused = ConcurrentHashMap.newKeySet();

    private record Key(String path, String language) {}

    PageCache(Collection<String> paths, LocaleResolver locales) {
        this.paths = Set.copyOf(paths);
        this.locales = locales;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"GET".equals(request.getMethod())
                || !plainQuery(request.getQueryString())
                || !onlyLanguage(request.getParameterMap().keySet())
                || !paths.contains(pathOf(request));
    }

    /** Parameters that came some other way than the query (MockMvc's {@code param}, say) count too. */
    static boolean onlyLanguage(Set<String> parameters) {
        return parameters.isEmpty() || parameters.equals(Set.of(LocaleConfig.PARAM));
    }

    /** No query, or only the language switch: nothing else a page could read. */
    static boolean plainQuery(String query) {
        return query == null || query.equals("lang=en") || query.equals("lang=fr");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Key key =
                new Key(pathOf(request), LocaleConfig.shownIn(request, locales).getLanguage());
        CachedResponse page = pages.get(key);
        if (page != null) {
            LocaleConfig.rememberChoice(request, response, locales);
            page.writeTo(request, response);
            return;
        }
        ContentCachingResponseWrapper render = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, render);
        if (!keepable(render, key)) {
            render.copyBodyToResponse();
            return;
        }
        page = CachedResponse.of(
                render.getContentType(), render.getLocale(), headersOf(render), render.getContentAsByteArray());
        pages.putIfAbsent(key, page);
        page.writeTo(request, response); // the headers are already set; the same body, gzipped if asked
    }

    private boolean keepable(ContentCachingResponseWrapper render, Key key) {
        if (render.getStatus() != HttpStatus.OK.value()
                || render.isCommitted()
                || render.getContentType() == null
                || !render.getContentType().startsWith("text/html")
                || render.getContentSize() == 0
                || !key.language().equals(render.getLocale().getLanguage())) {
            return false; // e.g. the database was down: rendered, not kept
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

    static List<CachedResponse.Header> headersOf(HttpServletResponse response) {
        List<CachedResponse.Header> headers = new ArrayList<>();
        for (String name : new LinkedHashSet<>(response.getHeaderNames())) {
            if (!PER_REQUEST.contains(name.toLowerCase(Locale.ROOT))) {
                headers.add(new CachedResponse.Header(name, List.copyOf(response.getHeaders(name))));
            }
        }
        return headers;
    }

    static String pathOf(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    /** How many page variants are held (at most two per listed path). */
    int size() {
        return pages.size();
    }

    /** Forgets every page: the next request of each renders again (tests compare both answers). */
    void clear() {
        pages.clear();
    }
}
