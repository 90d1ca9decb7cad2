package org.ameliwalkthrough.instances;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import javax.net.ssl.SSLContext;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * One browser over real HTTP, to an instance or to a proxy in front of them: a cookie jar (cookies do not depend on the port, so instances on
 * 127.0.0.1 share them as instances behind one proxy would), the CSRF token read from the last
 * page's hidden {@code _csrf} field, redirects not followed so the tests see each one.
 */
final class Visitor {

    private final HttpClient client;
    private String csrf;
    private final List<HttpResponse<String>> answers = new ArrayList<>();

    Visitor() {
        this(builder());
    }

    /** One that accepts the test's self-signed certificate (a TLS proxy in front). */
    Visitor(SSLContext tls) {
        this(builder().sslContext(tls));
    }

    private Visitor(HttpClient.Builder builder) {
        client = builder.build();
    }

    private static HttpClient.Builder builder() {
        return HttpClient.newBuilder()
                .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5));
    }

    HttpResponse<String> get(Target app, String path) throws IOException, InterruptedException {
        HttpResponse<String> response = send(request(app, path).GET().build());
        remember(response);
        return response;
    }

    Document page(Target app, String path) throws IOException, InterruptedException {
        return Jsoup.parse(get(app, path).body());
    }

    /** A form post with the token of the last page read (reads /practice first when there is none). */
    HttpResponse<String> post(Target app, String path, String... nameValues) throws IOException, InterruptedException {
        if (csrf == null) {
            get(app, "/practice");
        }
        StringJoiner body = new StringJoiner("&");
        body.add("_csrf=" + encode(csrf));
        for (int i = 0; i < nameValues.length; i += 2) {
            body.add(encode(nameValues[i]) + "=" + encode(nameValues[i + 1]));
        }
        return send(request(app, path)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                .build());
    }

    /** A JSON post (the check API: stateless, no CSRF token). */
    HttpResponse<String> postJson(Target app, String path, String json) throws IOException, InterruptedException {
        return send(request(app, path)
                .header("Content-Type", "application/json")
                .setHeader("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build());
    }

    /** Where a redirect points, as a path (the instances' own absolute URLs reduced to it). */
    static String location(HttpResponse<String> response) {
        if (response.statusCode() / 100 != 3) {
            throw new AssertionError("Expected a redirect, got " + response.statusCode() + " for "
                    + response.request().uri());
        }
        String location = response.headers().firstValue("Location").orElseThrow();
        URI uri = URI.create(location);
        return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    private HttpRequest.Builder request(Target app, String path) {
        return HttpRequest.newBuilder(URI.create(app.base() + path))
                .header("Accept-Language", "en")
                .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8") // as a browser: error pages in HTML
                .timeout(Duration.ofSeconds(30));
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        answers.add(response);
        return response;
    }

    /** Every answer so far, oldest first. */
    List<HttpResponse<String>> answers() {
        return List.copyOf(answers);
    }

    private void remember(HttpResponse<String> response) {
        String type = response.headers().firstValue("Content-Type").orElse("");
        if (type.startsWith("text/html")) {
            var field = Jsoup.parse(response.body()).selectFirst("input[name=_csrf]");
            if (field != null) {
                csrf = field.attr("value");
            }
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
