package org.ameliwalkthrough.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Our stylesheet, scripts and icon under content-hashed URLs ({@code /css/site.css} is linked as
 * {@code /css/site.<digest>.css}), served from memory with a one-year immutable cache: a browser asks
 * for each once, and a changed file is a new URL. Read and hashed once at start-up; links are rewritten
 * through {@code encodeURL} (what Thymeleaf's {@code @{...}} calls), a map look-up per link. Spring's
 * own resource chain resolves each link through resolvers that read the nested jar: measured as most
 * of PetClinic's CPU (stack.md §9). The plain URLs keep working through Spring's static handler.
 */
final class StaticAssets extends OncePerRequestFilter {

    static final String IMMUTABLE = "public, max-age=31536000, immutable";

    private static final Map<String, String> TYPES =
            Map.of("css", "text/css", "js", "text/javascript", "svg", "image/svg+xml");

    private final Map<String, String> links; // "/css/site.css" -> "/css/site.<digest>.css"
    private final Map<String, CachedResponse> served; // "/css/site.<digest>.css" -> its bytes

    private StaticAssets(Map<String, String> links, Map<String, CachedResponse> served) {
        this.links = Map.copyOf(links);
        this.served = Map.copyOf(served);
    }

    /** Every {@code .css}, {@code .js} and {@code .svg} file under {@code classpath:static/}. */
    static StaticAssets load(ResourcePatternResolver resources) {
        Map<String, String> links = new HashMap<>();
        Map<String, CachedResponse> served = new HashMap<>();
        try {
            for (Resource file : resources.getResources("classpath:static/**/*.*")) {
                String url = file.getURL().toString();
                String path = url.substring(url.lastIndexOf("/static/") + "/static".length());
                String extension = path.substring(path.lastIndexOf('.') + 1);
                String type = TYPES.get(extension);
                if (type == null || !file.isReadable()) {
                    continue;
                }
                byte[] bytes;
                try (InputStream in = file.getInputStream()) {
                    bytes = in.readAllBytes();
                }
                CachedResponse asset = CachedResponse.asset(
                        type,
                        List.of(
                                new CachedResponse.Header("Cache-Control", List.of(IMMUTABLE)),
                                new CachedResponse.Header("X-XSS-Protection", List.of("0"))), // as Spring Security
                        bytes);
                String hashed = path.substring(0, path.length() - extension.length())
                        + asset.digest().substring(0, 12) + "." + extension;
                links.put(path, hashed);
                served.put(hashed, asset);
            }
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
        return new StaticAssets(links, served);
    }

    /** The hashed URL of an asset, or the path itself when it is not one of ours. */
    String link(String path) {
        return links.getOrDefault(path, path);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String method = request.getMethod();
        if ("GET".equals(method) || "HEAD".equals(method)) {
            CachedResponse asset = served.get(
                    request.getRequestURI().substring(request.getContextPath().length()));
            if (asset != null) {
                asset.writeTo(request, response);
                return;
            }
        }
        chain.doFilter(request, response);
    }

    /**
     * The links' half, inside Spring Security: its {@code DisableEncodeUrlFilter} answers
     * {@code encodeURL} itself (no session id in a URL), so a wrapper outside it is never asked.
     */
    OncePerRequestFilter links() {
        return new OncePerRequestFilter() {
            @Override
            protected boolean shouldNotFilterErrorDispatch() {
                return false; // error pages link the stylesheet too
            }

            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                chain.doFilter(request, new HashedLinks(response, request.getContextPath()));
            }

            @Override
            protected void doFilterNestedErrorDispatch(
                    HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                doFilterInternal(request, response, chain);
            }
        };
    }

    /** Rewrites links to our assets; every other URL is encoded as before. */
    private final class HashedLinks extends HttpServletResponseWrapper {

        private final String context;

        HashedLinks(HttpServletResponse response, String context) {
            super(response);
            this.context = context;
        }

        @Override
        public String encodeURL(String url) {
            if (url.startsWith(context)) {
                String hashed = links.get(url.substring(context.length()));
                if (hashed != null) {
                    return super.encodeURL(context + hashed);
                }
            }
            return super.encodeURL(url);
        }
    }
}
