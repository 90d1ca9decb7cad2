package org.ameliwalkthrough.system;

import jakarta.servlet.DispatcherType;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.io.ResourceLoader;
import org.springframework.core.io.support.ResourcePatternUtils;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

/**
 * {@link PageCache} just after the request-size filter: before Spring Session and Spring Security,
 * whose work on these pages is the same for every request (the headers they write are kept with the
 * page). Off when templates are not cached ({@code spring.thymeleaf.cache=false}, e.g. in
 * development), so an edited template or message shows at once. And {@link StaticAssets}, our
 * stylesheet and scripts under content-hashed URLs.
 */
@Configuration
class PageCacheConfig {

    static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 2;

    @Bean
    FilterRegistrationBean<PageCache> pageCache(
            ObjectProvider<InformationPages> features,
            ObjectProvider<SessionPages> sessionFeatures,
            LocaleResolver localeResolver,
            @Value("${spring.thymeleaf.cache:true}") boolean templatesCached) {
        List<String> paths = features.orderedStream()
                .flatMap(feature -> feature.paths().stream())
                .toList();
        List<String> sessionPrefixes = Stream.concat(
                        SessionFreePages.OWN_PAGES.stream(),
                        sessionFeatures.orderedStream().flatMap(f -> f.prefixes().stream()))
                .toList();
        List<String> freePrefixes = sessionFeatures
                .orderedStream()
                .flatMap(f -> f.sessionFreePrefixes().stream())
                .toList();
        refuseSessionPages(paths, sessionPrefixes, freePrefixes);
        FilterRegistrationBean<PageCache> registration =
                new FilterRegistrationBean<>(new PageCache(paths, localeResolver));
        registration.setOrder(ORDER);
        registration.setDispatcherTypes(DispatcherType.REQUEST);
        registration.setEnabled(templatesCached);
        return registration;
    }

    @Bean
    StaticAssets staticAssets(ResourceLoader resources) {
        return StaticAssets.load(ResourcePatternUtils.getResourcePatternResolver(resources));
    }

    /** The hashed assets are served before Spring Security, as the pages are. */
    @Bean
    FilterRegistrationBean<StaticAssets> staticAssetsFromMemory(StaticAssets assets) {
        FilterRegistrationBean<StaticAssets> registration = new FilterRegistrationBean<>(assets);
        registration.setOrder(ORDER + 1);
        registration.setDispatcherTypes(DispatcherType.REQUEST);
        return registration;
    }

    /** Links are rewritten inside Spring Security (see {@link StaticAssets#links()}), within the page cache. */
    @Bean
    FilterRegistrationBean<OncePerRequestFilter> hashedAssetLinks(StaticAssets assets) {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(assets.links());
        registration.setName("hashedAssetLinks");
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 1);
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
        return registration;
    }

    /**
     * Pages with forms, each served from memory with its own CSRF token (see {@link FormPageCache}),
     * just after the information pages; never a path that is also an information page.
     */
    @Bean
    FilterRegistrationBean<FormPageCache> formPageCache(
            ObjectProvider<FormPages> features,
            ObjectProvider<InformationPages> informationPages,
            LocaleResolver localeResolver,
            @Value("${server.servlet.session.cookie.name:SESSION}") String sessionCookie,
            @Value("${spring.thymeleaf.cache:true}") boolean templatesCached) {
        List<String> paths = features.orderedStream()
                .flatMap(feature -> feature.paths().stream())
                .toList();
        refuseBoth(
                paths,
                informationPages
                        .orderedStream()
                        .flatMap(f -> f.paths().stream())
                        .toList());
        FilterRegistrationBean<FormPageCache> registration = new FilterRegistrationBean<>(new FormPageCache(
                paths, localeResolver, SecurityConfig.csrfTokens(), SecurityConfig.maskedTokens(), sessionCookie));
        registration.setOrder(ORDER + 2);
        registration.setDispatcherTypes(DispatcherType.REQUEST);
        registration.setEnabled(templatesCached);
        return registration;
    }

    /** One page, one way of keeping it: a form page kept as an information page would replay one token to all. */
    static void refuseBoth(List<String> formPages, List<String> informationPages) {
        for (String path : formPages) {
            if (informationPages.contains(path)) {
                throw new IllegalStateException(path + " is listed both as a form page and as an information page");
            }
        }
    }

    /**
     * A page that may read the session may differ with it (e.g. the idle warning): never one copy for
     * all. A page under a session prefix that the feature declares session-free never reads it.
     */
    static void refuseSessionPages(List<String> paths, List<String> sessionPrefixes, List<String> freePrefixes) {
        for (String path : paths) {
            if (sessionPrefixes.stream().anyMatch(path::startsWith)
                    && freePrefixes.stream().noneMatch(path::startsWith)) {
                throw new IllegalStateException(path + " may read the session, so it cannot be an information page");
            }
        }
    }
}
