package org.ameliwalkthrough.support;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.ComponentScan;

/**
 * What a {@code @WebMvcTest} slice needs from {@code system} to serve pages as the site does. A slice
 * already picks up the MVC parts of {@code system} (the locale interceptor and resolver, the layout's
 * {@code currentPath} advice, the request size filter), but not {@code SecurityConfig}: without it
 * Spring Boot's default security answers every page with 401 and the CSRF token, CSP and session
 * rules are not ours. Those classes are package-private, so the package is scanned, not listed.
 * Use with {@code @Import(SiteWebLayer.class)}.
 */
@TestConfiguration(proxyBeanMethods = false)
@ComponentScan("org.ameliwalkthrough.system")
public class SiteWebLayer {}
