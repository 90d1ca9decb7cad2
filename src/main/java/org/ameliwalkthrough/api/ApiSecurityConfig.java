package org.ameliwalkthrough.api;

import org.ameliwalkthrough.identifiers.IdentifierMessages;
import org.ameliwalkthrough.ratelimit.RateLimiter;
import org.ameliwalkthrough.system.SecurityConfig;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.HeaderWriterFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * The check API's own security chain: the site's headers and nothing else. The API reads no cookie and
 * keeps nothing (so no CSRF token, session, security context, request cache, anonymous user or logout
 * to run), and everything in it is public (so no authorization). {@link DirectCheck} sits right after
 * the header writer.
 */
@Configuration
class ApiSecurityConfig {

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE) // before the site's chain, which takes any request
    SecurityFilterChain checkApiChain(HttpSecurity http, DirectCheck direct) throws Exception {
        http.securityMatcher(DirectCheck.PREFIX + "**")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.disable())
                .securityContext(context -> context.disable())
                .requestCache(cache -> cache.disable())
                .anonymous(anonymous -> anonymous.disable())
                .servletApi(servletApi -> servletApi.disable())
                .logout(logout -> logout.disable())
                .exceptionHandling(exceptions -> exceptions.disable())
                .headers(SecurityConfig::siteHeaders)
                .addFilterAfter(direct, HeaderWriterFilter.class);
        return http.build();
    }

    @Bean
    DirectCheck directCheck(JsonMapper json, IdentifierMessages messages, MessageSource errors, RateLimiter limiter) {
        return new DirectCheck(json, messages, errors, limiter);
    }

    /** A bean for the tests to reach, but only in the API's chain, not a second time for every request. */
    @Bean
    FilterRegistrationBean<DirectCheck> directCheckOnlyInTheApiChain(DirectCheck direct) {
        FilterRegistrationBean<DirectCheck> registration = new FilterRegistrationBean<>(direct);
        registration.setEnabled(false);
        return registration;
    }
}
