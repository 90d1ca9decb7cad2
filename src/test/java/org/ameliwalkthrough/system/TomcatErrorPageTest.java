package org.ameliwalkthrough.system;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;

/**
 * Answers Tomcat writes itself, where neither Spring MVC nor Spring Security run: a 500 when even
 * our error page fails (a filter that throws on the request and again on its error dispatch), and
 * a 400 for a request head too large. Both carry our security headers ({@code ErrorPageHeaders})
 * and show no stack trace, exception or server version.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TomcatErrorPageTest {

    static final String BROKEN = "/broken-before-spring";

    @TestConfiguration
    static class BrokenFilter {

        /** Throws for one address, on the request and on the error page it leads to. */
        @Bean
        FilterRegistrationBean<Filter> throwsBeforeSpring() {
            Filter filter = (request, response, chain) -> {
                HttpServletRequest http = (HttpServletRequest) request;
                if (BROKEN.equals(http.getRequestURI())
                        || BROKEN.equals(request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI))) {
                    throw new IllegalStateException(
                            "broken on purpose in " + getClass().getName());
                }
                chain.doFilter(request, response);
            };
            FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(filter);
            registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
            registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
            return registration;
        }
    }

    @LocalServerPort
    int port;

    String raw(String head) throws Exception {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static void ourHeadersAndNothingInside(String answer) {
        assertThat(answer)
                .contains(
                        "Content-Security-Policy: default-src 'self'",
                        "X-Content-Type-Options: nosniff",
                        "X-Frame-Options: DENY",
                        "Referrer-Policy: no-referrer");
        assertThat(answer).doesNotContain("Apache Tomcat", "Exception", "\tat ", "at org.", "broken on purpose");
    }

    @Test
    void aFiveHundredTomcatAnswersItselfCarriesOurHeadersAndNoInternals() throws Exception {
        String answer =
                raw("GET " + BROKEN + " HTTP/1.1\r\nHost: localhost\r\nAccept: text/html\r\nConnection: close\r\n\r\n");
        assertThat(answer).startsWith("HTTP/1.1 500");
        ourHeadersAndNothingInside(answer);
    }

    @Test
    void aRequestHeadTooLargeIsRefusedWithOurHeaders() throws Exception {
        String answer = raw(
                "GET / HTTP/1.1\r\nHost: localhost\r\nX-Big: " + "a".repeat(20_000) + "\r\nConnection: close\r\n\r\n");
        assertThat(answer).startsWith("HTTP/1.1 400");
        ourHeadersAndNothingInside(answer);
    }
}
