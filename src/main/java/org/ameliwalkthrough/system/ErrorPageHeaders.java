package org.ameliwalkthrough.system;

import jakarta.servlet.ServletException;
import java.io.IOException;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * Our security headers on every response Tomcat answers, its own error pages included (a 404 or
 * 500 it renders itself, a refused URI): Spring Security only sees requests that reach the
 * application, and skips error dispatches. Spring Security writes the same values where it does
 * run, and leaves a header alone once set. Added last, after the forwarded-headers valve, so
 * {@code isSecure()} already reflects {@code X-Forwarded-Proto}.
 */
@Configuration
class ErrorPageHeaders {

    static final String HSTS = "max-age=31536000 ; includeSubDomains";

    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE)
    WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> securityHeadersOnEveryResponse() {
        return factory -> factory.addEngineValves(new HeadersValve());
    }

    static final class HeadersValve extends ValveBase {

        HeadersValve() {
            super(true);
        }

        @Override
        public void invoke(Request request, Response response) throws IOException, ServletException {
            response.setHeader("Content-Security-Policy", SecurityConfig.CONTENT_SECURITY_POLICY);
            response.setHeader("X-Content-Type-Options", "nosniff");
            response.setHeader("X-Frame-Options", "DENY");
            response.setHeader("Referrer-Policy", "no-referrer");
            response.setHeader("Permissions-Policy", SecurityConfig.PERMISSIONS_POLICY);
            response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
            response.setHeader("Cross-Origin-Resource-Policy", "same-origin");
            if (request.isSecure()) {
                response.setHeader("Strict-Transport-Security", HSTS);
            }
            getNext().invoke(request, response);
        }
    }
}
