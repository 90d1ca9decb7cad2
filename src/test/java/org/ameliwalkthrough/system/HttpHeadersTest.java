package org.ameliwalkthrough.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.stream.Stream;
import org.ameliwalkthrough.support.SitePages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Against the real server, so every filter (Spring Session included) has its say on cookies and headers. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HttpHeadersTest {

    @LocalServerPort
    int port;

    final HttpClient http = HttpClient.newHttpClient();

    HttpResponse<String> get(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Accept", "text/html")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static Stream<String> guidePages() {
        return SitePages.GUIDE.stream().flatMap(p -> Stream.of(p, p + "?lang=fr"));
    }

    @ParameterizedTest
    @MethodSource("guidePages")
    void guidePagesCarryTheSecurityHeadersAndNoSessionCookie(String path) throws Exception {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).isEqualTo(200);
        var headers = response.headers();
        String csp = headers.firstValue("Content-Security-Policy").orElseThrow();
        assertThat(csp)
                .contains("default-src 'self'", "script-src 'self'", "style-src 'self'", "frame-ancestors 'none'")
                .doesNotContain("unsafe-inline")
                .doesNotContain("unsafe-eval");
        assertThat(headers.firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(headers.firstValue("Referrer-Policy")).hasValue("no-referrer");
        assertThat(headers.firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(headers.firstValue("Permissions-Policy").orElseThrow()).contains("camera=()", "geolocation=()");
        assertThat(headers.allValues("Set-Cookie"))
                .noneMatch(c -> c.startsWith("SESSION=") || c.startsWith("JSESSIONID="));
    }

    @Test
    void unknownPageIsA404InTheLayoutWithoutInternals() throws Exception {
        HttpResponse<String> response = get("/no-such-page?lang=fr");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body())
                .contains("Page introuvable", "main-content")
                .doesNotContain("Whitelabel", "Exception", "at org.");
        assertThat(response.headers().firstValue("Content-Security-Policy")).isPresent();
    }

    @Test
    void staticAssetsAreServedFromOurOwnOrigin() throws Exception {
        assertThat(get("/css/site.css").statusCode()).isEqualTo(200);
        assertThat(get("/js/site.js").statusCode()).isEqualTo(200);
        assertThat(get("/favicon.svg").statusCode()).isEqualTo(200);
        var page = org.jsoup.Jsoup.parse(get("/").body());
        assertThat(page.select("script[src], link[href], img[src], iframe, object, embed"))
                .allSatisfy(e -> assertThat(e.hasAttr("src") ? e.attr("src") : e.attr("href"))
                        .startsWith("/"));
    }

    @Test
    void postWithoutCsrfTokenIsRefusedWithOurPage() throws Exception {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Accept", "text/html")
                        .POST(HttpRequest.BodyPublishers.ofString("a=b"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("main-content").doesNotContain("Whitelabel");
    }

    @Test
    void oversizedRequestsAreRefusedWithOurPage() throws Exception {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Accept", "text/html")
                        .POST(HttpRequest.BodyPublishers.ofString("a=" + "x".repeat(40_000)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("main-content").doesNotContain("Whitelabel", "Exception");
    }
}
