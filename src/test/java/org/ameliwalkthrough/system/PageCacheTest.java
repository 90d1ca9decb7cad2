package org.ameliwalkthrough.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The information pages served from memory are the pages the application renders: same bytes, same
 * headers, in the language each visitor would get, with no session. Against the real server, so every
 * filter and Tomcat's valves have their say.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PageCacheTest {

    static final List<String> PAGES = List.of(
            "/",
            "/guide",
            "/guide/which-route",
            "/where-to-find-your-numbers",
            "/checklist",
            "/help",
            "/glossary",
            "/something-went-wrong",
            "/stay-safe");

    /** Differ on every response, or with how the body was sent. */
    static final List<String> PER_RESPONSE = List.of("date", "content-length", "transfer-encoding");

    @LocalServerPort
    int port;

    @Autowired
    FilterRegistrationBean<PageCache> registration;

    @Autowired
    JdbcClient jdbc;

    final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void startEmpty() {
        registration.getFilter().clear();
    }

    HttpResponse<byte[]> get(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    static Map<String, List<String>> comparable(HttpHeaders headers) {
        Map<String, List<String>> kept = new TreeMap<>(headers.map());
        PER_RESPONSE.forEach(kept::remove);
        return kept;
    }

    static Stream<Arguments> pagesInBothLanguages() {
        return PAGES.stream().flatMap(p -> Stream.of(Arguments.of(p, "en"), Arguments.of(p, "fr")));
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("pagesInBothLanguages")
    void fromMemoryIsByteForByteAndHeaderForHeaderTheRenderedPage(String page, String language) throws Exception {
        // A query the page does not read goes through the whole application: the page as rendered today.
        HttpResponse<byte[]> rendered = get(page + "?rendered", "Accept-Language", language);
        HttpResponse<byte[]> first = get(page, "Accept-Language", language);
        HttpResponse<byte[]> fromMemory = get(page, "Accept-Language", language);

        assertThat(registration.getFilter().size()).isEqualTo(1);
        assertThat(fromMemory.statusCode()).isEqualTo(200);
        assertThat(fromMemory.body()).isEqualTo(rendered.body()).isEqualTo(first.body());
        assertThat(comparable(fromMemory.headers())).isEqualTo(comparable(first.headers()));
        Map<String, List<String>> kept = comparable(fromMemory.headers());
        assertThat(kept.remove("etag")).singleElement().asString().startsWith("\"");
        assertThat(kept.remove("vary")).containsExactly("Accept-Encoding, Accept-Language, Cookie");
        Map<String, List<String>> asRendered = comparable(rendered.headers());
        asRendered.remove("vary"); // Tomcat's compression names accept-encoding alone
        assertThat(kept).as("every other header as the application writes it").isEqualTo(asRendered);
        assertThat(fromMemory.headers().firstValue("Content-Language")).hasValue(language);
        assertThat(Jsoup.parse(new String(fromMemory.body(), "UTF-8"))
                        .selectFirst("html")
                        .attr("lang"))
                .isEqualTo(language);
    }

    @Test
    void theSecurityHeadersComeWithTheCopy() throws Exception {
        get("/guide");
        HttpHeaders headers = get("/guide").headers();
        assertThat(headers.firstValue("ETag")).isPresent();
        assertThat(headers.firstValue("Content-Security-Policy").orElseThrow()).contains("default-src 'self'");
        assertThat(headers.firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(headers.firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(headers.firstValue("Referrer-Policy")).hasValue("no-referrer");
        assertThat(headers.firstValue("Permissions-Policy").orElseThrow()).contains("camera=()");
        assertThat(headers.firstValue("Cross-Origin-Opener-Policy")).hasValue("same-origin");
        assertThat(headers.firstValue("Cross-Origin-Resource-Policy")).hasValue("same-origin");
        assertThat(headers.firstValue("X-XSS-Protection")).hasValue("0");
        assertThat(headers.firstValue("Cache-Control")).hasValue("no-cache, no-store, max-age=0, must-revalidate");
        assertThat(headers.firstValue("Strict-Transport-Security"))
                .as("plain http")
                .isEmpty();
    }

    @Test
    void httpsThroughTheProxyGetsHstsFromMemoryToo() throws Exception {
        get("/help");
        HttpResponse<byte[]> response = get("/help", "X-Forwarded-Proto", "https");
        assertThat(response.headers().firstValue("ETag")).isPresent();
        assertThat(response.headers().firstValue("Strict-Transport-Security"))
                .hasValue("max-age=31536000 ; includeSubDomains");
        assertThat(get("/help").headers().firstValue("Strict-Transport-Security"))
                .isEmpty();
    }

    @Test
    void aKnownEtagGetsA304AndGzipIsTheSameBytes() throws Exception {
        HttpResponse<byte[]> page = get("/glossary");
        String etag = page.headers().firstValue("ETag").orElseThrow();

        HttpResponse<byte[]> again = get("/glossary", "If-None-Match", etag);
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        assertThat(again.headers().firstValue("ETag")).hasValue(etag);

        HttpResponse<byte[]> zipped = get("/glossary", "Accept-Encoding", "gzip, deflate, br");
        assertThat(zipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(zipped.body().length).isLessThan(page.body().length / 2);
        try (var unzipped = new GZIPInputStream(new ByteArrayInputStream(zipped.body()))) {
            assertThat(unzipped.readAllBytes()).isEqualTo(page.body());
        }
        String zippedTag = zipped.headers().firstValue("ETag").orElseThrow();
        assertThat(zippedTag).isNotEqualTo(etag);
        assertThat(get("/glossary", "Accept-Encoding", "gzip", "If-None-Match", "W/" + zippedTag)
                        .statusCode())
                .isEqualTo(304);
        assertThat(get("/glossary", "If-None-Match", "\"something-else\"").statusCode())
                .isEqualTo(200);
    }

    @Test
    void eachWayOfChoosingTheLanguageGetsItsLanguageAndTheCookieAsToday() throws Exception {
        get("/stay-safe");
        get("/stay-safe?lang=fr"); // both languages now in memory
        assertThat(registration.getFilter().size()).isEqualTo(2);

        HttpResponse<byte[]> byParameter = get("/stay-safe?lang=fr", "Accept-Language", "en");
        assertThat(lang(byParameter)).isEqualTo("fr");
        assertThat(byParameter.headers().allValues("Set-Cookie"))
                .singleElement()
                .satisfies(c -> assertThat(c).startsWith("lang=fr;").contains("HttpOnly", "SameSite=Lax"));

        HttpResponse<byte[]> byCookie = get("/stay-safe", "Cookie", "lang=fr", "Accept-Language", "en");
        assertThat(lang(byCookie)).isEqualTo("fr");
        assertThat(byCookie.headers().allValues("Set-Cookie")).isEmpty();

        assertThat(lang(get("/stay-safe", "Accept-Language", "fr-FR,fr;q=0.9"))).isEqualTo("fr");
        assertThat(lang(get("/stay-safe", "Accept-Language", "de"))).isEqualTo("en");
        assertThat(lang(get("/stay-safe?lang=en", "Cookie", "lang=fr"))).isEqualTo("en");
    }

    @Test
    void aMalformedLanguageCookieIsIgnoredAndReplacedFromMemoryToo() throws Exception {
        get("/help", "Accept-Language", "fr");
        for (String cookie : List.of("lang=\"fr\"", "lang=<script>", "lang=de")) {
            HttpResponse<byte[]> response = get("/help", "Cookie", cookie, "Accept-Language", "fr");
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("ETag")).as("from memory").isPresent();
            assertThat(lang(response)).isEqualTo("fr");
            assertThat(response.headers().allValues("Set-Cookie"))
                    .singleElement()
                    .satisfies(c -> assertThat(c).startsWith("lang=fr;"));
        }
    }

    @Test
    void readingFromMemoryOpensNoSession() throws Exception {
        long before = sessions();
        for (String page : PAGES) {
            get(page);
            HttpResponse<byte[]> response = get(page, "Cookie", "SESSION=bm90LWEtc2Vzc2lvbg");
            assertThat(response.headers().allValues("Set-Cookie")).isEmpty();
        }
        assertThat(sessions()).isEqualTo(before);
    }

    @Test
    void aQueryThePageReadsOrAnotherMethodIsNeverAnsweredFromMemory() throws Exception {
        get("/guide/which-route");
        HttpResponse<byte[]> answer = get("/guide/which-route?asked=true");
        assertThat(answer.headers().firstValue("ETag")).isEmpty();
        assertThat(new String(answer.body(), "UTF-8")).contains("error-summary");

        HttpResponse<byte[]> head = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/guide/which-route"))
                        .method("HEAD", HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(head.headers().firstValue("ETag")).isEmpty();
    }

    @Test
    void aPageWithAFormTokenIsNotAnInformationPage() throws Exception {
        get("/check");
        HttpResponse<byte[]> check = get("/check");
        assertThat(check.headers().firstValue("ETag")).isEmpty();
        assertThat(check.headers().allValues("Set-Cookie")).anyMatch(c -> c.startsWith("XSRF-TOKEN="));
        assertThat(registration.getFilter().size()).isZero();
    }

    @Test
    void pagesLinkHashedAssetsCachedForAYearAndThePlainUrlsStillWork() throws Exception {
        var page = Jsoup.parse(new String(get("/help").body(), "UTF-8"));
        String stylesheet = page.selectFirst("link[rel=stylesheet]").attr("href");
        assertThat(stylesheet).matches("/css/site\\.[A-Za-z0-9_-]{12}\\.css");
        assertThat(page.selectFirst("script[src]").attr("src")).matches("/js/site\\.[A-Za-z0-9_-]{12}\\.js");
        HttpResponse<byte[]> css = get(stylesheet);
        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.headers().firstValue("Cache-Control")).hasValue("public, max-age=31536000, immutable");
        assertThat(css.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(css.body()).isEqualTo(get("/css/site.css").body());
        assertThat(get("/css/site.css").headers().firstValue("Cache-Control")).hasValue("max-age=3600, public");
        var errorPage = Jsoup.parse(
                new String(get("/no-such-page", "Accept", "text/html").body(), "UTF-8"));
        assertThat(errorPage.selectFirst("link[rel=stylesheet]").attr("href")).isEqualTo(stylesheet);
    }

    private long sessions() {
        return jdbc.sql("SELECT COUNT(*) FROM spring_session").query(Long.class).single();
    }

    private static String lang(HttpResponse<byte[]> response) throws Exception {
        return Jsoup.parse(new String(response.body(), "UTF-8"))
                .selectFirst("html")
                .attr("lang");
    }
}
