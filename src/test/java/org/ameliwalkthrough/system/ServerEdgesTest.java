package org.ameliwalkthrough.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.CookieManager;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What only the real server shows: Tomcat's own answers, chunked bodies, undecodable parameters, a TLS proxy. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class ServerEdgesTest {

    static final String NIR = "288049913204730";

    @LocalServerPort
    int port;

    final HttpClient http =
            HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

    URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        HttpRequest built = request.build();
        String accept = built.uri().getPath().startsWith("/api/") ? "application/json" : "text/html";
        return http.send(request.header("Accept", accept).build(), HttpResponse.BodyHandlers.ofString());
    }

    static void hasOurHeaders(HttpHeaders headers) {
        assertThat(headers.firstValue("Content-Security-Policy").orElse("")).contains("default-src 'self'");
        assertThat(headers.firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(headers.firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(headers.firstValue("Referrer-Policy")).hasValue("no-referrer");
    }

    /** The raw answer to bytes written as they are (for what HttpClient refuses to send). */
    String raw(String requestHead) throws Exception {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(requestHead.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void aDeepPathIsAPlain404InTheLayoutWithOurHeaders(CapturedOutput log) throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/a".repeat(2_600))));
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("main-content").doesNotContain("Exception");
        hasOurHeaders(response.headers());
        assertThat(log.getOut() + log.getErr()).doesNotContain("StackOverflowError");
    }

    @Test
    void tomcatsOwnRefusalsCarryOurHeaders() throws Exception {
        // A path Tomcat refuses before the application sees it (an encoded slash, then a bad escape).
        for (String path : new String[] {"/a%2Fb", "/%", "/a/%ZZ"}) {
            String answer = raw("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
            assertThat(answer).as(path).startsWith("HTTP/1.1 4");
            assertThat(answer).as(path).contains("Content-Security-Policy: default-src 'self'", "nosniff");
            assertThat(answer).as(path).doesNotContain("Apache Tomcat", "Exception");
        }
    }

    @Test
    void undecodableParametersAre400InTheLayoutAndNeverLogged(CapturedOutput log) throws Exception {
        HttpResponse<String> get = send(HttpRequest.newBuilder(uri("/check?nir=" + NIR + "%FF")));
        assertThat(get.statusCode()).isEqualTo(400);
        assertThat(get.body()).contains("main-content").doesNotContain(NIR, "Exception");
        hasOurHeaders(get.headers());
        HttpResponse<String> post = send(HttpRequest.newBuilder(uri("/check"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("nir=" + NIR + "%FF%FE")));
        assertThat(post.statusCode()).isEqualTo(400);
        assertThat(log.getOut() + log.getErr()).doesNotContain(NIR);
    }

    @Test
    void oversizedBodiesGet413WithOurHeaders() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/check"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("a=" + "x".repeat(40_000))));
        assertThat(response.statusCode()).isEqualTo(413);
        hasOurHeaders(response.headers());
    }

    static HttpRequest.BodyPublisher chunked(String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes));
    }

    @Test
    void chunkedBodiesWithinTheLimitAreAccepted() throws Exception {
        HttpResponse<String> api = send(HttpRequest.newBuilder(uri("/api/check/postcode"))
                .header("Content-Type", "application/json")
                .POST(chunked("{\"value\": \"75008\"}")));
        assertThat(api.statusCode()).isEqualTo(200);
        assertThat(api.body()).contains("\"valid\":true");

        String csrf = Jsoup.parse(send(HttpRequest.newBuilder(uri("/check"))).body())
                .select("input[name=_csrf]")
                .attr("value");
        HttpResponse<String> form = send(HttpRequest.newBuilder(uri("/check"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(chunked("_csrf=" + csrf + "&nir=1+85+05+78+006+084+91")));
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body()).contains("1 85 05");
    }

    @Test
    void chunkedBodiesOverTheLimitAre413() throws Exception {
        HttpResponse<String> api = send(HttpRequest.newBuilder(uri("/api/check/postcode"))
                .header("Content-Type", "application/json")
                .POST(chunked("{\"value\": \"" + "7".repeat(20_000) + "\"}")));
        assertThat(api.statusCode()).isEqualTo(413);
        HttpResponse<String> form = send(HttpRequest.newBuilder(uri("/check"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(chunked("nir=" + "7".repeat(20_000))));
        assertThat(form.statusCode()).isEqualTo(413);
    }

    @Test
    void behindATlsProxyTheSiteIsHttpsThroughout() throws Exception {
        HttpResponse<String> page = send(HttpRequest.newBuilder(uri("/check")).header("X-Forwarded-Proto", "https"));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Strict-Transport-Security")).isPresent();
        assertThat(page.headers().allValues("Set-Cookie"))
                .filteredOn(c -> c.startsWith("XSRF-TOKEN="))
                .isNotEmpty()
                .allMatch(c -> c.contains("Secure"));
        HttpResponse<String> missing =
                send(HttpRequest.newBuilder(uri("/no-such-page")).header("X-Forwarded-Proto", "https"));
        assertThat(missing.headers().firstValue("Strict-Transport-Security")).isPresent();
        HttpResponse<String> redirect =
                send(HttpRequest.newBuilder(uri("/practice/documents")).header("X-Forwarded-Proto", "https"));
        assertThat(redirect.statusCode()).isEqualTo(302);
        assertThat(redirect.headers().firstValue("Location").orElseThrow()).doesNotStartWith("http:");

        HttpResponse<String> plain = send(HttpRequest.newBuilder(uri("/check")));
        assertThat(plain.headers().firstValue("Strict-Transport-Security")).isEmpty();
    }

    @Test
    void aPlainVisitOfSpotTheFakeOpensNoSession() throws Exception {
        HttpResponse<String> page = send(HttpRequest.newBuilder(uri("/stay-safe/spot-the-fake")));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("SESSION="));
        HttpResponse<String> link = send(HttpRequest.newBuilder(uri("/stay-safe/spot-the-fake")));
        assertThat(link.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("SESSION="));
    }

    static String body(InputStream in) throws Exception {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
}
