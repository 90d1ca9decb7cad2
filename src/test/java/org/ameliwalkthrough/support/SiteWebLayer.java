package org.ameliwalkthrough.support;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;

/**
 * What a {@code @WebMvcTest} slice needs from {@code system} to serve pages as the site does. A slice
 * already picks up the MVC parts of {@code system} (the locale interceptor and resolver, the layout's
 * {@code currentPath} advice, the request size filter), but not {@code SecurityConfig}: without it
 * Spring Boot's default security answers every page with 401 and the CSRF token, CSP and session
 * rules are not ours. Those classes are package-private, so the package is scanned, not listed.
 * The page cache is left out: a slice asserts the view and model of each request, which a page served
 * from memory has not ({@code PageCacheTest} covers it on the real server).
 * Use with {@code @Import(SiteWebLayer.class)}.
 */
@TestConfiguration(proxyBeanMethods = false)
@ComponentScan(
        value = "org.ameliwalkthrough.system",
        excludeFilters = @ComponentScan.Filter(type = FilterType.REGEX, pattern = ".*\\.system\\.PageCacheConfig"))
public class SiteWebLayer {}
