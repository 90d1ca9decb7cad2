package org.ameliwalkthrough.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.function.Supplier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRequestHandler;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.savedrequest.NullRequestCache;

/**
 * The practice site has no real users: every page is public, and the practice accounts are part of
 * the simulation, not Spring Security principals. Security here means CSRF on every state-changing
 * form, strict headers, and never creating a session just because someone reads a page. Public so
 * that controller slices ({@code @WebMvcTest}) of every package can import it.
 */
@Configuration
public class SecurityConfig {

    static final String CONTENT_SECURITY_POLICY = String.join(
            "; ",
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self'",
            "img-src 'self'",
            "font-src 'self'",
            "connect-src 'self'",
            "form-action 'self'",
            "base-uri 'none'",
            "object-src 'none'",
            "frame-ancestors 'none'");

    static final String PERMISSIONS_POLICY = "accelerometer=(), camera=(), geolocation=(), gyroscope=(), "
            + "magnetometer=(), microphone=(), payment=(), usb=(), interest-cohort=()";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                // The JSON check API is stateless and reads no cookie, so there is nothing to forge
                // (/api/check/** has its own chain, api.ApiSecurityConfig; this covers any other /api/).
                // Tokens live in a cookie, not the session: a page with a form (e.g. /check) must not
                // open a session just to protect it.
                .csrf(csrf -> csrf.csrfTokenRepository(csrfTokens())
                        .csrfTokenRequestHandler(maskedTokens())
                        .ignoringRequestMatchers("/api/**"))
                // A refused token (a page open too long, cookies cleared) is explained, never a bare 403.
                .exceptionHandling(denied -> denied.accessDeniedHandler(SessionEnded.handler()))
                .securityContext(
                        context -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
                .requestCache(cache -> cache.requestCache(new NullRequestCache()))
                .headers(SecurityConfig::siteHeaders);
        return http.build();
    }

    /** The headers every response of the site carries; the check API's own chain writes the same. */
    public static void siteHeaders(HeadersConfigurer<HttpSecurity> headers) {
        headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
                .frameOptions(frame -> frame.deny())
                .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", PERMISSIONS_POLICY))
                .addHeaderWriter(new StaticHeadersWriter("Cross-Origin-Opener-Policy", "same-origin"))
                .addHeaderWriter(new StaticHeadersWriter("Cross-Origin-Resource-Policy", "same-origin"));
    }

    static CookieCsrfTokenRepository csrfTokens() {
        CookieCsrfTokenRepository tokens = new CookieCsrfTokenRepository();
        tokens.setCookieCustomizer(cookie -> cookie.sameSite("Lax"));
        return tokens;
    }

    /**
     * Spring Security's default handler (each page gets a freshly masked token), masking with random
     * bytes from a generator per thread: the default {@link SecureRandom} (NativePRNG) serialises every
     * request thread on one JVM-wide lock, where JFR found journey pages queued under load.
     */
    static CsrfTokenRequestHandler maskedTokens() {
        XorCsrfTokenRequestAttributeHandler handler = new XorCsrfTokenRequestAttributeHandler();
        handler.setSecureRandom(new PerThreadRandom());
        return new NotUtf8IsNoToken(handler);
    }

    /**
     * A tampered token whose unmasked bytes are not UTF-8 makes Spring Security's handler throw
     * (its {@code Utf8.decode} sits outside its own try), which would be a 500: read it as no token,
     * so the request is refused like any other wrong token. The handler is final, hence a wrapper.
     */
    record NotUtf8IsNoToken(CsrfTokenRequestHandler masking) implements CsrfTokenRequestHandler {

        @Override
        public void handle(HttpServletRequest request, HttpServletResponse response, Supplier<CsrfToken> token) {
            masking.handle(request, response, token);
        }

        @Override
        public String resolveCsrfTokenValue(HttpServletRequest request, CsrfToken token) {
            try {
                return masking.resolveCsrfTokenValue(request, token);
            } catch (IllegalArgumentException notUtf8) {
                return null;
            }
        }
    }

    /** Strong random bytes from a DRBG of the calling thread's own (seeded by the JDK as usual). */
    static final class PerThreadRandom extends SecureRandom {

        private static final long serialVersionUID = 1L;

        private static final ThreadLocal<SecureRandom> OWN = ThreadLocal.withInitial(PerThreadRandom::drbg);

        private static SecureRandom drbg() {
            try {
                return SecureRandom.getInstance("DRBG");
            } catch (NoSuchAlgorithmException absent) {
                return new SecureRandom();
            }
        }

        @Override
        public void nextBytes(byte[] bytes) {
            OWN.get().nextBytes(bytes);
        }
    }

    /** No login form and no generated password: practice accounts live in the simulation. */
    @Bean
    UserDetailsService noUsers() {
        return new InMemoryUserDetailsManager();
    }
}
