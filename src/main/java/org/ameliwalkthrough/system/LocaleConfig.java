package org.ameliwalkthrough.system;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.WebUtils;

/**
 * English or French only. A first visit follows Accept-Language; {@code ?lang=en|fr} switches and is
 * remembered in a cookie (not the session, so reading the guide never creates one).
 */
@Configuration
class LocaleConfig implements WebMvcConfigurer {

    static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.FRENCH);
    static final String PARAM = "lang";

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver(PARAM);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setCookieHttpOnly(true);
        resolver.setCookieSameSite("Lax");
        resolver.setDefaultLocaleFunction(LocaleConfig::fromAcceptLanguage);
        // A hand-made cookie (lang="fr", lang=<script>) is ignored, not a 500 on every page.
        resolver.setRejectInvalidCookies(false);
        return new SupportedOnlyLocaleResolver(resolver);
    }

    static Locale fromAcceptLanguage(HttpServletRequest request) {
        var ranges = request.getHeader("Accept-Language");
        if (ranges == null || ranges.isBlank()) {
            return Locale.ENGLISH;
        }
        try {
            Locale best = Locale.lookup(Locale.LanguageRange.parse(ranges), SUPPORTED);
            return best == null ? Locale.ENGLISH : best;
        } catch (IllegalArgumentException malformed) {
            return Locale.ENGLISH;
        }
    }

    static Locale supported(String language) {
        return SUPPORTED.stream()
                .filter(l -> l.getLanguage().equalsIgnoreCase(language))
                .findFirst()
                .orElse(null);
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
                    @Override
                    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                        LocaleResolver resolver = RequestContextUtils.getLocaleResolver(request);
                        if (resolver != null) {
                            rememberChoice(request, response, resolver);
                        }
                        return true;
                    }
                })
                .excludePathPatterns("/api/**"); // the API answers in the asked language but remembers nothing
    }

    /**
     * {@code ?lang=} sets the cookie; an unusable cookie is replaced by the language the page is shown
     * in. Also called by {@link PageCache}, which answers before this interceptor would run.
     */
    static void rememberChoice(HttpServletRequest request, HttpServletResponse response, LocaleResolver resolver) {
        Locale chosen = supported(lang(request));
        if (chosen == null && hasUnusableCookie(request)) {
            chosen = resolver.resolveLocale(request); // replaced by what the page is shown in
        }
        if (chosen != null) {
            resolver.setLocale(request, response, chosen);
        }
    }

    /** The language a page is shown in, without remembering anything: the asked one, else the resolver's. */
    static Locale shownIn(HttpServletRequest request, LocaleResolver resolver) {
        Locale chosen = supported(lang(request));
        return chosen != null ? chosen : resolver.resolveLocale(request);
    }

    /** A {@code lang} cookie that is not exactly one of ours (malformed, quoted, another language). */
    static boolean hasUnusableCookie(HttpServletRequest request) {
        Cookie cookie = WebUtils.getCookie(request, PARAM);
        return cookie != null && supported(cookie.getValue()) == null;
    }

    /**
     * The switch is a link, so a GET parameter. Otherwise (a POST, or the error page shown after one)
     * read the query string only: asking for a parameter would parse, or for an oversized body fail
     * on, the form body here.
     */
    static String lang(HttpServletRequest request) {
        if ("GET".equals(request.getMethod()) && request.getDispatcherType() == DispatcherType.REQUEST) {
            return request.getParameter(PARAM);
        }
        String query = request.getQueryString();
        if (query == null || !query.contains(PARAM + "=")) {
            return null;
        }
        return UriComponentsBuilder.fromUriString("/?" + query)
                .build()
                .getQueryParams()
                .getFirst(PARAM);
    }

    /** A stale or hand-made cookie such as {@code lang=de} falls back to the header rule. */
    private record SupportedOnlyLocaleResolver(CookieLocaleResolver delegate) implements LocaleResolver {
        @Override
        public Locale resolveLocale(HttpServletRequest request) {
            Locale locale = supported(delegate.resolveLocale(request).getLanguage());
            return locale != null ? locale : fromAcceptLanguage(request);
        }

        @Override
        public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
            delegate.setLocale(request, response, locale);
        }
    }
}
